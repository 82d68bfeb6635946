import { afterEach, beforeEach, inject, vi } from 'vitest';
import { createLogger, replaceLogger } from '@/lib/observability/logger';

// Before any test module imports lib/db/client, point it at the run's database.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.NADZOR_DB_KIND = inject('databaseKind');
// The app has no built-in secrets (lib/env.ts); tests bring their own.
process.env.NEXTAUTH_SECRET ??= 'vitest-only-nextauth-secret-0123456789abcdef';
process.env.AUDIT_HMAC_KEY ??= 'vitest-only-audit-hmac-key-0123456789abcdef';

// The only seam between Next's request and our code (see lib/auth/request-context.ts).
vi.mock('@/lib/auth/request-context', () => ({ readRequestContext: vi.fn(async () => ({ sessionId: null, ip: '127.0.0.1', requestId: 'test' })) }));

// An unexpected console.error during a test fails it, and so does an error line of the app's
// logger (lib/observability/logger.ts: defineAction logs an unexpected error there).
let errors: unknown[][] = [];
replaceLogger(
  createLogger({
    level: 'error',
    destination: { write: (line: string) => void errors.push(['logger', line]) },
  }),
);
/** For the few tests that provoke an error on purpose: forget what was logged so far. */
(globalThis as { forgetConsoleErrors?: () => void }).forgetConsoleErrors = () => {
  errors = [];
};
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (errors.length > 0) throw new Error(`console.error was called: ${JSON.stringify(errors[0]).slice(0, 500)}`);
});
