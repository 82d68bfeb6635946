import type { Role } from '@/lib/generated/prisma/enums';

/** `labelKey`: a key of the `nav` messages, or a feature's own full key (`<namespace>.<key>`, with a dot). */
export type TNavItem = { href: string; labelKey: string };

// Each role's own navigation; every target page still checks its permission itself.
export const NAVIGATION = {
  OFFICER: [
    { href: '/inbox', labelKey: 'inbox' },
    { href: '/caseload', labelKey: 'caseload' },
    { href: '/agenda', labelKey: 'agenda' },
    { href: '/warnings', labelKey: 'warnings' },
    { href: '/risk', labelKey: 'riskOversight.nav' },
  ],
  POLICE: [
    { href: '/persons', labelKey: 'persons' },
    { href: '/expiring', labelKey: 'expiring' },
    { href: '/petitions', labelKey: 'petitions' },
    { href: '/warnings', labelKey: 'warnings' },
    { href: '/public-order', labelKey: 'publicOrderRecord.nav' },
    { href: '/persons/new', labelKey: 'registerPerson' },
  ],
  CLERK: [
    { href: '/petitions', labelKey: 'courtQueue' },
    { href: '/persons', labelKey: 'courtPersons' },
  ],
  SUPERVISOR: [
    { href: '/dashboard', labelKey: 'dashboard' },
    { href: '/persons', labelKey: 'persons' },
    { href: '/caseload', labelKey: 'caseloads' },
    { href: '/persons/review', labelKey: 'importReview.nav' },
    { href: '/expiring', labelKey: 'expiring' },
    { href: '/petitions', labelKey: 'petitions' },
    { href: '/risk', labelKey: 'riskOversight.nav' },
    { href: '/warnings', labelKey: 'warnings' },
    // No "Public order" link: eleven links do not fit one line at 1280 px in Kazakh; supervisors
    // reach the region's public-order records from the dashboard's public-order section.
    { href: '/persons/new', labelKey: 'registerPerson' },
    { href: '/audit', labelKey: 'audit' },
  ],
  ADMIN: [
    { href: '/admin/users', labelKey: 'users' },
    { href: '/admin/reference', labelKey: 'reference' },
    { href: '/admin/risk-instruments', labelKey: 'riskInstruments.heading' },
    { href: '/admin/import', labelKey: 'import' },
    { href: '/audit', labelKey: 'audit' },
  ],
} as const satisfies Record<Role, readonly TNavItem[]>;

export function homeFor(role: Role): string {
  return NAVIGATION[role][0].href;
}
