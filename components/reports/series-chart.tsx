"use client";
import { CartesianGrid, ComposedChart, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesChartRow } from "@/lib/reports/chart-series";
import { isEmptySeries } from "@/lib/reports/chart-series";
import { formatNumber } from "@/lib/format";

// A report's series chart: actual figures (hollow points for flagged ones), the planned
// trajectory, the dashed projection and the target marker. Dumb: it receives rows from
// lib/reports/chart-series.ts and draws them. Fixed hex colours (not CSS variables) so
// the PDF and PNG renderings match the screen exactly. No animation: the PDF renderer
// snapshots the first frame.

const COLORS = { actual: "#1f5f8b", trajectory: "#7b8794", projection: "#1f5f8b", target: "#c53030" };

export interface SeriesChartLabels {
  actual: string;
  /** Legend entry for hollow points; omitted when no figure is flagged. */
  flagged?: string;
  trajectory: string;
  projection: string;
  target: string;
  empty: string;
}

interface Props {
  chartKey: string;
  rows: SeriesChartRow[];
  unitLabel: string;
  labels: SeriesChartLabels;
  showTrajectory: boolean;
  showProjection: boolean;
  locale: "zh" | "en";
  /** Fixed width in px (print); otherwise the chart fills its container. */
  width?: number;
  height?: number;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: SeriesChartRow;
}

function ActualDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload || payload.actual === null) return null;
  return <circle cx={cx} cy={cy} r={3.5} stroke={COLORS.actual} strokeWidth={1.5} fill={payload.flagged ? "#ffffff" : COLORS.actual} />;
}

export function SeriesChart({ chartKey, rows, unitLabel, labels, showTrajectory, showProjection, locale, width, height = 240 }: Props) {
  if (isEmptySeries(rows)) {
    return (
      <div className="report-chart report-chart--empty" data-chart={chartKey} data-chart-empty="">
        <p className="empty">{labels.empty}</p>
      </div>
    );
  }
  const chart = (
    <ComposedChart data={rows} width={width} height={width ? height : undefined} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={!width}>
      <CartesianGrid stroke="#e4e7eb" strokeDasharray="2 3" />
      <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} allowDecimals={false} tickCount={Math.min(rows.length, 8)} fontSize={11} />
      <YAxis fontSize={11} width={56} tickFormatter={(v: number) => formatNumber(v, locale)} label={{ value: unitLabel, angle: -90, position: "insideLeft", fontSize: 11, dy: 20 }} />
      {width ? null : <Tooltip formatter={(v) => (typeof v === "number" ? formatNumber(v, locale) : String(v))} labelFormatter={(y) => String(y)} />}
      {showTrajectory ? <Line dataKey="trajectory" name={labels.trajectory} stroke={COLORS.trajectory} strokeWidth={1} dot={false} isAnimationActive={false} connectNulls /> : null}
      {showProjection ? <Line dataKey="projection" name={labels.projection} stroke={COLORS.projection} strokeWidth={1.5} strokeDasharray="5 4" dot={false} isAnimationActive={false} connectNulls /> : null}
      <Line dataKey="actual" name={labels.actual} stroke={COLORS.actual} strokeWidth={2} dot={<ActualDot />} isAnimationActive={false} connectNulls={false} />
      <Scatter dataKey="target" name={labels.target} fill={COLORS.target} shape="diamond" isAnimationActive={false} />
    </ComposedChart>
  );
  return (
    <div className="report-chart" data-chart={chartKey} style={width ? { width } : undefined}>
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
      <ChartLegend labels={labels} showTrajectory={showTrajectory} showProjection={showProjection} />
    </div>
  );
}

// A plain HTML legend: recharts' own Legend measures itself after mounting and renders
// the chart again, which made a 30-chart PDF noticeably slower.
function ChartLegend({ labels, showTrajectory, showProjection }: { labels: SeriesChartLabels; showTrajectory: boolean; showProjection: boolean }) {
  const item = (key: string, label: string, swatch: React.ReactNode) => (
    <li key={key}>
      <svg width="18" height="10" aria-hidden="true">
        {swatch}
      </svg>
      {label}
    </li>
  );
  return (
    <ul className="chart-legend">
      {item("actual", labels.actual, <><line x1="0" y1="5" x2="18" y2="5" stroke={COLORS.actual} strokeWidth="2" /><circle cx="9" cy="5" r="3" fill={COLORS.actual} /></>)}
      {showTrajectory ? item("trajectory", labels.trajectory, <line x1="0" y1="5" x2="18" y2="5" stroke={COLORS.trajectory} strokeWidth="1" />) : null}
      {showProjection ? item("projection", labels.projection, <line x1="0" y1="5" x2="18" y2="5" stroke={COLORS.projection} strokeWidth="1.5" strokeDasharray="4 3" />) : null}
      {item("target", labels.target, <path d="M9 1 L13 5 L9 9 L5 5 Z" fill={COLORS.target} />)}
      {labels.flagged ? item("flagged", labels.flagged, <circle cx="9" cy="5" r="3" fill="#ffffff" stroke={COLORS.actual} strokeWidth="1.5" />) : null}
    </ul>
  );
}
