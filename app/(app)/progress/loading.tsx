import { PageSkeleton } from "@/components/layout/page-skeleton";

// The progress pages wait on the evaluation of every target: answer the click at once.
export default function Loading() {
  return <PageSkeleton blocks={3} />;
}
