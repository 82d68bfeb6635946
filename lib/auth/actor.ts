import type { Role } from '@/lib/generated/prisma/enums';

/** The signed-in user as re-read from the database for this request. */
export type TActor = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  districtId: string | null;
  courtId: string | null;
  regionId: string | null;
  sessionId: string;
};

/** Who/where of the current request, for the audit trail. */
export type TRequestMeta = { ip: string | null; requestId: string | null };
