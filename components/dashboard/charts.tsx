'use client';

import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { color } from './palette';

// Charts draw figures computed on the server; they receive aggregates and translated labels only.
// Each chart sits above a table of the same figures with links (see chart-card.tsx), which is also
// the text alternative for screen readers.

export type TSeries = { key: string; label: string; color: string };

export function BarsChart({
  data,
  xKey,
  series,
  stacked = false,
  height = 240,
  target,
  targetLabel,
  vertical = false,
}: {
  data: Record<string, string | number | null>[];
  xKey: string;
  series: TSeries[];
  stacked?: boolean;
  height?: number;
  target?: number;
  targetLabel?: string;
  vertical?: boolean;
}) {
  // Keep the target line on the chart even when every bar is below it.
  const domain: [number, (dataMax: number) => number] = [0, (dataMax) => Math.max(dataMax, target ?? 0)];
  return (
    <div style={{ width: '100%', height }} aria-hidden="true">
      <ResponsiveContainer>
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout={vertical ? 'vertical' : 'horizontal'}
          margin={{ top: 8, right: 16, bottom: 8, left: vertical ? 24 : 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {vertical ? <XAxis type="number" allowDecimals={false} domain={domain} /> : <XAxis dataKey={xKey} />}
          {vertical ? <YAxis type="category" dataKey={xKey} width={140} /> : <YAxis allowDecimals={false} domain={domain} />}
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} />
          ))}
          {target !== undefined &&
            (vertical ? (
              <ReferenceLine x={target} stroke="#be123c" strokeDasharray="4 4" label={targetLabel} />
            ) : (
              <ReferenceLine y={target} stroke="#be123c" strokeDasharray="4 4" label={targetLabel} />
            ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * "Surname I." from a full name written "Given Surname" (or "Given Middle Surname"): the axis
 * label. Names of one word stay whole. The table under the chart has the full names.
 */
export function shortName(fullName: string) {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return fullName.trim();
  const surname = words[words.length - 1];
  return `${surname} ${words[0][0]}.`;
}

/** An axis label of up to two lines, cut with an ellipsis beyond that. */
function WrappedTick({ x, y, payload, width }: { x?: number; y?: number; payload?: { value: string }; width: number }) {
  const words = String(payload?.value ?? '').split(/\s+/);
  const perLine = Math.max(6, Math.floor(width / 7));
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.length ? lines[lines.length - 1] : undefined;
    if (last !== undefined && `${last} ${w}`.length <= perLine) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  const shown = lines.slice(0, 2).map((l, i) => (l.length > perLine || (i === 1 && lines.length > 2) ? `${l.slice(0, perLine - 1)}…` : l));
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12} fill="#334155">
      {shown.map((l, i) => (
        <tspan key={i} x={(x ?? 0) - 4} dy={i === 0 ? (shown.length === 1 ? 4 : -3) : 14}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Persons per officer as horizontal bars, one row per officer labelled "Surname I." (wrapped
 * onto two lines when long), with the target as a line.
 */
export function OfficersChart({
  data,
  label,
  target,
  targetLabel,
}: {
  data: { name: string; persons: number }[];
  label: string;
  target: number;
  targetLabel: string;
}) {
  const rows = data.map((d) => ({ ...d, short: shortName(d.name) }));
  const domain: [number, (dataMax: number) => number] = [0, (dataMax) => Math.max(dataMax, target)];
  const axisWidth = 110;
  return (
    <div style={{ width: '100%', height: Math.max(160, 36 * rows.length + 70) }} aria-hidden="true">
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} domain={domain} />
          <YAxis type="category" dataKey="short" width={axisWidth} interval={0} tick={<WrappedTick width={axisWidth - 8} />} />
          <Tooltip labelFormatter={(short, payload) => (payload?.[0]?.payload as { name?: string } | undefined)?.name ?? short} />
          <Legend />
          <Bar dataKey="persons" name={label} fill={color(0)} isAnimationActive={false} />
          <ReferenceLine x={target} stroke="#be123c" strokeDasharray="4 4" label={targetLabel} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Due and attended as bars, the attendance rate (percent) as a line on its own axis. */
export function CheckInsChart({
  data,
  labels,
}: {
  data: { month: string; due: number; attended: number; rate: number | null }[];
  labels: { due: string; attended: string; rate: string };
}) {
  const rows = data.map((d) => ({ ...d, ratePct: d.rate === null ? null : Math.round(d.rate * 1000) / 10 }));
  return (
    <div style={{ width: '100%', height: 260 }} aria-hidden="true">
      <ResponsiveContainer>
        <ComposedChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis yAxisId="n" allowDecimals={false} />
          <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" />
          <Tooltip />
          <Legend />
          <Bar yAxisId="n" dataKey="due" name={labels.due} fill={color(0)} isAnimationActive={false} />
          <Bar yAxisId="n" dataKey="attended" name={labels.attended} fill={color(2)} isAnimationActive={false} />
          <Line yAxisId="pct" dataKey="ratePct" name={labels.rate} stroke={color(1)} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export function YearsChart({ data, label }: { data: { year: number; listed: number }[]; label: string }) {
  return (
    <div style={{ width: '100%', height: 220 }} aria-hidden="true">
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Line dataKey="listed" name={label} stroke={color(0)} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
