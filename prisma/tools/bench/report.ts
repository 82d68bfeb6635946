// The printed report (plain tables) and its JSON twin in .bench/.
import fs from 'node:fs';
import path from 'node:path';
import { median, percentile, type TConcurrent, type TFailures, type TSequential } from './http';

export type TPageRow = {
  key: string;
  label: string;
  as: string;
  c1: TSequential;
  raw: { ms: number[]; failures: number; firstError?: string };
  c20: TConcurrent | null;
  note?: string;
};

export type TReport = {
  startedAt: string;
  app: { commit: string; branch: string; dirty: boolean };
  machine: { cpu: string; cpus: number; memoryGiB: number; node: string; os: string; loadBefore: number[]; loadAfter?: number[] };
  database: { kind: string; version: string };
  settings: Record<string, number | string>;
  seed: { seed: number; sqlSeed: number; seconds: number; steps: { step: string; seconds: number; rows: number }[] };
  counts: Record<string, number>;
  world: Record<string, unknown>;
  pages: TPageRow[];
  export: Record<string, unknown> | null;
  checkIns: Record<string, unknown> | null;
  mixed: Record<string, unknown> | null;
  notes: string[];
  totalSeconds: number;
  countsAfter?: Record<string, number>;
};

const n0 = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '—' : Math.round(v).toLocaleString('en-US'));
const n1 = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US');

export function failuresText(f: TFailures) {
  const entries = Object.entries(f);
  return entries.length ? entries.map(([k, v]) => `${v}× ${k}`).join(', ') : '';
}

function table(headers: string[], rows: string[][], align: ('l' | 'r')[]) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (align[i] === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function formatReport(r: TReport): string {
  const out: string[] = [];
  out.push(`Nadzor national bench — ${r.startedAt}`);
  out.push(`app: ${r.app.commit.slice(0, 12)} (${r.app.branch}${r.app.dirty ? ', uncommitted changes' : ''})`);
  out.push(
    `machine: ${r.machine.cpu} × ${r.machine.cpus}, ${r.machine.memoryGiB.toFixed(1)} GiB, Node ${r.machine.node}, ${r.machine.os}; load average ${r.machine.loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${(r.machine.loadAfter ?? []).map((l) => l.toFixed(2)).join(' ')} after`,
  );
  out.push(`database: ${r.database.kind} — ${r.database.version}`);
  out.push(`persons: ${n0(Number(r.settings.persons))}; seed ${r.seed.seed} (setseed ${r.seed.sqlSeed}); seeded in ${r.seed.seconds.toFixed(0)} s`);
  out.push(
    `rows: ${Object.entries(r.counts)
      .map(([k, v]) => `${k} ${n0(v)}`)
      .join(', ')}`,
  );
  out.push(
    `as: ${Object.entries(r.world)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}`,
  );
  out.push('');
  out.push(
    `Pages — c1: ${r.settings.runs} requests one at a time after ${r.settings.warmup} warm-ups (ms, median and p95), SQL statements per request (median);`,
  );
  out.push(`raw: hand-written SQL for the same data, median ms; c${r.settings.concurrency}: ${r.settings.concurrency} at once for ${r.settings.c20Seconds} s.`);
  out.push(
    table(
      [
        'page',
        'as',
        'c1 med',
        'c1 p95',
        'queries',
        'raw',
        'page/raw',
        `c${r.settings.concurrency} med`,
        `c${r.settings.concurrency} p95`,
        'req/s',
        'failed',
        'notes',
      ],
      r.pages.map((p) => {
        const c1 = median(p.c1.ms);
        const raw = median(p.raw.ms);
        const c1Fail = p.c1.runs - p.c1.okRuns;
        const c20Fail = p.c20 ? p.c20.completed - p.c20.ok + (p.c20.failures.cut ?? 0) : 0;
        const notes = [
          p.c1.stoppedEarly ? `c1 stopped after ${p.c1.runs} runs (time budget)` : '',
          c1Fail ? `c1: ${failuresText(p.c1.failures)}` : '',
          p.c20?.cutShort ? `c${r.settings.concurrency} cut short at ${r.settings.hardCutSeconds} s` : '',
          p.c20 && c20Fail ? `c${r.settings.concurrency}: ${failuresText(p.c20.failures)}` : '',
          p.raw.failures ? `raw failed ${p.raw.failures}× (${p.raw.firstError})` : '',
          p.note ?? '',
        ].filter(Boolean);
        return [
          p.label,
          p.as,
          n1(c1),
          n1(percentile(p.c1.ms, 95)),
          n0(median(p.c1.queries)),
          n1(raw),
          c1 !== null && raw ? `${(c1 / raw).toFixed(1)}×` : '—',
          n1(p.c20 ? median(p.c20.ms) : null),
          n1(p.c20 ? percentile(p.c20.ms, 95) : null),
          p.c20 ? p.c20.rps.toFixed(1) : '—',
          p.c20 ? `${c20Fail}/${p.c20.completed + (p.c20.failures.cut ?? 0)}` : '—',
          notes.join('; '),
        ];
      }),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  if (r.export) {
    const e = r.export as Record<string, number | string | null>;
    out.push('');
    out.push(`Caseload CSV export (supervisor, whole region ${e.region}; ${n0(Number(e.regionPersons))} persons under an active order there):`);
    out.push(
      `  status ${e.status}, time to last byte ${n0(Number(e.ms))} ms, ${n0(Number(e.bytes))} bytes, ${n0(Number(e.rows))} rows; raw SQL ${n0(Number(e.rawMs))} ms (${n0(Number(e.rawRows))} rows); queries ${n0(Number(e.queries))}`,
    );
    out.push(
      `  server RSS (pid ${e.servingPid}): ${n1(Number(e.rssBeforeMiB))} MiB before, peak ${n1(Number(e.rssPeakMiB))} MiB (+${n1(Number(e.rssPeakMiB) - Number(e.rssBeforeMiB))}); process tree peak ${n1(Number(e.treePeakMiB))} MiB${e.error ? `; error: ${e.error}` : ''}`,
    );
  }
  if (r.checkIns) {
    const c = r.checkIns as Record<string, number | string>;
    out.push('');
    out.push(`Check-in recording (server action recordCheckIn over HTTP, a due slot of the officer's caseload each, fresh idempotency key):`);
    out.push(
      `  c1: median ${n1(Number(c.c1Median))} ms, p95 ${n1(Number(c.c1P95))} ms, ${n0(Number(c.c1Queries))} statements per write; raw SQL ${n1(Number(c.rawMedian))} ms (${c.rawRatio})`,
    );
    out.push(
      `  c${r.settings.concurrency}: ${n1(Number(c.c20WritesPerSecond))} writes/s over ${Number(c.c20Seconds).toFixed(1)} s, median ${n1(Number(c.c20Median))} ms, p95 ${n1(Number(c.c20P95))} ms; ${n0(Number(c.c20Ok))} ok, ${n0(Number(c.c20Failed))} failed${c.c20Failures ? ` (${c.c20Failures})` : ''}${Number(c.unscheduled) ? `; ${c.unscheduled} as unscheduled contacts (due slots ran out)` : ''}`,
    );
    out.push(`  verified in the database: ${n0(Number(c.verified))} of ${n0(Number(c.claimed))} writes answered ok are recorded rows`);
    const cpu = (r.checkIns as { cpuMsPerWrite?: Record<string, number> }).cpuMsPerWrite;
    if (cpu)
      out.push(
        `  CPU per write at c${r.settings.concurrency}: ${Object.entries(cpu)
          .map(([k, v]) => `${k} ${n1(v)} ms`)
          .join(', ')} (2 cores: at most 2,000 ms of CPU a second in all)`,
      );
  }
  if (r.mixed) {
    const m = r.mixed as {
      seconds: number;
      vus: number;
      requests: number;
      rps: number;
      errors5xx: number;
      failed: number;
      failedWrites: number;
      writes: number;
      p50: number;
      p95: number;
      p99: number;
      max: number;
      verified: number;
      ops: { op: string; n: number; ok: number; e5xx: number; failed: string; p50: number | null; p95: number | null; p99: number | null }[];
    };
    out.push('');
    out.push(
      `Mixed load: ${m.vus} virtual users, no think time, ${m.seconds.toFixed(0)} s — ${n0(m.requests)} requests (${m.rps.toFixed(1)}/s), ${n0(m.errors5xx)} server errors (5xx), ${n0(m.failed)} failed requests in all, ${n0(m.failedWrites)} of ${n0(m.writes)} writes failed (${n0(m.verified)} verified rows); latency p50 ${n0(m.p50)} ms, p95 ${n0(m.p95)} ms, p99 ${n0(m.p99)} ms, max ${n0(m.max)} ms`,
    );
    out.push(
      table(
        ['operation', 'requests', 'ok', '5xx', 'p50', 'p95', 'p99', 'failures'],
        m.ops.map((o) => [o.op, n0(o.n), n0(o.ok), n0(o.e5xx), n1(o.p50), n1(o.p95), n1(o.p99), o.failed]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
  }
  if (r.notes.length) {
    out.push('');
    out.push('Notes:');
    for (const note of r.notes) out.push(`  - ${note}`);
  }
  out.push('');
  out.push(`Whole run: ${(r.totalSeconds / 60).toFixed(1)} min.`);
  return out.join('\n');
}

export function writeJson(root: string, report: TReport) {
  const dir = path.join(root, '.bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `national-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
