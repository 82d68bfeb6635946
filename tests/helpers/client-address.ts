import { randomBytes } from 'node:crypto';
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_TOKEN_HEADER, installClientAddressToken } from '@/lib/http/client-address';
import { createRandom } from '@/prisma/seed/random';

// What prisma/tools/app-server.ts does for every request, for route handlers called directly:
// a per-process token and the address headers that carry it.
const token = randomBytes(16).toString('hex');
installClientAddressToken(token);

/** The headers our server would set for a client at `address`. */
export function clientHeaders(address: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, [CLIENT_ADDRESS_HEADER]: address, [CLIENT_ADDRESS_TOKEN_HEADER]: token };
}

/**
 * Distinct client addresses for one test file (documentation range 2001:db8::/32, so files sharing
 * the database do not collide). The seed is logged; TEST_ADDRESS_SEED replays it.
 */
export function testAddresses(label: string) {
  const seed = Number(process.env.TEST_ADDRESS_SEED ?? randomBytes(4).readUInt32LE(0));
  console.log(`[${label}] client address seed ${seed} (TEST_ADDRESS_SEED=${seed} replays it)`);
  const random = createRandom(seed);
  const hex = () => random.int(0, 0xffff).toString(16);
  const prefix = `2001:db8:${hex()}:${hex()}:${hex()}`;
  let n = 0;
  return () => `${prefix}::${(++n).toString(16)}`;
}
