'use client';

import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { color } from '@/components/dashboard/palette';

// The score over time of a person's countersigned assessments, a band change marked with a dot.
// Receives the figures and translated labels only; the table beside it has the same figures as
// text (the chart is hidden from assistive technology).

export type TRiskPoint = { id: string; day: string; score: number; band: string; bandChanged: boolean };

export function RiskHistoryChart({ points, scoreLabel }: { points: TRiskPoint[]; scoreLabel: string }) {
  return (
    <div style={{ width: '100%', height: 220 }} aria-hidden="true" data-testid="risk-history-chart">
      <ResponsiveContainer>
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 12, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" />
          <YAxis allowDecimals={false} domain={['dataMin - 1', 'dataMax + 1']} />
          <Tooltip />
          <Line type="stepAfter" dataKey="score" name={scoreLabel} stroke={color(0)} isAnimationActive={false} dot />
          {points
            .filter((p) => p.bandChanged)
            .map((p) => (
              <ReferenceDot key={p.id} x={p.day} y={p.score} r={7} fill="#be123c" stroke="none" label={{ value: p.band, position: 'top' }} />
            ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
