import 'server-only';
import type { Task, TaskList } from 'graphile-worker';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { rollAllSchedules, rollSchedules } from '@/lib/checkins/schedule';
import { sealAuditEvents } from '@/lib/audit/seal';
import { recordAuditVerification } from '@/lib/audit/verify';
import { rebuildDashboardRollups } from '@/lib/oversight/rollups';
import { pruneRateLimits } from '@/lib/http/rate-limit';
import { sendNotificationEmail } from '@/lib/notifications/email';
import { notifyReachedDues, raiseRiskDue } from '@/lib/risk/dues';
import { removeExpiredPublicOrderRecords } from '@/lib/public-order/retention';
import type { TJobName } from './names';

// What the worker does. Each task is a thin call into its domain; a task that throws is retried
// by graphile-worker with exponential back-off (the job stays in graphile_worker.jobs with its
// last error until it succeeds or runs out of attempts).

const tasks = {
  /** The rolling reporting schedule: everyone (nightly), or the persons named in the payload. */
  'schedule:roll': async (payload, helpers) => {
    const personIds = (payload as { personIds?: unknown })?.personIds;
    if (Array.isArray(personIds) && personIds.every((id) => typeof id === 'string')) {
      const result = await db.$transaction((tx) => rollSchedules({ tx, personIds }));
      helpers.logger.info(`schedule:roll: ${personIds.length} persons, +${result.added} −${result.removed}`);
      return;
    }
    const totals = await rollAllSchedules({ db });
    helpers.logger.info(`schedule:roll: ${totals.persons} persons, +${totals.added} −${totals.removed}`);
  },
  /** Chains audit events written since shortly before the last run (every minute). */
  'audit:seal': async (_payload, helpers) => {
    const sealed = await sealAuditEvents({ db, key: env().auditKey });
    if (sealed > 0) helpers.logger.debug(`audit:seal: ${sealed} events`);
  },
  /** Chains any event the minute-by-minute runs missed (nightly). */
  'audit:sweep': async (_payload, helpers) => {
    const sealed = await sealAuditEvents({ db, key: env().auditKey, sweep: true });
    helpers.logger.info(`audit:sweep: ${sealed} events`);
  },
  /** Verifies the chain and records the result for administrators: new links hourly, all nightly. */
  'audit:verify': async (payload, helpers) => {
    const full = (payload as { full?: unknown } | null)?.full !== false;
    const run = await recordAuditVerification({ db, key: env().auditKey, full });
    const line = `audit:verify: ${run.result}, ${run.checked} links${run.problem ? `, ${run.problem} at ${run.brokenSeq ?? run.brokenEvent}` : ''}`;
    if (run.result === 'OK') helpers.logger.info(line);
    else helpers.logger.error(line);
  },
  /** The dashboard's monthly roll-ups: nightly, and every minute when a past month changed. */
  'dashboard:rollup': async (payload, helpers) => {
    const onlyIfChanged = (payload as { ifChanged?: unknown } | null)?.ifChanged === true;
    const result = await rebuildDashboardRollups({ db, onlyIfChanged });
    if (!result) return;
    helpers.logger.info(`dashboard:rollup: through ${result.through.toISOString().slice(0, 7)}, ${result.checkInRows} + ${result.violationRows} rows`);
  },
  /** Deletes rate-limit windows that ended (every ten minutes; lib/http/rate-limit.ts). */
  'ratelimit:prune': async (_payload, helpers) => {
    const pruned = await pruneRateLimits({ db });
    if (pruned > 0) helpers.logger.debug(`ratelimit:prune: ${pruned} windows`);
  },
  /** One notification by e-mail, when SMTP is configured (lib/notifications/email.ts); a failure is retried. */
  'notification:email': async (payload, helpers) => {
    const notificationId = (payload as { notificationId?: unknown } | null)?.notificationId;
    if (typeof notificationId !== 'string') return;
    const result = await sendNotificationEmail({ db, notificationId });
    // Enqueued because the app had SMTP configured: a worker without it retries rather than drops.
    if (result === 'disabled') throw new Error('notification:email: SMTP_URL is not set for the worker');
    helpers.logger.debug(`notification:email: ${result}`);
  },
  /** A reassessment due after a change (lib/risk/dues.ts); enqueued with the change, idempotent. */
  'risk:due': async (payload, helpers) => {
    const result = await raiseRiskDue({ db, payload });
    // A payload that is not one is dropped (a retry would not make it one), but said.
    if (!result.raised && result.why === 'invalid') helpers.logger.warn('risk:due: invalid payload, dropped');
    else helpers.logger.debug(`risk:due: ${result.raised ? `raised${result.notified ? ', notified' : ''}` : result.why}`);
  },
  /** Tells officers of reassessment dues whose day has come (nightly; each due once). */
  'risk:annual': async (_payload, helpers) => {
    const result = await notifyReachedDues({ db });
    helpers.logger.info(`risk:annual: ${result.notified} notified`);
  },
  /** Removes public-order records (and lone incidents) whose retention period ran out (nightly; counts only in the log). */
  'public-order:retention': async (_payload, helpers) => {
    const result = await removeExpiredPublicOrderRecords({ db });
    helpers.logger.info(`public-order:retention: ${result.records.length} records, ${result.incidents.length} incidents removed in ${result.batches} batches`);
  },
} satisfies Record<TJobName, Task>;

export const taskList: TaskList = tasks;

/**
 * When each recurring job runs (UTC; Kazakhstan is UTC+5). `fill` re-runs a job the worker
 * missed while it was down, within that window; the job key keeps one pending run each.
 */
export const CRONTAB = [
  '* * * * * audit:seal ?max=3&jobKey=audit:seal&jobKeyMode=preserve_run_at',
  '17 * * * * audit:verify ?id=audit-verify-recent&fill=1h&max=3&jobKey=audit:verify:recent&jobKeyMode=preserve_run_at {full:false}',
  // 01:30 and 02:30 in Kazakhstan: quiet hours.
  '30 20 * * * schedule:roll ?fill=1d&max=5&jobKey=schedule:roll&jobKeyMode=preserve_run_at',
  '30 21 * * * audit:sweep ?fill=1d&max=3&jobKey=audit:sweep&jobKeyMode=preserve_run_at',
  // After the sweep: the whole chain, so an edit to an old event is found within a day.
  '45 21 * * * audit:verify ?id=audit-verify-full&fill=1d&max=3&jobKey=audit:verify:full&jobKeyMode=preserve_run_at {full:true}',
  // When a past month changed (lib/oversight/rollups.ts); and at 00:05 in Kazakhstan, when a
  // month that just ended moves into the roll-ups.
  '* * * * * dashboard:rollup ?id=dashboard-rollup-changes&max=3&jobKey=dashboard:rollup:changes&jobKeyMode=preserve_run_at {ifChanged:true}',
  '*/10 * * * * ratelimit:prune ?max=3&jobKey=ratelimit:prune&jobKeyMode=preserve_run_at',
  '5 19 * * * dashboard:rollup ?id=dashboard-rollup-nightly&fill=1d&max=3&jobKey=dashboard:rollup&jobKeyMode=preserve_run_at',
  // 03:15 in Kazakhstan (quiet hours): reassessment dues whose day has come, told once each.
  '15 22 * * * risk:annual ?fill=1d&max=5&jobKey=risk:annual&jobKeyMode=preserve_run_at',
  // 03:45 in Kazakhstan (quiet hours): public-order records whose retention period ran out.
  '45 22 * * * public-order:retention ?fill=1d&max=5&jobKey=public-order:retention&jobKeyMode=preserve_run_at',
].join('\n');
