import type { Metadata } from 'next';

// What search engines may do with each response (docs/registry.md, "Search engines"). The law asks
// for the registry to be published, not copied: a search engine's index, cache or image search
// would keep showing a person after they drop out of the registry. So every response about persons
// (the registry's search pages, its CSV export and its photos) forbids indexing and copies; the
// rules page may be indexed so the public can find the registry; the back office forbids both.
// proxy.ts sets the header; the registry page also carries the meta tag; public/robots.txt.

/** On every response that shows persons: no index, no following, no cache, snippet or image search. */
export const PERSON_DATA_ROBOTS = 'noindex, nofollow, noarchive, nosnippet, noimageindex';
/** On the back office (sign-in, staff pages, APIs): nothing for search engines. */
export const BACK_OFFICE_ROBOTS = 'noindex, nofollow';

/** Paths search engines may index: the registry's rules, robots.txt and the icons. */
const INDEXABLE = new Set(['/registry/rules', '/robots.txt', '/favicon.ico', '/icon.svg', '/apple-touch-icon.png']);

/** The X-Robots-Tag for a path, or null where indexing is allowed. */
export function robotsTagFor(pathname: string): string | null {
  if (INDEXABLE.has(pathname)) return null;
  if (pathname === '/registry' || pathname.startsWith('/registry/')) return PERSON_DATA_ROBOTS;
  return BACK_OFFICE_ROBOTS;
}

/** The same policy as a meta tag, for the registry's search page (app/registry/page.tsx). */
export const PERSON_DATA_ROBOTS_METADATA: Metadata['robots'] = { index: false, follow: false, noarchive: true, nosnippet: true, noimageindex: true };
