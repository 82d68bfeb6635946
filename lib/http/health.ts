import { db as appDb, type Db } from '@/lib/db/client';
import { env } from '@/lib/env';

/** Database kind and applied migration count; "unavailable" when the database does not answer. */
export async function getHealth({ db = appDb, database = env().dbKind }: { db?: Db; database?: 'embedded' | 'server' } = {}) {
  try {
    const rows = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*)::bigint AS count FROM "public"."_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return { status: 'ok' as const, database, migrations: Number(rows[0].count) };
  } catch {
    return { status: 'unavailable' as const, database, migrations: null };
  }
}
