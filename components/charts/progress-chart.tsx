"use client";

import { CartesianGrid, ComposedChart, Line, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import "./plan-markers.css";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import type { ChartRow } from "@/lib/progress/chart-series";

/** Labels and formatting of one chart; colours come from CSS variables (--chart-*). */
export interface ProgressChartConfig {
  labels: { actual: string; planned: string; projection: string; target: string; flagged: string };
  /** Unit as displayed, e.g. 万人 / 10k persons. */
  unit: string;
  locale: Locale;
  ariaLabel: string;
}

interface DotArgs {
  cx?: number;
  cy?: number;
  index: number;
  payload: ChartRow;
}

/** Observed values: filled points, hollow when the value carries a quality flag. */
function ActualDot({ cx, cy, index, payload }: DotArgs) {
  if (cx === undefined || cy === undefined || payload.actual === null) return <g key={`a${index}`} />;
  return payload.flagged ? (
    <circle key={`a${index}`} cx={cx} cy={cy} r={4} fill="var(--surface)" stroke="var(--chart-actual)" strokeWidth={2} data-flagged="true" />
  ) : (
    <circle key={`a${index}`} cx={cx} cy={cy} r={4} fill="var(--chart-actual)" stroke="var(--chart-actual)" data-flagged="false" />
  );
}

/** The target: a diamond at (target year, target value). */
function TargetDot({ cx, cy, index, payload }: DotArgs) {
  if (cx === undefined || cy === undefined || payload.target === null) return <g key={`t${index}`} />;
  return <path key={`t${index}`} d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`} fill="var(--chart-target)" stroke="var(--surface)" />;
}

/** Another plan's target on the same time line, labelled in the reader's language (lib/plans/plan-markers.ts). */
export interface ChartPlanMarker {
  plan: string;
  label: string;
  year: number;
  value: number;
  /** The page's own plan: its target is already the diamond, only the label is added. */
  current: boolean;
  slot: number;
}

/** A plan's target: a triangle in the plan's colour (the page's own plan keeps its diamond), with its label above. */
function PlanMarkerShape({ cx, cy, marker: m }: { cx?: number; cy?: number; marker: ChartPlanMarker }) {
  if (cx === undefined || cy === undefined) return <g />;
  return (
    <g className="plan-marker" data-plan-marker={m.plan} data-year={m.year} data-current={m.current}>
      {m.current ? null : (
        <path d={`M${cx},${cy - 7}L${cx + 7},${cy + 6}L${cx - 7},${cy + 6}Z`} fill={`var(--chart-plan-${m.slot % 4})`} stroke="var(--surface)" />
      )}
      <text x={cx} y={cy - 11} textAnchor="middle" fontSize={10} fill="var(--ink-soft)">
        {m.label}
      </text>
    </g>
  );
}

/**
 * One series' chart: actual figures (gaps stay gaps), planned path, dashed projection,
 * target marker. Receives precomputed rows (lib/progress/chart-series.ts); never fetches.
 * The progress pages and reports both draw it. With `size` (print, PNG export) it has a
 * fixed size and no tooltip; it never animates, as the PDF renderer snapshots the first
 * frame. `chartKey` names it for the PNG export. `markers`: the targets of every plan for
 * this indicator × region when more than one plan has one.
 */
export function ProgressChart({
  rows,
  config,
  size,
  chartKey,
  markers = [],
}: {
  markers?: readonly ChartPlanMarker[];
  rows: ChartRow[];
  config: ProgressChartConfig;
  size?: { width: number; height: number };
  chartKey?: string;
}) {
  const fmt = (v: unknown) => (typeof v === "number" ? `${formatNumber(v, config.locale, 2)} ${config.unit}` : "—");
  const chart = (
    <ComposedChart data={rows} margin={{ top: 10, right: 12, bottom: 0, left: 0 }} width={size?.width} height={size?.height} accessibilityLayer={!size}>
      <CartesianGrid stroke="var(--line)" vertical={false} />
      <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tick={{ fontSize: 11 }} tickCount={8} />
      <YAxis
        tick={{ fontSize: 11 }}
        width={56}
        domain={["auto", "auto"]}
        tickFormatter={(v: number) => formatNumber(v, config.locale, 0)}
        label={{ value: config.unit, angle: -90, position: "insideLeft", fontSize: 11, dy: 20 }}
      />
      {size ? null : <Tooltip formatter={(value, name) => [fmt(value), String(name)]} labelFormatter={(label) => String(label)} isAnimationActive={false} />}
      <Line
        name={config.labels.planned}
        dataKey="planned"
        stroke="var(--chart-planned)"
        strokeWidth={1.5}
        dot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
      <Line
        name={config.labels.projection}
        dataKey="projection"
        stroke="var(--chart-projection)"
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
      <Line
        name={config.labels.actual}
        dataKey="actual"
        stroke="var(--chart-actual)"
        strokeWidth={2.5}
        dot={ActualDot}
        activeDot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
      <Line name={config.labels.target} dataKey="target" stroke="none" dot={TargetDot} activeDot={false} isAnimationActive={false} legendType="diamond" />
      {markers.map((m) => (
        <ReferenceDot
          key={`${m.plan}-${m.year}`}
          x={m.year}
          y={m.value}
          ifOverflow="extendDomain"
          shape={(p: { cx?: number; cy?: number }) => <PlanMarkerShape cx={p.cx} cy={p.cy} marker={m} />}
        />
      ))}
    </ComposedChart>
  );
  return (
    <div
      className={size ? "progress-chart progress-chart--fixed" : "progress-chart"}
      role="img"
      aria-label={config.ariaLabel}
      data-chart={chartKey}
      style={size ? { width: size.width } : undefined}
    >
      {size ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={220}>
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
