import type { PetitionStatus, Role } from '@/lib/generated/prisma/enums';
import { hasPermission, type TPermission } from '@/lib/auth/permissions';

// The petition state machine (issue 4): draft → endorsed → filed → (hearing set) → granted or
// denied; withdrawn from draft, endorsed or filed; returned from endorsed to draft. The server
// refuses every other move whatever the client sends.
export const PETITION_TRANSITIONS: Record<PetitionStatus, Partial<Record<PetitionStatus, TPermission>>> = {
  DRAFT: { ENDORSED: 'petition.endorse', WITHDRAWN: 'petition.draft' },
  ENDORSED: { FILED: 'petition.file', DRAFT: 'petition.endorse', WITHDRAWN: 'petition.draft' },
  FILED: { HEARING_SET: 'petition.decide', GRANTED: 'petition.decide', DENIED: 'petition.decide', WITHDRAWN: 'petition.draft' },
  HEARING_SET: { GRANTED: 'petition.decide', DENIED: 'petition.decide' },
  GRANTED: {},
  DENIED: {},
  WITHDRAWN: {},
};

export function canMovePetition(role: Role, from: PetitionStatus, to: PetitionStatus): 'ok' | 'illegal' | 'forbidden' {
  const permission = PETITION_TRANSITIONS[from][to];
  if (!permission) return 'illegal';
  return hasPermission(role, permission) ? 'ok' : 'forbidden';
}
