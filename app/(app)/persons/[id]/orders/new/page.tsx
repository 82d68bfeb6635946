import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findPersonForOrder } from '@/lib/persons/form-subjects';
import { loadFormOptions } from '@/lib/reference/options';
import { toDateInput } from '@/lib/validation/fields';
import { CreateOrderForm } from '@/components/persons/create-order-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { CREATE_ORDER_FORM_MESSAGES } from '@/components/persons/messages';
import { personName } from '@/lib/persons/person-name';

export default async function NewOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await requirePageActor('order.create');
  const { id } = await params;
  const person = await findPersonForOrder({ actor, personId: id });
  if (!person) notFound();
  const t = await getTranslations('orderForm');
  const options = await loadFormOptions({ actor, locale: await getLocale() });
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
