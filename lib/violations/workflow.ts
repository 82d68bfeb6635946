import type { Role, ViolationStatus } from '@/lib/generated/prisma/enums';
import { hasPermission, type TPermission } from '@/lib/auth/permissions';

// The escalation state machine (DOMAIN.md "Violations"): recorded → administrative protocol →
// criminal referral, or dismissed with a reason. The server refuses every other move whatever
// the client sends; who may make each move comes from the permission module.
export const TRANSITIONS: Record<ViolationStatus, Partial<Record<ViolationStatus, TPermission>>> = {
  RECORDED: { ADMIN_PROTOCOL: 'violation.escalate', CRIMINAL_REFERRAL: 'violation.escalate', DISMISSED: 'violation.dismiss' },
  ADMIN_PROTOCOL: { CRIMINAL_REFERRAL: 'violation.escalate' },
  CRIMINAL_REFERRAL: {},
  DISMISSED: {},
};

export function canMove(role: Role, from: ViolationStatus, to: ViolationStatus): 'ok' | 'illegal' | 'forbidden' {
  const permission = TRANSITIONS[from][to];
  if (!permission) return 'illegal';
  return hasPermission(role, permission) ? 'ok' : 'forbidden';
}

/** After this many administrative penalties within 12 months the next breach suggests a referral. */
export const DEFAULT_PENALTIES_BEFORE_REFERRAL = 2;
