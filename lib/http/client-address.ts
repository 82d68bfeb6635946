import ipaddr from 'ipaddr.js';

/**
 * The client's address, decided once per request by our own HTTP server
 * (prisma/tools/app-server.ts) from the TCP peer and the configured proxy chain, never from what
 * the client wrote. Next's own server copies a client's X-Forwarded-For through untouched, so
 * nothing in that header can be trusted unless it was appended by a proxy we trust
 * (docs/decisions/005-client-address-and-rate-limits.md).
 */

type TRange = [ipaddr.IPv4 | ipaddr.IPv6, number];
export type TTrustedProxies = readonly TRange[];

/** A textual address as written by a peer or a proxy (maybe with a port or brackets), canonical, or null. */
export function normaliseAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (value.length === 0 || value.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  // Zone ids (fe80::1%eth0) name an interface of the proxy, not a client.
  value = value.replace(/%.*$/, '');
  if (!ipaddr.isValid(value)) return null;
  // ipaddr.process turns an IPv4-mapped IPv6 address (::ffff:1.2.3.4) into the IPv4 one.
  return ipaddr.process(value).toString();
}

/** NADZOR_TRUSTED_PROXIES: a comma list of addresses and CIDR ranges (IPv4 or IPv6). Throws on a bad entry. */
export function parseTrustedProxies(spec: string | null | undefined): TTrustedProxies {
  const ranges: TRange[] = [];
  for (const entry of (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (entry.includes('/')) {
      const [address, prefix] = ipaddr.parseCIDR(entry);
      ranges.push(normaliseRange(address, prefix));
    } else if (ipaddr.isValid(entry)) {
      const address = ipaddr.process(entry);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else {
      throw new Error(`NADZOR_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    }
  }
  return ranges;
}

// A range written as ::ffff:10.0.0.0/104 is the IPv4 range 10.0.0.0/8.
function normaliseRange(address: ipaddr.IPv4 | ipaddr.IPv6, prefix: number): TRange {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && prefix >= 96) {
    return [(address as ipaddr.IPv6).toIPv4Address(), prefix - 96];
  }
  return [address, prefix];
}

export function isTrusted(address: string, trusted: TTrustedProxies): boolean {
  const parsed = ipaddr.process(address);
  return trusted.some(([range, prefix]) => range.kind() === parsed.kind() && parsed.match(range, prefix));
}

export function isLoopback(address: string | null): boolean {
  return !!address && ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback';
}

/**
 * The client address: the TCP peer, unless the peer is a trusted proxy; then X-Forwarded-For is
 * walked from the right (each trusted proxy appends the address it saw), skipping trusted
 * entries, and the right-most untrusted entry is the client. Entries further left were written by
 * the client and are ignored. Null when a trusted proxy passed on something that is not an address.
 */
export function resolveClientAddress({
  peer,
  forwardedFor,
  trusted,
}: {
  peer: string | null | undefined;
  forwardedFor: string | null | undefined;
  trusted: TTrustedProxies;
}): string | null {
  let address = normaliseAddress(peer);
  if (!address || !isTrusted(address, trusted)) return address;
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = normaliseAddress(entries[i]);
    if (!entry) return null;
    address = entry;
    if (!isTrusted(entry, trusted)) return entry;
  }
  // Every hop was a trusted proxy: the request came from the left-most of them.
  return address;
}

// ─── handing the address from our server to the app ───

/** Set by our server on every request after removing whatever the client sent under these names. */
export const CLIENT_ADDRESS_HEADER = 'x-nadzor-client-address';
export const CLIENT_ADDRESS_TOKEN_HEADER = 'x-nadzor-client-token';
const TOKEN_KEY = Symbol.for('nadzor.clientAddressToken');

type TGlobal = { [TOKEN_KEY]?: string };

/** Called once by our server: a random token for this process, which the reader requires. */
export function installClientAddressToken(token: string) {
  (globalThis as TGlobal)[TOKEN_KEY] = token;
}

type THeaderSource = Headers | Record<string, unknown> | null | undefined;

function headerValue(headers: THeaderSource, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/**
 * The client address our server decided for this request, or null (unknown) when the app is not
 * running behind it (plain `next start`): then the header could have come from the client.
 */
export function clientAddressFrom(headers: THeaderSource): string | null {
  const token = (globalThis as TGlobal)[TOKEN_KEY];
  if (!token || headerValue(headers, CLIENT_ADDRESS_TOKEN_HEADER) !== token) return null;
  return normaliseAddress(headerValue(headers, CLIENT_ADDRESS_HEADER));
}

/**
 * Whether this request came through our server (prisma/tools/app-server.ts), which removes what
 * an untrusted peer sent under the names it vouches for (e.g. X-Request-Id, lib/http/request-id.ts).
 */
export function cameThroughOurServer(headers: THeaderSource): boolean {
  const token = (globalThis as TGlobal)[TOKEN_KEY];
  return !!token && headerValue(headers, CLIENT_ADDRESS_TOKEN_HEADER) === token;
}
