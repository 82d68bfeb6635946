/** Every job the worker runs (lib/jobs/tasks.ts). */
export const JOB_NAMES = ['schedule:roll', 'audit:seal', 'audit:sweep', 'audit:verify', 'dashboard:rollup', 'ratelimit:prune'] as const;
export type TJobName = (typeof JOB_NAMES)[number];
