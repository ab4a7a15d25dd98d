import { PageSkeleton } from "@/components/layout/page-skeleton";

// Reports wait on their figures and evaluations (a report, its print page, the list).
export default function Loading() {
  return <PageSkeleton blocks={2} />;
}
