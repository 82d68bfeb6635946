import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { loadPersonPage } from '@/lib/persons/person-page';
import { WarningsSection } from '@/components/warnings/warnings-section';
import { RegistryStatus } from '@/components/registry/registry-status';
import { ClientMessages } from '@/components/layout/client-messages';
import { PersonHeader } from '@/components/persons/sections/person-header';
import { ComplianceSection } from '@/components/persons/sections/compliance-section';
import { OrdersSection } from '@/components/persons/sections/orders-section';
import { PetitionsSection } from '@/components/persons/sections/petitions-section';
import { ConvictionsSection } from '@/components/persons/sections/convictions-section';
import { AddressesSection } from '@/components/persons/sections/addresses-section';
import { PetitionFlagSection } from '@/components/persons/sections/petition-flag-section';
import { EscalationProposalsSection } from '@/components/persons/sections/escalation-proposals-section';
import { AddressChangesSection } from '@/components/persons/sections/address-changes-section';
import { RiskSection } from '@/components/persons/sections/risk-section';
import { IncidentsSection } from '@/components/public-order/incidents-section';
import { PublicOrderWarningsSection } from '@/components/public-order/warnings-section';
import { PERSON_PAGE_MESSAGES } from '@/components/persons/sections/messages';

export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await requirePageActor('person.read');
  const { id } = await params;
  const data = await loadPersonPage({ actor, meta, personId: id, locale: await getLocale() });
  if (!data) notFound();
  const { person, options, districts, figures, activeOrder, escalation } = data;

  return (
    <ClientMessages namespaces={PERSON_PAGE_MESSAGES}>
      <article className="flex flex-col gap-6">
        <PersonHeader person={person} />
        <ComplianceSection actor={actor} personId={person.id} figures={figures} />
        <PetitionFlagSection actor={actor} personId={person.id} flag={escalation.openFlag} />
        <OrdersSection actor={actor} person={person} activeOrder={activeOrder} />
        <PetitionsSection person={person} />
        <RiskSection actor={actor} personId={person.id} />
        <EscalationProposalsSection actor={actor} personId={person.id} violations={escalation.violations} />
        <WarningsSection actor={actor} person={person} hasActiveOrder={!!activeOrder} />
        {/* Public-order incidents and warnings on a supervised person's record (police and supervisors; decision 030). */}
        <IncidentsSection subject={{ kind: 'person', id: person.id }} />
        <PublicOrderWarningsSection subject={{ kind: 'person', id: person.id }} />
        <RegistryStatus actor={actor} person={person} />
        <ConvictionsSection person={person} options={options} />
        <AddressesSection person={person} districts={options?.districts ?? null} />
        <AddressChangesSection actor={actor} personId={person.id} districtId={person.districtId} changes={escalation.addressChanges} districts={districts} />
      </article>
    </ClientMessages>
  );
}
