import { connection, NextResponse } from 'next/server';
import { getHealth } from '@/lib/http/health';

export async function GET() {
  await connection();
  const health = await getHealth();
  return NextResponse.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
