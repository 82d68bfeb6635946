import { connection, NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { queryCount } from '@/lib/db/query-counter';

// The process's SQL statement count, for `npm run bench:national` (which reads it before and
// after each request at concurrency 1). Off unless NADZOR_BENCH=1: then it is not found.
export async function GET() {
  await connection();
  if (!env().bench) return new NextResponse(null, { status: 404 });
  return NextResponse.json({ queries: queryCount() }, { headers: { 'Cache-Control': 'no-store' } });
}
