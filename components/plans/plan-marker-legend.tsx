import type { Locale } from "@/lib/i18n/locale";
import { plansStrings } from "@/lib/i18n/strings/plans";
import { fill } from "@/lib/i18n/dictionary";
import { formatValue } from "@/lib/format";
import type { PlanMarker } from "@/lib/plans/plan-markers";

/**
 * Which marker is which plan's target, under a chart that carries several plans: the
 * page's own plan as the target diamond, the others as triangles in their colours. Also
 * the text equivalent of the markers for screen readers.
 */
export function PlanMarkerLegend({ markers, unit, locale }: { markers: readonly PlanMarker[]; unit: string; locale: Locale }) {
  const s = plansStrings[locale].markers;
  return (
    <ul className="plan-marker-legend small" aria-label={s.legend} data-testid="plan-markers">
      {markers.map((m) => (
        <li key={`${m.plan}-${m.year}`} data-plan={m.plan} data-year={m.year}>
          <svg width="14" height="14" aria-hidden="true">
            {m.current ? <path d="M7,0L14,7L7,14L0,7Z" fill="var(--chart-target)" /> : <path d="M7,1L13,13L1,13Z" fill={`var(--chart-plan-${m.slot % 4})`} />}
          </svg>
          {fill(s.item, { label: m.label[locale], value: formatValue(m.value, unit, locale) })}
        </li>
      ))}
    </ul>
  );
}
