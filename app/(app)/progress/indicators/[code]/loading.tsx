import { PageSkeleton } from "@/components/layout/page-skeleton";

// One indicator's page: its status table and charts wait on the evaluation.
export default function Loading() {
  return <PageSkeleton blocks={2} />;
}
