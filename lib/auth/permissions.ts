import type { Role } from '@/lib/generated/prisma/enums';

// The permission vocabulary. Every page and server action names one of these; roles map to
// them here and nowhere else. Scope (which records) is decided in lib/persons/scope.ts.
export const PERMISSIONS = [
  'person.read',
  'person.register',
  'person.update',
  'conviction.create',
  'order.create',
  'restriction.create',
  'audit.read',
  'user.manage',
  'reference.manage',
  'caseload.read',
  'checkin.record',
  'violation.record',
  'violation.escalate',
  'violation.dismiss',
  'worklist.expiry',
  'petition.read',
  'petition.draft',
  'petition.endorse',
  'petition.file',
  'petition.decide',
  'announcement.record',
  'dashboard.read',
  'caseload.reassign',
  'warning.issue',
  'warning.record',
  'worklist.warnings',
  'registry.withhold',
  'registry.import',
  'person.review',
  // One's own password (the /account page): every role.
  'account.manage',
  // Officers' part in escalation (docs/decisions/018-officer-escalation.md).
  'petition.flag',
  'violation.propose',
  'address.report',
  // Risk assessment (docs/decisions/023-risk-assessment.md). Police and clerks read an assessment
  // only as the petition carries it; instruments are reference data (reference.manage).
  'risk.read',
  'risk.assess',
  'risk.countersign',
  'risk.export',
  // Public-order records of persons outside supervision (docs/decisions/030-public-order-warnings.md):
  // police of the district record them, supervisors of the region read them.
  'publicOrder.read',
  'publicOrder.record',
] as const;

export type TPermission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS = {
  OFFICER: [
    'account.manage',
    'person.read',
    'caseload.read',
    'checkin.record',
    'violation.record',
    'warning.issue',
    'warning.record',
    'worklist.warnings',
    'petition.flag',
    'violation.propose',
    'address.report',
    'risk.read',
    'risk.assess',
  ],
  POLICE: [
    'account.manage',
    'person.read',
    'person.register',
    'person.update',
    'conviction.create',
    'order.create',
    'restriction.create',
    'violation.record',
    'violation.escalate',
    'worklist.expiry',
    'petition.read',
    'petition.draft',
    'petition.file',
    'announcement.record',
    'warning.issue',
    'warning.record',
    'worklist.warnings',
    'publicOrder.read',
    'publicOrder.record',
  ],
  CLERK: ['account.manage', 'person.read', 'petition.read', 'petition.decide'],
  SUPERVISOR: [
    'account.manage',
    'person.read',
    'person.register',
    'person.update',
    'conviction.create',
    'order.create',
    'restriction.create',
    'audit.read',
    'caseload.read',
    'violation.dismiss',
    'worklist.expiry',
    'petition.read',
    'petition.endorse',
    'dashboard.read',
    'caseload.reassign',
    'worklist.warnings',
    'registry.withhold',
    // Imported persons: review, assign an officer, publish (lib/review/).
    'person.review',
    'risk.read',
    'risk.countersign',
    'risk.export',
    'publicOrder.read',
  ],
  // Administrators run the system, not cases: no person records (issue 2, item 7).
  // Importing an existing registry is a one-off data migration, run by administrators.
  ADMIN: ['account.manage', 'user.manage', 'reference.manage', 'audit.read', 'registry.import'],
} as const satisfies Record<Role, readonly TPermission[]>;

/** Pure check, for hiding UI. Never a security boundary on its own: see requirePermission. */
export function hasPermission(role: Role | undefined | null, permission: TPermission): boolean {
  if (!role) return false;
  return (ROLE_PERMISSIONS[role] as readonly TPermission[]).includes(permission);
}
