import { connection, NextResponse } from 'next/server';
import { getLiveness } from '@/lib/http/health';

export async function GET() {
  await connection();
  return NextResponse.json(getLiveness(), { headers: { 'Cache-Control': 'no-store' } });
}
