import type { Metadata } from "next";
import { AsOfForm } from "@/components/progress/as-of-form";
import { GoalCard } from "@/components/progress/goal-card";
import type { AssessmentFormLabels } from "@/components/progress/assessment-form";
import { requirePageUser } from "@/lib/auth/page-actor";
import { listPlanAssessments, type AssessmentView } from "@/lib/data/assessments";
import { getGoalsProgress, type GoalProgressNode } from "@/lib/data/goals-progress";
import { selectPlan } from "@/lib/data/plan-selection";
import { getDictionary } from "@/lib/i18n/server-locale";
import { can } from "@/lib/permissions";
import { readAsOfParam } from "@/lib/validation/as-of";
import { RATING_LABELS } from "@/lib/progress/assessment-ratings";
import { ASSESSMENT_RATINGS } from "@/lib/validation/assessment";

export const metadata: Metadata = { title: "目标评估 Goals" };

type Props = { searchParams: Promise<{ asOf?: string; plan?: string }> };

function ofKind(nodes: GoalProgressNode[], kinds: readonly string[]): GoalProgressNode[] {
  return nodes.flatMap((n) => [...(kinds.includes(n.kind) ? [n] : []), ...ofKind(n.children, kinds)]);
}

export default async function GoalsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const actor = await requirePageUser("/goals");
  const { locale, t } = await getDictionary();
  const g = t.progress.goals;
  const choice = readAsOfParam(sp.asOf);
  const planSlug = await selectPlan(actor, sp.plan);
  const [answer, history] = await Promise.all([
    planSlug ? getGoalsProgress(actor, { planSlug, asOf: choice.asOf }) : null,
    planSlug ? listPlanAssessments(actor, planSlug) : new Map<string, AssessmentView[]>(),
  ]);
  if (!answer || !planSlug) return <p className="empty">{t.overview.noPlan}</p>;
  const canWrite = can(actor, "assessment.write");
  const labels: AssessmentFormLabels = { ...g.form, ratings: ASSESSMENT_RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r][locale] })) };
  const sections: { title: string; kinds: string[]; testId: string }[] = [
    { title: g.goalAreas, kinds: ["goal_area"], testId: "goal-areas" },
    { title: g.outlook, kinds: ["outlook"], testId: "goal-outlook" },
    { title: g.positionings, kinds: ["positioning"], testId: "goal-positionings" },
    { title: g.spatial, kinds: ["axis", "belt", "core", "zone"], testId: "goal-spatial" },
  ];
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.nav.goals}</div>
        <h1>{g.title}</h1>
        <p className="muted">{g.intro}</p>
        <AsOfForm
          path="/goals"
          day={choice.day}
          evaluationYear={answer.evaluationYear}
          invalid={choice.invalid}
          moment={choice.timestamp ? choice.asOf : undefined}
          keep={{ plan: sp.plan }}
          t={t}
        />
        {canWrite ? null : <p className="muted small">{g.form.readOnly}</p>}
      </div>
      {sections.map((s) => (
        <section key={s.testId} data-testid={s.testId}>
          <h2>{s.title}</h2>
          <div className="grid grid--two">
            {ofKind(answer.goals, s.kinds).map((goal) => (
              <GoalCard
                key={goal.key}
                goal={goal}
                history={history.get(goal.key) ?? []}
                planSlug={planSlug}
                defaultYear={answer.evaluationYear}
                canWrite={canWrite}
                formLabels={labels}
                t={t}
                locale={locale}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
