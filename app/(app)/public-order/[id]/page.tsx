import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/auth/guard-page';
import { viewPublicOrderPerson } from '@/lib/public-order/read';
import { ClientMessages } from '@/components/layout/client-messages';
import { PublicOrderDetailsSection } from '@/components/public-order/record/public-order-details-section';
import { PUBLIC_ORDER_EDIT_FORM_MESSAGES } from '@/components/public-order/record/messages';

export default async function PublicOrderPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await requirePageActor('publicOrder.read');
  const { id } = await params;
  const record = await viewPublicOrderPerson({ actor, meta, id });
  if (!record) notFound();
  return (
    <ClientMessages namespaces={PUBLIC_ORDER_EDIT_FORM_MESSAGES}>
      <article className="flex flex-col gap-6">
        <PublicOrderDetailsSection actor={actor} record={record} />
        {/* Incidents and warnings of this record (INCIDENTS / WARNINGS parts) are mounted here. */}
      </article>
    </ClientMessages>
  );
}
