// Runs in the browser before the app's own code (Next's instrumentation-client convention).
//
// Zod compiles object parsers with `new Function` and, to find out whether it may, first probes
// `new Function('')` once. Our Content-Security-Policy has no 'unsafe-eval' (docs/security.md),
// so the probe fails and, although Zod catches the error, the browser reports a CSP violation.
// Jitless mode parses without generated code and skips the probe; the server keeps the JIT.
import { config } from 'zod';

config({ jitless: true });
