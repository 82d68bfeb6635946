import { describe, expect, it } from 'vitest';
import { findPgTool, libpqTarget } from '@/prisma/tools/backup/server';

describe('the PostgreSQL client tools for backups', () => {
  it('refuses a pg_dump older than the server, saying what to install', () => {
    expect(() => findPgTool('pg_dump', { major: 99, what: 'the server (PostgreSQL 99.1)' })).toThrow(
      /pg_dump \d+(\.\d+)? \(.*\) is older than the server \(PostgreSQL 99\.1\); it cannot read it\. Install the PostgreSQL 99 client tools \(e\.g\. apt-get install postgresql-client-99\) or set NADZOR_PG_BIN/,
    );
  });

  it('finds one at least as new as asked', () => {
    expect(findPgTool('pg_restore', { major: 1, what: 'x' }).version).toMatch(/^\d+/);
  });

  it('keeps the password off the command line and drops what only Prisma understands', () => {
    const target = libpqTarget('postgresql://owner:s%40cret@db.example:5432/nadzor?schema=public&sslmode=require&connection_limit=5');
    expect(target.dbname).toBe('postgresql://owner@db.example:5432/nadzor?sslmode=require');
    expect(target.env.PGPASSWORD).toBe('s@cret');
  });
});
