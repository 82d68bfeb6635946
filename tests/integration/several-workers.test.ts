import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Runner, Task, TaskList } from 'graphile-worker';
import { db } from '../helpers/world';
import { startWorker } from '@/lib/jobs/worker';
import { writeAudit } from '@/lib/audit/write-audit';
import { sealAuditEvents } from '@/lib/audit/seal';
import { auditMac, type TSealedEvent } from '@/lib/audit/mac';
import { connect } from '@/prisma/tools/connect';

// Several workers on one database (docs/scale-out.md): two graphile-worker runners started the way
// `npm run worker` starts them (lib/jobs/worker.ts) share the queue and the crontab. A job is run
// by one of them only, and a cron slot is enqueued once however many runners schedule it. Test
// tasks with names of their own, so the app's jobs are not run here.

const url = inject('databaseUrl');
const embedded = inject('databaseKind') === 'embedded';
// Names of this run's own, so rows left by an earlier run on the same database cannot count.
const seed = randomBytes(4).toString('hex');
console.log(`several-workers seed: ${seed}`);

const runners: Runner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

function start(taskList: TaskList, crontab = '') {
  const problems: string[] = [];
  const started = startWorker({
    connectionString: url,
    embedded,
    concurrency: 1,
    taskList,
    crontab,
    log: (level, message) => {
      if (level === 'error') problems.push(message);
    },
  }).then((runner) => {
    runners.push(runner);
    return runner;
  });
  return { started, problems };
}

/** Resolves when `check` is true, polling the database state (no fixed sleeps). */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 45_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const pendingJobs = async (task: string) =>
  Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = ${task}`)[0].n);

describe('two job workers on one database', () => {
  it('run each job once, and both take jobs while the other holds one', async () => {
    const task = `test:once:${seed}`;
    const runs: { n: number; worker: string }[] = [];
    const busy = new Set<string>();
    // Each worker's first job waits until the other worker holds a job too: the second worker
    // must skip the locked job and take another one (SKIP LOCKED), or this never ends.
    const tasksFor = (worker: string): TaskList => ({
      [task]: (async (payload) => {
        busy.add(worker);
        await until(async () => busy.size === 2, 'both workers to hold a job');
        runs.push({ n: (payload as { n: number }).n, worker });
      }) satisfies Task,
    });
    const count = 30;
    for (let n = 0; n < count; n++) {
      await db.$executeRaw`SELECT graphile_worker.add_job(${task}::text, ${JSON.stringify({ n })}::json)`;
    }
    const one = start(tasksFor('one'));
    const two = start(tasksFor('two'));
    await Promise.all([one.started, two.started]);
    await until(async () => runs.length >= count && (await pendingJobs(task)) === 0, 'every job to run');

    expect(runs.map((r) => r.n).sort((a, b) => a - b)).toEqual([...Array(count).keys()]);
    expect(new Set(runs.map((r) => r.worker))).toEqual(new Set(['one', 'two']));
    expect([...one.problems, ...two.problems]).toEqual([]);
  });

  it('enqueue a cron slot once, back-filled slots included', async () => {
    const task = `test:cron:${seed}`;
    const identifier = `test-cron-${seed}`;
    // The crontab ran last ten minutes ago: both workers start at once and back-fill the slots
    // since then (?fill=), racing for every one of them.
    await db.$executeRaw`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
      VALUES (${identifier}, now() - interval '1 day', date_trunc('minute', now()) - interval '10 minutes')`;
    const slots: string[] = [];
    const tasks: TaskList = {
      [task]: (async (payload) => {
        slots.push((payload as { _cron: { ts: string } })._cron.ts);
      }) satisfies Task,
    };
    const crontab = `* * * * * ${task} ?id=${identifier}&fill=15m`;
    const one = start(tasks, crontab);
    const two = start(tasks, crontab);
    await Promise.all([one.started, two.started]);
    // Back-fill gives the nine slots after the last run and before this minute at least.
    await until(async () => slots.length >= 9 && (await pendingJobs(task)) === 0, 'the back-filled slots to run');

    expect(slots.length).toBeGreaterThanOrEqual(9);
    expect(new Set(slots).size).toBe(slots.length);
    expect([...one.problems, ...two.problems]).toEqual([]);
  });
});

// Two sealers at once (an `audit:seal` still running when the next minute's starts on another
// worker, or the nightly sweep beside it) append one chain, each event once, in event order. Real
// concurrent transactions need a server: the embedded database is one session.
if (!embedded) {
  describe('two audit sealers at once (server)', () => {
    it('append one unbroken chain with every event sealed once', async () => {
      const key = process.env.AUDIT_HMAC_KEY!;
      await sealAuditEvents({ db, key, sweep: true });
      const head = await db.auditSeal.findFirst({ orderBy: { seq: 'desc' } });
      const written: bigint[] = [];
      for (let i = 0; i < 60; i++) written.push((await writeAudit(db, { action: `test.sealers.${seed}`, outcome: 'SUCCESS', details: { i } })).id);
      const [a, b] = [connect(url), connect(url)];
      try {
        const sealed = await Promise.all([sealAuditEvents({ db: a, key, batchSize: 7 }), sealAuditEvents({ db: b, key, batchSize: 5 })]);
        expect(sealed[0] + sealed[1]).toBe(written.length);
      } finally {
        await Promise.all([a.$disconnect(), b.$disconnect()]);
      }
      const links = await db.auditSeal.findMany({ where: { seq: { gt: head?.seq ?? 0n } }, orderBy: { seq: 'asc' } });
      expect(links.map((l) => l.eventId)).toEqual(written);
      const events = new Map(
        (
          await db.$queryRaw<TSealedEvent[]>`
            SELECT e.id, e.at, e."actorId", e."actorEmail", e."actorRole"::text AS "actorRole", e.action, e."targetType", e."targetId",
              e.outcome::text AS outcome, e.ip, e."requestId", e.details, e."regionId"
            FROM "AuditEvent" e WHERE e.action = ${`test.sealers.${seed}`}`
        ).map((e) => [e.id, e]),
      );
      let prevMac = head?.mac;
      let seq = head?.seq ?? 0n;
      for (const link of links) {
        seq += 1n;
        expect(link.seq).toBe(seq);
        if (prevMac !== undefined) expect(link.prevMac).toBe(prevMac);
        expect(link.mac).toBe(auditMac(key, link.prevMac, link.seq, events.get(link.eventId)!));
        prevMac = link.mac;
      }
    });
  });
}
