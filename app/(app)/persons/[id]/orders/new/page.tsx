import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { db } from '@/lib/db/client';
import { personScope } from '@/lib/persons/scope';
import { loadFormOptions } from '@/lib/reference/options';
import { toDateInput } from '@/lib/validation/fields';
import { CreateOrderForm } from '@/components/persons/create-order-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { CREATE_ORDER_FORM_MESSAGES } from '@/components/persons/messages';
import { personName } from '@/lib/persons/person-name';

export default async function NewOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requirePageActor('order.create');
  const { id } = await params;
  const person = await db.person.findFirst({
    where: { AND: [{ id }, personScope(actor)] },
    select: { id: true, lastName: true, firstName: true, convictions: { orderBy: { sentenceEnd: 'desc' }, take: 1, select: { sentenceEnd: true } } },
  });
  if (!person) notFound();
  const t = await getTranslations('orderForm');
  const options = await loadFormOptions({ db, actor, locale: await getLocale() });
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading', { name: personName(person, { style: 'short' }) })}</h1>
      <ClientMessages namespaces={CREATE_ORDER_FORM_MESSAGES}>
        <CreateOrderForm
          personId={person.id}
          defaultStart={toDateInput(person.convictions[0]?.sentenceEnd)}
          legalBases={options.legalBases}
          courts={options.courts}
        />
      </ClientMessages>
    </section>
  );
}
