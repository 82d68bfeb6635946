// The environment `next build` gets from the launcher: the launcher's own, without any secret or
// database address. The build must not need them (lib/env.ts reads them per request), and one
// build serves every deployment; so every `npm start` and every Playwright run (which build
// through prisma/tools/start.ts) proves it: a module that reads a secret when it loads fails them.

/** Never handed to `next build`. NADZOR_DEMO too: demo or not is decided when the app runs. */
export const BUILD_WITHHELD = ['NEXTAUTH_SECRET', 'AUDIT_HMAC_KEY', 'DATABASE_URL', 'MIGRATION_DATABASE_URL', 'NADZOR_DEMO'] as const;

export function buildEnv(source: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env = { ...source };
  for (const name of BUILD_WITHHELD) delete env[name];
  return env as NodeJS.ProcessEnv;
}
