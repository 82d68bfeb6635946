// `npm run worker`: the job runner on its own, for deployments with several app instances and
// workers on one PostgreSQL (DATABASE_URL). `npm start` runs one beside the app by itself.
// On the embedded database only `npm start` may open the folder: point DATABASE_URL at its
// socket (NADZOR_DB_PORT) to run an extra worker there.
import { enqueueStartupJobs, startWorker, migrateJobSchema } from '@/lib/jobs/worker';
import { assertRuntimeEnv } from '@/lib/env';
import { onParentGone } from './parent-watch';

// DATABASE_URL and AUDIT_HMAC_KEY (the worker seals the audit trail), with a message naming what is missing.
assertRuntimeEnv('worker');
const url = process.env.DATABASE_URL!;
const embedded = process.env.NADZOR_DB_KIND === 'embedded';
const concurrency = Number(process.env.WORKER_CONCURRENCY ?? 2);

// Leave with the launcher (`npm start`; the embedded database goes with it) or whatever started us.
let started: ((graceMs?: number) => void) | null = null;
onParentGone((why) => {
  console.error(`✖ Job worker stopping: ${why}.`);
  if (started) started(3_000);
  else process.exit(1);
});

await migrateJobSchema(url);
const runner = await startWorker({ connectionString: url, embedded, concurrency });
await enqueueStartupJobs();
console.log(`• Job worker running (concurrency ${concurrency})`);
let stopping = false;
const stop = (graceMs?: number) => {
  if (stopping) return;
  stopping = true;
  // Finishes the jobs in hand, then exits; graphile-worker releases what it had locked.
  void runner.stop().finally(() => process.exit(0));
  if (graceMs !== undefined) setTimeout(() => process.exit(1), graceMs).unref();
};
started = stop;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop());
await runner.promise;
