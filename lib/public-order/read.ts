import 'server-only';
import { db as appDb, type Db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit/write-audit';
import { publicOrderScope } from './scope';

/**
 * One public-order record for its page, the view audited in the same transaction (as
 * lib/persons/view-person.ts): if the audit cannot be written, nothing is shown. Out of scope (or
 * no such record) is null, audited as a denial.
 */
export async function viewPublicOrderPerson({ db = appDb, actor, meta, id }: { db?: Db; actor: TActor; meta: TRequestMeta; id: string }) {
  return db.$transaction(async (tx) => {
    const record = await tx.publicOrderPerson.findFirst({
      where: { AND: [{ id }, publicOrderScope(actor)] },
      select: {
        id: true,
        iin: true,
        lastName: true,
        firstName: true,
        middleName: true,
        birthDate: true,
        sex: true,
        locality: true,
        street: true,
        building: true,
        apartment: true,
        lastIncidentOn: true,
        createdAt: true,
        version: true,
        district: { select: { nameEn: true, nameRu: true, nameKk: true } },
        createdBy: { select: { fullName: true } },
      },
    });
    await writeAudit(tx, {
      actor,
      action: 'publicOrder.view',
      targetType: 'PublicOrderPerson',
      targetId: id,
      outcome: record ? 'SUCCESS' : 'DENIED',
      ip: meta.ip,
      requestId: meta.requestId,
    });
    return record;
  });
}

export type TPublicOrderPersonView = NonNullable<Awaited<ReturnType<typeof viewPublicOrderPerson>>>;
