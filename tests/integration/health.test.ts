import { describe, expect, it } from 'vitest';
import { getHealth } from '@/lib/http/health';
import { db } from '../helpers/world';

describe('health', () => {
  it('names the database kind and counts the applied migrations', async () => {
    const health = await getHealth();
    const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM _prisma_migrations`;
    expect(health).toEqual({ status: 'ok', database: process.env.NADZOR_DB_KIND, migrations: Number(rows[0].n) });
    expect(health.migrations).toBeGreaterThanOrEqual(3);
  });
});

describe('health when the database is down', () => {
  it('reports unavailable (the route answers 503)', async () => {
    const { connect } = await import('@/prisma/tools/connect');
    const dead = connect('postgresql://nobody:x@127.0.0.1:1/none?connect_timeout=2');
    expect(await getHealth({ db: dead, database: 'server' })).toEqual({ status: 'unavailable', database: 'server', migrations: null });
    await dead.$disconnect();
  });
});
