/** Every job the worker runs (lib/jobs/tasks.ts). */
export const JOB_NAMES = [
  'schedule:roll',
  'audit:seal',
  'audit:sweep',
  'audit:verify',
  'dashboard:rollup',
  'ratelimit:prune',
  'notification:email',
  'risk:due',
  'risk:annual',
  'public-order:retention',
] as const;
export type TJobName = (typeof JOB_NAMES)[number];

/** Jobs only ever enqueued by a change (never on the crontab). */
export const QUEUED_ONLY_JOBS: readonly TJobName[] = ['notification:email', 'risk:due'];
