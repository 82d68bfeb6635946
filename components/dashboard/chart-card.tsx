/** One figure of the dashboard: a title, what it shows and who is counted, the chart, and its table. */
export function ChartCard({ id, title, note, children }: { id: string; title: string; note: string; children: React.ReactNode }) {
  return (
    <section className="card flex flex-col gap-2" aria-labelledby={`${id}-title`} data-testid={`figure-${id}`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-xs text-slate-600">{note}</p>
      {children}
    </section>
  );
}
