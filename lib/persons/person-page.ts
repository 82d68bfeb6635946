import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { getComplianceFigures } from '@/lib/compliance/compliance';
import { loadFormOptions } from '@/lib/reference/options';
import { viewPerson } from './view-person';

/**
 * Everything the person page shows, read through the domain code so the page holds no queries:
 * the audited record (viewPerson), its compliance figures and, for those who may edit, the form
 * options. Null when the person is out of scope or does not exist (the view is audited either way).
 */
export async function loadPersonPage({ actor, meta, personId, locale }: { actor: TActor; meta: TRequestMeta; personId: string; locale: string }) {
  const person = await viewPerson({ db, actor, meta, personId });
  if (!person) return null;
  const canEdit = hasPermission(actor.role, 'person.update');
  const [options, figures] = await Promise.all([
    canEdit ? loadFormOptions({ db, actor, locale }) : Promise.resolve(null),
    getComplianceFigures({ db, personIds: [person.id] }),
  ]);
  return {
    person,
    options,
    figures: figures.get(person.id)!,
    activeOrder: person.orders.find((o) => o.status === 'ACTIVE') ?? null,
  };
}

export type TPersonPageData = NonNullable<Awaited<ReturnType<typeof loadPersonPage>>>;
