import 'server-only';
import { db } from '@/lib/db/client';
import type { TActor, TRequestMeta } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { getComplianceFigures } from '@/lib/compliance/compliance';
import { loadFormOptions } from '@/lib/reference/options';
import { loadPersonEscalation } from '@/lib/escalation/queries';
import { viewPerson } from './view-person';

/**
 * Everything the person page shows, read through the domain code so the page holds no queries:
 * the audited record (viewPerson), its compliance figures and, for those who may edit, the form
 * options, and the officers' flag, proposals and found addresses (lib/escalation). Null when the person is out of scope or does not exist (the view is audited either way).
 */
export async function loadPersonPage({ actor, meta, personId, locale }: { actor: TActor; meta: TRequestMeta; personId: string; locale: string }) {
  const person = await viewPerson({ db, actor, meta, personId });
  if (!person) return null;
  const canEdit = hasPermission(actor.role, 'person.update');
  // Officers record found addresses, police confirm them: both need the district labels.
  const needsOptions = canEdit || hasPermission(actor.role, 'address.report');
  const [options, figures, escalation] = await Promise.all([
    needsOptions ? loadFormOptions({ db, actor, locale }) : Promise.resolve(null),
    getComplianceFigures({ db, personIds: [person.id] }),
    loadPersonEscalation({ db, actor, personId: person.id }),
  ]);
  return {
    person,
    options: canEdit ? options : null,
    districts: options?.districts ?? null,
    escalation,
    figures: figures.get(person.id)!,
    activeOrder: person.orders.find((o) => o.status === 'ACTIVE') ?? null,
  };
}

export type TPersonPageData = NonNullable<Awaited<ReturnType<typeof loadPersonPage>>>;
