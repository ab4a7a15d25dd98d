import type { Metadata } from "next";
import Link from "next/link";
import { GoalBlock, goalsOfKind } from "@/components/plan/goal-block";
import { SpatialMapFigure, spatialAnchor } from "@/components/map/spatial-map";
import { listMapRegions } from "@/lib/data/map-regions";
import { buildSpatialMap, type SpatialGoalInput, type SpatialKind } from "@/lib/map/spatial-map";
import { MAP_FRAME } from "@/lib/progress/overview-query";
import { formatValue } from "@/lib/format";
import { fill } from "@/lib/i18n/dictionary";
import { getPlanDetail } from "@/lib/data/plans";
import { listTargets } from "@/lib/data/targets";
import { selectPlan } from "@/lib/data/plan-selection";
import { listRegionRoles } from "@/lib/data/roles";
import { withClauses } from "@/lib/i18n/plan-clause";
import { getDictionary } from "@/lib/i18n/server-locale";
import { requirePageUser } from "@/lib/auth/page-actor";

export const metadata: Metadata = { title: "空间格局 Spatial structure" };

export default async function SpatialPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const actor = await requirePageUser("/spatial");
  const { locale, t } = await getDictionary();
  const slug = await selectPlan(actor, (await searchParams).plan);
  const plan = slug ? await getPlanDetail(actor, slug, { targets: false }) : null;
  if (!plan || !slug) return <p className="empty">{t.overview.noPlan}</p>;
  const [roles, mapRegions] = await Promise.all([listRegionRoles(actor, slug), listMapRegions(actor)]);
  const L = locale === "zh";
  const structure = goalsOfKind(plan.goals, "spatial_structure")[0];
  const groups: { label: string; kind: string }[] = [
    { label: t.spatial.axis, kind: "axis" },
    { label: t.spatial.belts, kind: "belt" },
    { label: t.spatial.cores, kind: "core" },
    { label: t.spatial.zones, kind: "zone" },
  ];
  const centres = roles.filter((r) => r.role === "regional_centre");
  // the regional centres' own targets only: a plan may carry thousands of targets
  const centreTargets = await listTargets(actor, { planSlug: slug, regions: centres.map((c) => c.region.adcode) });
  const nodes = roles.filter((r) => r.role === "node_city");
  const coop = goalsOfKind(plan.goals, "cooperation_group");
  // cores are named by their city (the goal's title is a sentence); the others by their title
  const spatialGoals: SpatialGoalInput[] = groups.flatMap((g) =>
    goalsOfKind(plan.goals, g.kind).map((goal) => {
      const city = g.kind === "core" ? goal.regions[0] : undefined;
      return {
        key: goal.key,
        kind: g.kind as SpatialKind,
        nameZh: city?.labelZh ?? goal.titleZh,
        nameEn: city?.nameEn ?? goal.titleEn,
        adcodes: goal.regions.map((r) => r.adcode),
      };
    }),
  );
  const spatialMap = buildSpatialMap(mapRegions, spatialGoals, MAP_FRAME);

  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{t.spatial.title}</div>
        <h1>{structure ? (L ? structure.titleZh : structure.titleEn) : t.spatial.intro}</h1>
        {structure?.textZh ? <p className="muted">{L ? structure.textZh : structure.textEn}</p> : null}
      </div>

      <section>
        <h2 className="sr-only">{t.spatial.mapTitle}</h2>
        <SpatialMapFigure map={spatialMap} t={t} locale={locale} />
      </section>

      {groups.map((g) => (
        <section key={g.kind} data-testid={`spatial-${g.kind}`}>
          <h2>{g.label}</h2>
          <div className="grid grid--two">
            {goalsOfKind(plan.goals, g.kind).map((goal) => (
              <div className="card" key={goal.key} id={spatialAnchor(goal.key)}>
                <GoalBlock goal={goal} locale={locale} />
              </div>
            ))}
          </div>
        </section>
      ))}

      {centres.length ? (
        <section data-testid="regional-centres">
          <h2>
            {withClauses(
              t.spatial.centres,
              centres.map((c) => c.clause),
              locale,
            )}
          </h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>{t.common.region}</th>
                  <th>{t.roleKinds.regional_centre}</th>
                  <th>{t.spatial.centresTarget}</th>
                </tr>
              </thead>
              <tbody>
                {centres.map((c) => (
                  <tr key={c.region.adcode}>
                    <td>
                      <Link href={`/regions/${c.region.adcode}`}>{L ? c.labelZh : c.region.nameEn}</Link>
                    </td>
                    <td>{L ? c.textZh : c.textEn}</td>
                    <td>
                      {centreTargets
                        .filter((x) => x.region.adcode === c.region.adcode)
                        .map((x) => (
                          <div key={x.id}>
                            {L ? x.indicatorNameZh : x.indicatorNameEn} {fill(t.targetPhrases[x.type] ?? "{v}", { v: formatValue(x.value, x.unit, locale) })} (
                            {x.year})
                          </div>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {nodes.length ? (
        <section data-testid="node-cities">
          <h2>
            {withClauses(
              t.spatial.nodes,
              nodes.map((n) => n.clause),
              locale,
            )}
          </h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>{t.common.region}</th>
                  <th>{t.spatial.nodeFunction}</th>
                </tr>
              </thead>
              <tbody>
                {nodes.map((n) => (
                  <tr key={n.region.adcode}>
                    <td>
                      <Link href={`/regions/${n.region.adcode}`}>{L ? n.labelZh : n.region.nameEn}</Link>
                    </td>
                    <td>{L ? n.textZh : n.textEn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {coop.length ? (
        <section data-testid="cooperation-groups">
          <h2>
            {withClauses(
              t.spatial.cooperation,
              coop.map((g) => g.clause),
              locale,
            )}
          </h2>
          <div className="grid grid--two">
            {coop.map((g) => (
              <div className="card" key={g.key}>
                <GoalBlock goal={g} locale={locale} />
              </div>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
