import type { TPermission } from './permissions';

// Every page and route of the app, with what it requires, in one place the permission matrix
// enumerates (tests/integration/permission-matrix.test.ts). The test walks app/**/page.tsx and
// app/**/route.ts and fails when one is missing here, when a page's requirePageActor(...) names
// something else, or when a signed-in route is not built with defineRoute.
// docs/decisions/007-audit-scope-and-routes.md

/** A page any signed-in user may open (its content is scoped by the queries). */
export const SIGNED_IN = 'signed-in' as const;

export type TPageGuard = TPermission | typeof SIGNED_IN;

/** Signed-in pages by route (route groups left out), with the argument their requirePageActor takes. */
export const PAGE_GUARDS = {
  '/': SIGNED_IN,
  '/account': 'account.manage',
  '/admin/import': 'registry.import',
  '/admin/reference': 'reference.manage',
  '/admin/risk-instruments': 'reference.manage',
  '/admin/risk-instruments/[id]': 'reference.manage',
  '/admin/risk-instruments/[id]/new-version': 'reference.manage',
  '/admin/users': 'user.manage',
  '/admin/users/[id]': 'user.manage',
  '/admin/users/new': 'user.manage',
  '/agenda': 'checkin.record',
  '/agenda/appointments/[id]': 'checkin.record',
  '/agenda/settings': 'checkin.record',
  '/audit': 'audit.read',
  '/caseload': 'caseload.read',
  '/caseload/reassign': 'caseload.reassign',
  '/dashboard': 'dashboard.read',
  '/dashboard/check-ins': 'dashboard.read',
  '/dashboard/violations': 'dashboard.read',
  '/expiring': 'worklist.expiry',
  '/inbox': 'checkin.record',
  '/notifications': 'account.manage',
  '/persons': 'person.read',
  '/persons/[id]': 'person.read',
  '/persons/[id]/check-ins/new': 'checkin.record',
  '/persons/[id]/orders/new': 'order.create',
  '/persons/[id]/timeline': 'person.read',
  '/persons/[id]/violations/new': 'violation.record',
  '/persons/[id]/risk/new': 'risk.assess',
  '/persons/new': 'person.register',
  '/persons/review': 'person.review',
  '/petitions': 'petition.read',
  '/petitions/[id]': 'petition.read',
  '/public-order': 'publicOrder.read',
  '/public-order/[id]': 'publicOrder.read',
  '/public-order/new': 'publicOrder.record',
  '/risk': 'risk.read',
  '/risk/[id]': 'risk.read',
  '/warnings': 'worklist.warnings',
} as const satisfies Record<string, TPageGuard>;

/** Pages without sign-in, and why. */
export const PUBLIC_PAGES = {
  '/login': 'sign-in form',
  '/login/second-factor': 'second step of sign-in (a pending session only, lib/account/second-factor.ts)',
  '/activate/[token]': 'choose a password through a one-time activation link',
  '/registry': 'public registry (allow-listed fields, rate-limited)',
  '/registry/rules': 'public registry rules',
} as const;

/**
 * Routes outside defineRoute, and why: the public registry's (no sign-in; its own rate limit)
 * and infrastructure. Every other route.ts must export a GET built with defineRoute.
 */
export const PUBLIC_ROUTES = {
  '/registry/export': 'public registry export (allow-listed fields, rate-limited)',
  '/registry/photo/[photoId]': 'public registry photo (published persons only)',
  '/api/auth/[...nextauth]': 'next-auth sign-in and sign-out endpoints',
  '/api/health': 'health check: database kind, migration count, version, build id (no data)',
  '/api/health/live': 'liveness probe: the process answers (no database, no data)',
  '/api/health/ready': 'readiness probe: database, migrations, job runner as states (no error text)',
  '/api/bench/queries': 'benchmark counter (not found unless NADZOR_BENCH=1)',
} as const;

/**
 * Files of public/ served to anyone, and why (proxy.ts lets exactly these through without a
 * session; tests/unit/public-surface.test.ts holds this list to the folder).
 */
export const PUBLIC_FILES = {
  '/robots.txt': 'what crawlers may fetch (docs/registry.md, "Search engines")',
  '/favicon.ico': 'site icon',
  '/icon.svg': 'site icon',
  '/apple-touch-icon.png': 'site icon for home screens',
} as const;
