import { z } from 'zod';

// One validated view of the environment. Demo mode gets working defaults; production refuses
// to start without a real secret (fail fast rather than sign cookies with a known key).
const ZEnv = z
  .object({
    // Optional here so `next build` can import modules; the database client insists on it.
    DATABASE_URL: z.string().optional(),
    NADZOR_DB_KIND: z.enum(['embedded', 'server']).default('server'),
    NADZOR_DEMO: z.enum(['0', '1']).default('0'),
    NEXTAUTH_SECRET: z.string().optional(),
    NODE_ENV: z.string().default('development'),
  })
  .transform((env, ctx) => {
    const demo = env.NADZOR_DEMO === '1';
    let secret = env.NEXTAUTH_SECRET;
    if (!secret || secret.length < 32) {
      if (!demo && env.NODE_ENV === 'production') {
        ctx.addIssue({ code: 'custom', message: 'NEXTAUTH_SECRET (32+ characters) is required outside demo mode' });
        return z.NEVER;
      }
      secret = 'nadzor-demo-only-secret-do-not-use-in-production-0001';
    }
    return { databaseUrl: env.DATABASE_URL, dbKind: env.NADZOR_DB_KIND, demo, authSecret: secret };
  });

export type TEnv = z.output<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}
