// Benchmark (not a test): the app at national size, over HTTP, as its users reach it.
//   npm run bench:national     BENCH_PERSONS (50000), BENCH_MIXED_SECONDS (60), BENCH_SEED (2026),
//                              BENCH_RUNS (20), BENCH_C20_SECONDS (10); DATABASE_URL: a server
//                              (a throwaway database is created there), else embedded PGlite.
// Seeds a throwaway database with set-based SQL, builds the app if its sources changed, starts
// the app server, signs in for real, then measures each page one request at a time (with the SQL
// statement count and the raw-SQL floor) and 20 at once, the caseload CSV export (time, memory),
// check-in recording (writes/s) and a mixed load. Prints a table and writes .bench/*.json.
// See docs/performance.md.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password';
import { prepareDatabase } from './prepare-database';
import { connect } from './connect';
import { rebuildDashboardRollups } from '@/lib/oversight/rollups';
import { freePort } from './embedded-db';
import { startBenchDatabase, type TBenchDb } from './bench/database';
import { BENCH_PASSWORD, seedNational, tableCounts } from './bench/seed-national';
import { buildApp, buildIsStale, cpuSnapshot, pidsNamed, processTree, sampleRss, startApp, type TApp } from './bench/app-server';
import {
  actionRequest,
  measureConcurrent,
  measureSequential,
  median,
  percentile,
  queryCount,
  REQUEST_TIMEOUT_MS,
  Session,
  type TFailures,
  type TRequest,
  type TResult,
} from './bench/http';
import * as raw from './bench/raw-sql';
import { chooseWorld, latestSessionId, type TOfficer, type TSlot } from './bench/world';
import { failuresText, formatReport, writeJson, type TPageRow, type TReport } from './bench/report';
import { createRandom } from '../seed/random';

const root = fileURLToPath(new URL('../..', import.meta.url));
const int = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return Math.floor(v);
};
const PERSONS = int('BENCH_PERSONS', 50_000);
const MIXED_SECONDS = int('BENCH_MIXED_SECONDS', 60);
const SEED = int('BENCH_SEED', 2026);
const RUNS = int('BENCH_RUNS', 20);
const C20_SECONDS = int('BENCH_C20_SECONDS', 10);
const WARMUP = 3;
const CONCURRENCY = 20;
/** A concurrent measurement still running 30 s after it started is cut short and reported so. */
const HARD_CUT_MS = 30_000;
/** One-at-a-time measurements stop (after at least three runs) once they have taken this long. */
const SEQUENTIAL_BUDGET_MS = 60_000;

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error('cleanup:', (error as Error).message);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the app and dropping the bench database…`);
    void cleanUp().then(() => process.exit(130));
  });
}

const log = (line: string) => console.log(line);
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

function actionId(exportName: string, file: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportName && v.filename === file);
  if (!found) throw new Error(`server action ${exportName} of ${file} is not in .next/server/server-reference-manifest.json`);
  return found[0];
}

/** Now in Astana/Almaty time as a datetime-local value (the check-in form's default). */
function localNow() {
  return new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 16);
}

async function main() {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const notes: string[] = [];
  const cpus = os.cpus();
  const appCommit = git('log', '-1', '--format=%H', '--', 'app', 'lib', 'components', 'proxy.ts', 'next.config.mjs', 'package-lock.json');
  const report: TReport = {
    startedAt,
    app: {
      commit: appCommit || git('rev-parse', 'HEAD'),
      branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
      dirty: git('status', '--porcelain', '--untracked-files=no', '--', 'app', 'lib', 'components').length > 0,
    },
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cpus: cpus.length,
      memoryGiB: os.totalmem() / 2 ** 30,
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadBefore: os.loadavg(),
    },
    database: { kind: process.env.DATABASE_URL ? 'server' : 'embedded', version: '' },
    settings: {
      persons: PERSONS,
      mixedSeconds: MIXED_SECONDS,
      runs: RUNS,
      warmup: WARMUP,
      concurrency: CONCURRENCY,
      c20Seconds: C20_SECONDS,
      hardCutSeconds: HARD_CUT_MS / 1000,
      requestTimeoutSeconds: REQUEST_TIMEOUT_MS / 1000,
    },
    seed: { seed: SEED, sqlSeed: 0, seconds: 0, steps: [] },
    counts: {},
    world: {},
    pages: [],
    export: null,
    checkIns: null,
    mixed: null,
    notes,
    totalSeconds: 0,
  };
  log(`Nadzor national bench: ${PERSONS.toLocaleString('en-US')} persons, seed ${SEED}, app at ${report.app.commit.slice(0, 12)}`);

  // ── the app's production build (before the database: building is the heaviest step) ──
  const secret = crypto.randomBytes(24).toString('hex');
  const auditKey = crypto.randomBytes(24).toString('hex');
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NADZOR_DEMO: '0',
    NODE_ENV: 'production',
    NEXTAUTH_SECRET: secret,
    AUDIT_HMAC_KEY: auditKey,
    NEXT_TELEMETRY_DISABLED: '1',
    NADZOR_BENCH: '1',
    // The bench plays a reverse proxy on this machine: each registry visitor is a different forwarded address.
    NADZOR_TRUSTED_PROXIES: '127.0.0.1',
  };
  fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
  if (buildIsStale(root)) {
    log('• Building the app (no build, or sources newer than it)…');
    const ms = buildApp(root, { ...baseEnv, DATABASE_URL: undefined }, path.join(root, '.bench', 'build.log'));
    log(`  built in ${(ms / 1000).toFixed(0)} s`);
    notes.push(`The app was built for this run (${(ms / 1000).toFixed(0)} s, not counted in the figures).`);
  } else {
    log('• Reusing the production build in .next');
  }

  // ── throwaway database, migrations, national data ──
  const db: TBenchDb = await startBenchDatabase(root);
  cleanups.push(() => db.stop());
  log(`• Database: ${db.kind}`);
  await prepareDatabase(db.url);
  const client = new pg.Client({ connectionString: db.url });
  client.on('error', (error) => console.error('bench database connection:', error.message));
  await client.connect();
  cleanups.push(() => client.end().catch(() => {}));
  report.database.version = (await client.query<{ version: string }>('SELECT version()')).rows[0].version;
  const now = new Date();
  log(`• Seeding ${PERSONS.toLocaleString('en-US')} persons (seed ${SEED})…`);
  const seeded = await seedNational(client, { persons: PERSONS, seed: SEED, now, passwordHash: await hashPassword(BENCH_PASSWORD), log });
  report.seed = {
    seed: SEED,
    sqlSeed: seeded.sqlSeed,
    seconds: seeded.ms / 1000,
    steps: seeded.steps.map((s) => ({ step: s.step, seconds: s.ms / 1000, rows: s.rows })),
  };
  report.counts = seeded.counts;
  log(
    `  seeded in ${(seeded.ms / 1000).toFixed(0)} s: ${Object.entries(seeded.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  // What the nightly job does after a day's data: the dashboard's monthly roll-ups.
  const prisma = connect(db.url);
  const tRollup = performance.now();
  const rollup = await rebuildDashboardRollups({ db: prisma, now });
  await prisma.$disconnect();
  log(`  dashboard roll-ups built in ${((performance.now() - tRollup) / 1000).toFixed(1)} s (${rollup?.checkInRows} + ${rollup?.violationRows} rows)`);
  notes.push(`The nightly job's dashboard roll-ups were built after seeding, in ${((performance.now() - tRollup) / 1000).toFixed(1)} s.`);
  const world = await chooseWorld(client, SEED, CONCURRENCY);
  report.world = {
    supervisor: `${world.supervisor.email} (${world.region.code}, ${world.region.persons} persons)`,
    police: `${world.police.email} (${world.policeDistrict.persons} persons)`,
    clerk: `${world.clerk.email} (${world.clerk.queue} petitions filed onwards)`,
    officer: `${world.officer.email} (caseload ${world.officer.caseload}; median ${world.medianCaseload})`,
    dashboardDistrict: `${world.dashboardDistrict.code} (${world.dashboardDistrict.persons} persons)`,
    writers: `${world.writers.length} more officers (caseloads ${Math.min(...world.writers.map((w) => w.caseload))}–${Math.max(...world.writers.map((w) => w.caseload))})`,
  };

  // ── the app ──
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const app: TApp = await startApp({
    root,
    port,
    env: { ...baseEnv, DATABASE_URL: db.url, NADZOR_DB_KIND: db.kind, NEXTAUTH_URL: appUrl },
    logFile: path.join(root, '.bench', `next-start-${startedAt.replace(/[:.]/g, '-')}.log`),
  });
  cleanups.push(() => app.stop());
  const servingPid = app.servingPid();
  log(`• App server on ${appUrl} (pid ${app.pid}, serving pid ${servingPid ?? 'unknown'})`);

  // ── sessions: real sign-ins ──
  // Outside demo mode every user needs a second factor; the benchmark marks the fresh session's
  // second factor as given in the database instead of typing TOTP codes (lib/account/second-factor.ts).
  const secondFactorGiven = async (email: string) => {
    await client.query(
      'UPDATE "AuthSession" SET "mfaVerifiedAt" = now() WHERE "mfaVerifiedAt" IS NULL AND "revokedAt" IS NULL AND "userId" = (SELECT id FROM "User" WHERE email = $1)',
      [email],
    );
  };
  const session = (email: string, label: string) => new Session(appUrl, email, BENCH_PASSWORD, label, secondFactorGiven);
  const supervisor = session(world.supervisor.email, 'supervisor');
  const police = session(world.police.email, 'police');
  const clerk = session(world.clerk.email, 'clerk');
  const officer = session(world.officer.email, 'officer');
  const writers = world.writers.map((w) => session(w.email, 'officer'));
  const tSign = performance.now();
  for (const s of [supervisor, police, clerk, officer, ...writers]) await s.signIn();
  log(`• Signed in ${4 + writers.length} users over HTTP in ${((performance.now() - tSign) / 1000).toFixed(1)} s`);
  const rawActor = async (user: {
    id: string;
    email: string;
    regionId: string | null;
    districtId: string | null;
    courtId: string | null;
  }): Promise<raw.TRawActor> => ({
    userId: user.id,
    email: user.email,
    regionId: user.regionId,
    districtId: user.districtId,
    courtId: user.courtId,
    sessionId: await latestSessionId(client, user.id),
  });
  const rawSupervisor = await rawActor(world.supervisor);
  const rawPolice = await rawActor(world.police);
  const rawClerk = await rawActor(world.clerk);
  const rawOfficer = await rawActor(world.officer);

  // ── pages ──
  let xff = 0;
  /** The public registry limits each client address to 60 searches a minute: each bench request is a different visitor. */
  const visitor = () => {
    xff++;
    return { 'x-forwarded-for': `10.${(xff >> 16) & 255}.${(xff >> 8) & 255}.${xff & 255}` };
  };
  const pick = <T>(items: T[], i: number) => items[i % items.length];
  const get = (url: string, s: Session | null, extra: Record<string, string> = {}, signal?: AbortSignal): TRequest => ({
    url: `${appUrl}${url}`,
    headers: s ? s.headers(extra) : extra,
    signal,
  });
  const registryCheck = (body: string) => (body.includes('registry-too-many') ? 'rate limited' : null);
  const officerOf = (worker: number) => ({ s: writers[worker % writers.length], o: world.writers[worker % world.writers.length] });
  const SORTS = ['status', 'status', 'name', 'nextDue', 'orderEnd'];
  const WITHIN = [180, 90, 30, 180];
  const STATUSES: (string | undefined)[] = [undefined, 'FILED', 'HEARING_SET', undefined, 'GRANTED'];
  const q = encodeURIComponent;

  type TPage = {
    key: string;
    label: string;
    as: string;
    session: Session | null;
    role: 'OFFICER' | 'POLICE' | 'SUPERVISOR' | 'CLERK' | null;
    actor: raw.TRawActor | null;
    c1: (i: number) => TRequest;
    c20: (worker: number, i: number, signal: AbortSignal) => TRequest;
    raw: (i: number) => Promise<unknown>;
  };
  const pages: TPage[] = [
    {
      key: 'search-name',
      label: 'person search: name',
      as: 'supervisor',
      session: supervisor,
      role: 'SUPERVISOR',
      actor: rawSupervisor,
      c1: (i) => get(`/persons?q=${q(pick(world.nameTerms, i))}`, supervisor),
      c20: (w, i, signal) => get(`/persons?q=${q(pick(world.nameTerms, w * 7 + i + 50))}`, supervisor, {}, signal),
      raw: (i) => raw.rawPersonSearch(client, rawSupervisor, pick(world.nameTerms, i)),
    },
    {
      key: 'search-iin',
      label: 'person search: IIN prefix',
      as: 'supervisor',
      session: supervisor,
      role: 'SUPERVISOR',
      actor: rawSupervisor,
      c1: (i) => get(`/persons?q=${pick(world.iinPrefixes, i)}`, supervisor),
      c20: (w, i, signal) => get(`/persons?q=${pick(world.iinPrefixes, w * 7 + i + 50)}`, supervisor, {}, signal),
      raw: (i) => raw.rawPersonSearch(client, rawSupervisor, pick(world.iinPrefixes, i)),
    },
    {
      key: 'person',
      label: 'person page',
      as: 'officer',
      session: officer,
      role: 'OFFICER',
      actor: rawOfficer,
      c1: (i) => get(`/persons/${pick(world.officer.personIds, i)}`, officer),
      c20: (w, i, signal) => {
        const { s, o } = officerOf(w);
        return get(`/persons/${pick(o.personIds, i)}`, s, {}, signal);
      },
      raw: (i) => raw.rawPersonPage(client, rawOfficer, pick(world.officer.personIds, i), new Date()),
    },
    {
      key: 'caseload',
      label: 'officer caseload',
      as: 'officer',
      session: officer,
      role: 'OFFICER',
      actor: rawOfficer,
      c1: (i) => get(`/caseload?sort=${pick(SORTS, i)}`, officer),
      c20: (w, i, signal) => get(`/caseload?sort=${pick(SORTS, i)}`, officerOf(w).s, {}, signal),
      raw: (i) => raw.rawCaseload(client, rawOfficer, pick(SORTS, i), new Date()),
    },
    {
      key: 'expiring',
      label: 'expiry worklist',
      as: 'police',
      session: police,
      role: 'POLICE',
      actor: rawPolice,
      c1: (i) => get(`/expiring?within=${pick(WITHIN, i)}`, police),
      c20: (w, i, signal) => get(`/expiring?within=${pick(WITHIN, w + i)}`, police, {}, signal),
      raw: (i) => raw.rawExpiring(client, rawPolice, pick(WITHIN, i), new Date()),
    },
    {
      key: 'court-queue',
      label: 'court queue',
      as: 'clerk',
      session: clerk,
      role: 'CLERK',
      actor: rawClerk,
      c1: (i) => get(`/petitions${pick(STATUSES, i) ? `?status=${pick(STATUSES, i)}` : ''}`, clerk),
      c20: (w, i, signal) => get(`/petitions${pick(STATUSES, w + i) ? `?status=${pick(STATUSES, w + i)}` : ''}`, clerk, {}, signal),
      raw: (i) => raw.rawCourtQueue(client, rawClerk, pick(STATUSES, i)),
    },
    {
      key: 'dashboard-region',
      label: 'dashboard: region',
      as: 'supervisor',
      session: supervisor,
      role: 'SUPERVISOR',
      actor: rawSupervisor,
      c1: () => get('/dashboard', supervisor),
      c20: (_w, _i, signal) => get('/dashboard', supervisor, {}, signal),
      raw: () => raw.rawDashboard(client, rawSupervisor, null, new Date()),
    },
    {
      key: 'dashboard-district',
      label: 'dashboard: one district',
      as: 'supervisor',
      session: supervisor,
      role: 'SUPERVISOR',
      actor: rawSupervisor,
      c1: () => get(`/dashboard?districtId=${world.dashboardDistrict.id}`, supervisor),
      c20: (_w, _i, signal) => get(`/dashboard?districtId=${world.dashboardDistrict.id}`, supervisor, {}, signal),
      raw: () => raw.rawDashboard(client, rawSupervisor, world.dashboardDistrict.id, new Date()),
    },
    {
      key: 'registry',
      label: 'public registry search',
      as: 'public',
      session: null,
      role: null,
      actor: null,
      c1: (i) => ({ ...get(`/registry?q=${q(pick(world.registryTerms, i))}`, null, visitor()), check: registryCheck }),
      c20: (w, i, signal) => ({ ...get(`/registry?q=${q(pick(world.registryTerms, w * 7 + i + 50))}`, null, visitor(), signal), check: registryCheck }),
      raw: (i) => raw.rawRegistry(client, pick(world.registryTerms, i), new Date()),
    },
  ];

  for (const page of pages) {
    await page.session?.fresh();
    log(`• ${page.label} (${page.as})…`);
    const c1 = await measureSequential({ base: appUrl, runs: RUNS, warmup: WARMUP, budgetMs: SEQUENTIAL_BUDGET_MS, request: page.c1 });
    // The floor: the session row and the role's badges (every signed-in page loads them), then the page's data.
    const rawRow: TPageRow['raw'] = { ms: [], failures: 0 };
    const rawOnce = async (i: number) => {
      const t = performance.now();
      if (page.actor && page.role) {
        await raw.rawSession(client, page.actor);
        await raw.rawBadges(client, page.role, page.actor, new Date());
      }
      await page.raw(i);
      return performance.now() - t;
    };
    const rawStarted = performance.now();
    for (let i = 0; i < WARMUP + c1.runs; i++) {
      try {
        const ms = await rawOnce(i);
        if (i >= WARMUP) rawRow.ms.push(ms);
      } catch (error) {
        rawRow.failures++;
        rawRow.firstError ??= (error as Error).message;
      }
      if (i >= WARMUP + 2 && performance.now() - rawStarted > SEQUENTIAL_BUDGET_MS) break;
    }
    await page.session?.fresh();
    for (const w of writers) if (page.as === 'officer') await w.fresh();
    const c20 = await measureConcurrent({ concurrency: CONCURRENCY, seconds: C20_SECONDS, hardCutMs: HARD_CUT_MS, request: page.c20 });
    const row: TPageRow = { key: page.key, label: page.label, as: page.as, c1, raw: rawRow, c20 };
    report.pages.push(row);
    log(
      `  c1 median ${median(c1.ms)?.toFixed(0) ?? '—'} ms, p95 ${percentile(c1.ms, 95)?.toFixed(0) ?? '—'} ms, ${median(c1.queries) ?? '—'} queries, raw ${median(rawRow.ms)?.toFixed(1) ?? '—'} ms; ` +
        `c${CONCURRENCY} median ${median(c20.ms)?.toFixed(0) ?? '—'} ms, p95 ${percentile(c20.ms, 95)?.toFixed(0) ?? '—'} ms, ${c20.rps.toFixed(1)} req/s, ${c20.completed - c20.ok} failed${c20.cutShort ? ', CUT SHORT' : ''}` +
        `${c1.firstError ? `\n  first c1 error: ${c1.firstError}` : ''}${c20.firstError ? `\n  first c${CONCURRENCY} error: ${c20.firstError}` : ''}`,
    );
  }

  // ── caseload CSV export, supervisor, whole region ──
  log('• Caseload CSV export (supervisor, whole region)…');
  await supervisor.fresh();
  {
    const before = await queryCount(appUrl);
    const sampler = sampleRss(app.pid, servingPid);
    const t = performance.now();
    let bytes = 0;
    let lines = 0;
    let status = 0;
    let error: string | undefined;
    try {
      const res = await fetch(`${appUrl}/caseload/export`, {
        headers: supervisor.headers(),
        redirect: 'manual',
        signal: AbortSignal.timeout(4 * REQUEST_TIMEOUT_MS),
      });
      status = res.status;
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        for (const b of value) if (b === 10) lines++;
      }
    } catch (e) {
      error = (e as Error).message;
    }
    const ms = performance.now() - t;
    const rss = sampler.stop();
    const queries = (await queryCount(appUrl)) - before;
    const rawStarted = performance.now();
    let rawRows = 0;
    try {
      rawRows = await raw.rawCaseloadExport(client, rawSupervisor, new Date());
    } catch (e) {
      notes.push(`Raw SQL of the export failed: ${(e as Error).message}`);
    }
    const rawMs = performance.now() - rawStarted;
    const mib = (b: number) => b / 2 ** 20;
    report.export = {
      region: world.region.code,
      regionPersons: world.regionCaseload,
      status,
      ms,
      bytes,
      rows: Math.max(0, lines - 1),
      queries,
      rawMs,
      rawRows,
      error: error ?? null,
      servingPid,
      rssBeforeMiB: mib(rss.before.serving || rss.before.tree),
      rssPeakMiB: mib(rss.peakServing || rss.peakTree),
      treePeakMiB: mib(rss.peakTree),
    };
    if (error || status !== 200)
      notes.push(
        `The caseload export broke off after ${(ms / 1000).toFixed(0)} s (${error ?? `HTTP ${status}`}) with ${Math.max(0, lines - 1)} rows sent; the server log below says why.`,
      );
    if (world.regionCaseload > 2000 && lines - 1 <= 2000)
      notes.push(
        `The caseload export holds at most 2,000 rows (findCaseload takes 2,000 persons): the region has ${world.regionCaseload.toLocaleString('en-US')} persons under an active order.`,
      );
    log(
      `  ${status} in ${ms.toFixed(0)} ms, ${bytes} bytes, ${lines - 1} rows, peak RSS ${mib(rss.peakServing || rss.peakTree).toFixed(0)} MiB${error ? `, error ${error}` : ''}`,
    );
  }

  // ── check-in recording ──
  log('• Check-in recording (server action)…');
  const recordId = actionId('recordCheckIn', 'app/(app)/work-actions.ts');
  const sentKeys: string[] = [];
  let unscheduled = 0;
  const checkInRequest = (s: Session, o: TOfficer, slots: TSlot[], i: number, signal?: AbortSignal): TRequest => {
    const slot = slots.shift();
    const key = crypto.randomUUID();
    sentKeys.push(key);
    const personId = slot?.personId ?? pick(o.personIds, i);
    if (!slot) unscheduled++;
    const input = {
      personId,
      checkInId: slot?.id ?? '',
      version: slot?.version,
      channel: 'STATION',
      actualAt: localNow(),
      outcome: 'ATTENDED',
      excuseReason: '',
      curfewCheck: false,
      personAtHome: '',
      notes: '',
      idempotencyKey: key,
    };
    return actionRequest({ base: appUrl, page: `/persons/${personId}/check-ins/new`, actionId: recordId, args: [input], session: s, signal });
  };
  await officer.fresh();
  // The typical officer's slots: the first for HTTP one at a time, the last 30 for the raw floor.
  const httpSlots = world.officer.slots.slice(0, Math.max(0, world.officer.slots.length - 30));
  const rawSlots = world.officer.slots.slice(-30);
  const c1Writes = await measureSequential({
    base: appUrl,
    runs: RUNS,
    warmup: WARMUP,
    budgetMs: SEQUENTIAL_BUDGET_MS,
    request: (i) => checkInRequest(officer, world.officer, httpSlots, i),
  });
  const rawWrites: number[] = [];
  for (let i = 0; i < Math.min(rawSlots.length, WARMUP + RUNS); i++) {
    const t = performance.now();
    await raw.rawSession(client, rawOfficer);
    await raw.rawRecordCheckIn(client, rawOfficer, rawSlots[i], crypto.randomUUID(), new Date());
    if (i >= WARMUP) rawWrites.push(performance.now() - t);
  }
  for (const w of writers) await w.fresh();
  const writerSlots = world.writers.map((w) => [...w.slots]);
  // Where the CPU goes while 20 officers write: the app, its worker, the database, this script.
  const cpuGroups = {
    app: () => processTree(app.pid),
    worker: () => processTree(app.workerPid),
    database: () => (db.kind === 'embedded' && db.pid ? processTree(db.pid) : pidsNamed('postgres')),
    bench: () => [process.pid],
  };
  const cpuBefore = cpuSnapshot(cpuGroups);
  const c20Writes = await measureConcurrent({
    concurrency: CONCURRENCY,
    seconds: C20_SECONDS,
    hardCutMs: HARD_CUT_MS,
    request: (w, i, signal) =>
      checkInRequest(writers[w % writers.length], world.writers[w % world.writers.length], writerSlots[w % writerSlots.length], i, signal),
  });
  const cpuAfter = cpuSnapshot(cpuGroups);
  const cpuPerWrite = Object.fromEntries(Object.keys(cpuGroups).map((k) => [k, c20Writes.completed ? (cpuAfter[k] - cpuBefore[k]) / c20Writes.completed : 0]));
  const verifiedWrites = Number(
    (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "CheckIn" WHERE "idempotencyKey" = ANY($1::text[]) AND outcome <> 'SCHEDULED'`, [sentKeys]))
      .rows[0].n,
  );
  const claimed = c1Writes.okRuns + c20Writes.ok + WARMUP;
  report.checkIns = {
    actionId: recordId,
    c1Median: median(c1Writes.ms),
    c1P95: percentile(c1Writes.ms, 95),
    c1Queries: median(c1Writes.queries),
    c1Failures: failuresText(c1Writes.failures),
    rawMedian: median(rawWrites),
    rawRatio: median(c1Writes.ms) && median(rawWrites) ? `page/raw ${(median(c1Writes.ms)! / median(rawWrites)!).toFixed(1)}×` : '—',
    c20WritesPerSecond: c20Writes.rps,
    c20Seconds: c20Writes.seconds,
    c20Median: median(c20Writes.ms),
    c20P95: percentile(c20Writes.ms, 95),
    c20Ok: c20Writes.ok,
    c20Failed: c20Writes.completed - c20Writes.ok,
    c20Failures: failuresText(c20Writes.failures),
    cutShort: c20Writes.cutShort,
    unscheduled,
    claimed,
    verified: verifiedWrites,
    cpuMsPerWrite: cpuPerWrite,
  };
  log(
    `  c1 median ${median(c1Writes.ms)?.toFixed(0)} ms (${median(c1Writes.queries)} queries); c${CONCURRENCY} ${c20Writes.rps.toFixed(1)} writes/s, ${c20Writes.completed - c20Writes.ok} failed; verified ${verifiedWrites}/${claimed}`,
  );
  if (c1Writes.firstError) log(`  first c1 error: ${c1Writes.firstError}`);
  if (c20Writes.firstError) log(`  first c${CONCURRENCY} error: ${c20Writes.firstError}`);

  // ── mixed load ──
  log(`• Mixed load: ${CONCURRENCY} virtual users for ${MIXED_SECONDS} s…`);
  for (const s of [supervisor, police, clerk, ...writers]) await s.fresh();
  const mixedKeysFrom = sentKeys.length;
  const pageByKey = (key: string) => pages.find((p) => p.key === key)!;
  const ops: { op: string; weight: number; write?: boolean; make: (vu: number, i: number, signal: AbortSignal) => TRequest }[] = [
    { op: 'person search: name', weight: 12, make: (vu, i, signal) => pageByKey('search-name').c20(vu, i + 1000, signal) },
    { op: 'person search: IIN', weight: 8, make: (vu, i, signal) => pageByKey('search-iin').c20(vu, i + 1000, signal) },
    { op: 'person page', weight: 18, make: (vu, i, signal) => pageByKey('person').c20(vu, i + 1000, signal) },
    { op: 'officer caseload', weight: 10, make: (vu, i, signal) => pageByKey('caseload').c20(vu, i, signal) },
    { op: 'expiry worklist', weight: 7, make: (vu, i, signal) => pageByKey('expiring').c20(vu, i, signal) },
    { op: 'court queue', weight: 7, make: (vu, i, signal) => pageByKey('court-queue').c20(vu, i, signal) },
    { op: 'dashboard: region', weight: 3, make: (vu, i, signal) => pageByKey('dashboard-region').c20(vu, i, signal) },
    { op: 'dashboard: district', weight: 3, make: (vu, i, signal) => pageByKey('dashboard-district').c20(vu, i, signal) },
    { op: 'public registry', weight: 12, make: (vu, i, signal) => pageByKey('registry').c20(vu, i + 1000, signal) },
    {
      op: 'check-in write',
      weight: 20,
      write: true,
      make: (vu, i, signal) =>
        checkInRequest(writers[vu % writers.length], world.writers[vu % world.writers.length], writerSlots[vu % writerSlots.length], i, signal),
    },
  ];
  const totalWeight = ops.reduce((s, o) => s + o.weight, 0);
  const rngs = Array.from({ length: CONCURRENCY }, (_, vu) => createRandom(SEED * 100 + vu));
  const mixed = await measureConcurrent({
    concurrency: CONCURRENCY,
    seconds: MIXED_SECONDS,
    hardCutMs: MIXED_SECONDS * 1000 + REQUEST_TIMEOUT_MS + 5000,
    keepResults: true,
    request: (vu, i, signal) => {
      let x = rngs[vu].next() * totalWeight;
      const op = ops.find((o) => (x -= o.weight) < 0) ?? ops[0];
      return { ...op.make(vu, i, signal), tag: op.op };
    },
  });
  // Per-operation figures, from the op each request carried.
  const byOp = new Map<string, TResult[]>();
  for (const r of mixed.results ?? []) {
    const op = r.tag ?? 'unknown';
    byOp.set(op, [...(byOp.get(op) ?? []), r]);
  }
  const mixedVerified = Number(
    (
      await client.query<{ n: string }>(`SELECT count(*) AS n FROM "CheckIn" WHERE "idempotencyKey" = ANY($1::text[]) AND outcome <> 'SCHEDULED'`, [
        sentKeys.slice(mixedKeysFrom),
      ])
    ).rows[0].n,
  );
  const all = mixed.results ?? [];
  const allMs = all.map((r) => r.ms);
  const writes = all.filter((r) => r.tag === 'check-in write');
  report.mixed = {
    vus: CONCURRENCY,
    seconds: mixed.seconds,
    requests: all.length,
    rps: all.length / mixed.seconds,
    errors5xx: all.filter((r) => r.status >= 500).length,
    failed: all.filter((r) => !r.ok).length + (mixed.failures.cut ?? 0),
    writes: writes.length,
    failedWrites: writes.filter((r) => !r.ok).length,
    verified: mixedVerified,
    p50: percentile(allMs, 50),
    p95: percentile(allMs, 95),
    p99: percentile(allMs, 99),
    max: Math.max(0, ...allMs),
    ops: ops.map((o) => {
      const rs = byOp.get(o.op) ?? [];
      const ms = rs.map((r) => r.ms);
      const failures: TFailures = {};
      for (const r of rs.filter((x) => !x.ok)) {
        const k = r.error === 'status' ? `HTTP ${r.status}` : r.error === 'check' ? (r.detail ?? 'check') : (r.error ?? 'error');
        failures[k] = (failures[k] ?? 0) + 1;
      }
      return {
        op: o.op,
        n: rs.length,
        ok: rs.filter((r) => r.ok).length,
        e5xx: rs.filter((r) => r.status >= 500).length,
        failed: failuresText(failures),
        p50: percentile(ms, 50),
        p95: percentile(ms, 95),
        p99: percentile(ms, 99),
      };
    }),
  };
  log(
    `  ${all.length} requests, ${(all.length / mixed.seconds).toFixed(1)}/s, ${all.filter((r) => r.status >= 500).length} 5xx, p95 ${percentile(allMs, 95)?.toFixed(0)} ms`,
  );
  if (unscheduled) notes.push(`${unscheduled} check-ins were recorded as unscheduled contacts because the writers' due slots ran out.`);

  // What went wrong on the server side, in its own words (distinct error and warning lines).
  const logLines = fs
    .readFileSync(app.logFile, 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const problems = [...new Set(logLines.filter((l) => /^⨯|error:|Error:|Warning:/.test(l)).map((l) => l.replace(/\d+ ms/g, 'N ms').slice(0, 240)))];
  if (problems.length)
    notes.push(
      `The server log (${path.relative(root, app.logFile)}) says: ${problems
        .slice(0, 5)
        .map((l) => JSON.stringify(l))
        .join('; ')}.`,
    );
  report.countsAfter = await tableCounts(client);
  report.machine.loadAfter = os.loadavg();
  report.totalSeconds = (performance.now() - t0) / 1000;
  const file = writeJson(root, report);
  console.log(`\n${formatReport(report)}\nJSON: ${path.relative(root, file)}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
