import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forms/forbidden-notice";
import { SubmissionTable } from "@/components/tables/submission-table";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listSubmissions } from "@/lib/data/submission-list";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "审核报送 Review" };

/** The reviewers' queue: pending figures beside the official ones, accept or return with a comment. */
export default async function ReviewPage() {
  const actor = await requirePageUser("/review");
  const { locale, t } = await getDictionary();
  const tr = t.submissions.review;
  if (!can(actor, "submission.review")) return <ForbiddenNotice title={t.admin.forbidden.title} body={t.admin.forbidden.body} />;
  const pending = await listSubmissions(actor, { status: "submitted" });
  return (
    <>
      <div className="page-head">
        <h1>{tr.title}</h1>
        <p className="muted">{tr.intro}</p>
      </div>
      <section>
        {pending.length === 0 ? (
          <p className="muted">{tr.empty}</p>
        ) : (
          <SubmissionTable rows={pending} t={t.submissions} locale={locale} reviewerId={actor.userId} />
        )}
      </section>
    </>
  );
}
