import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/guard-page';
import { viewPublicOrderPerson } from '@/lib/public-order/read';
import { ClientMessages } from '@/components/layout/client-messages';
import { PublicOrderDetailsSection } from '@/components/public-order/record/public-order-details-section';
import { PUBLIC_ORDER_EDIT_FORM_MESSAGES } from '@/components/public-order/record/messages';
import { IncidentsSection } from '@/components/public-order/incidents-section';
import { PublicOrderWarningsSection } from '@/components/public-order/warnings-section';
import { INCIDENTS_SECTION_MESSAGES, PUBLIC_ORDER_WARNINGS_SECTION_MESSAGES } from '@/components/public-order/messages';
import { mergeNamespaces } from '@/lib/i18n/client-messages';

const MESSAGES = mergeNamespaces(PUBLIC_ORDER_EDIT_FORM_MESSAGES, INCIDENTS_SECTION_MESSAGES, PUBLIC_ORDER_WARNINGS_SECTION_MESSAGES);

export default async function PublicOrderPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await requirePageActor('publicOrder.read');
  const { id } = await params;
  const record = await viewPublicOrderPerson({ actor, meta, id });
  if (!record) notFound();
  return (
    <ClientMessages namespaces={MESSAGES}>
      <article className="flex flex-col gap-6">
        <PublicOrderDetailsSection actor={actor} record={record} />
        <IncidentsSection subject={{ kind: 'publicOrder', id: record.id }} />
        <PublicOrderWarningsSection subject={{ kind: 'publicOrder', id: record.id }} />
      </article>
    </ClientMessages>
  );
}
