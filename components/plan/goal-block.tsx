import Link from "next/link";
import type { GoalNode } from "@/lib/data/plans";
import type { Locale } from "@/lib/i18n/locale";

/** One goal with its text and, when the plan names them, its member regions. */
export function GoalBlock({ goal, locale, showText = true }: { goal: GoalNode; locale: Locale; showText?: boolean }) {
  const text = locale === "zh" ? goal.textZh : goal.textEn;
  return (
    <div className="goal" data-goal={goal.key}>
      <div className="goal__title">{locale === "zh" ? goal.titleZh : goal.titleEn}</div>
      {showText && text ? <p className="goal__text">{text}</p> : null}
      {goal.regions.length > 0 ? (
        <div className="chips">
          {goal.regions.map((r) => (
            <Link key={r.adcode} className="chip" href={`/regions/${r.adcode}`} title={locale === "zh" ? r.nameZh : r.nameEn}>
              {locale === "zh" ? r.labelZh : r.nameEn}
            </Link>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function findGoal(goals: GoalNode[], key: string): GoalNode | undefined {
  for (const g of goals) {
    if (g.key === key) return g;
    const inner = findGoal(g.children, key);
    if (inner) return inner;
  }
  return undefined;
}

export function goalsOfKind(goals: GoalNode[], kind: string): GoalNode[] {
  const out: GoalNode[] = [];
  const walk = (list: GoalNode[]) => {
    for (const g of list) {
      if (g.kind === kind) out.push(g);
      walk(g.children);
    }
  };
  walk(goals);
  return out;
}
