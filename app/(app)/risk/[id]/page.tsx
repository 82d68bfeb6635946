import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { hasPermission } from '@/lib/auth/permissions';
import type { TLocale } from '@/lib/i18n/config';
import { mergeNamespaces } from '@/lib/i18n/client-messages';
import { loadAssessmentPage } from '@/lib/risk/read';
import { ClientMessages } from '@/components/layout/client-messages';
import { ASSESSMENT_FORM_MESSAGES, CORRECT_PANEL_MESSAGES, COUNTERSIGN_PANEL_MESSAGES } from '@/components/risk/messages';
import { AssessmentHeader } from '@/components/risk/sections/assessment-header';
import { AssessmentResult } from '@/components/risk/sections/assessment-result';
import { AssessmentForm } from '@/components/risk/assessment-form';
import { CountersignPanel } from '@/components/risk/countersign-panel';
import { CorrectPanel } from '@/components/risk/correct-panel';

// What the client components on this page read (docs/conventions.md, "Client messages").
const clientMessages = mergeNamespaces(ASSESSMENT_FORM_MESSAGES, COUNTERSIGN_PANEL_MESSAGES, CORRECT_PANEL_MESSAGES);

export default async function RiskAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, meta } = await requirePageActor('risk.read');
  const { id } = await params;
  const locale = (await getLocale()) as TLocale;
  const tPrefill = await getTranslations('riskPrefill');
  const t = await getTranslations('riskWorkflow');
  const page = await loadAssessmentPage({ actor, meta, assessmentId: id, locale, sourceText: (key, values) => tPrefill(key as never, values as never) });
  if (!page) notFound();
  const { assessment: a, items, bands, factors, caveat, isCurrent } = page;
  const editing = (a.status === 'DRAFT' || a.status === 'RETURNED') && hasPermission(actor.role, 'risk.assess');
  const band = bands.find((b) => b.code === a.bandCode);

  return (
    <ClientMessages namespaces={clientMessages}>
      <article className="flex flex-col gap-4">
        <AssessmentHeader assessment={a} locale={locale} />
        {editing ? (
          <AssessmentForm assessmentId={a.id} version={a.version} items={items} bands={bands} factors={factors} summary={a.summary ?? ''} />
        ) : (
          <AssessmentResult assessment={a} items={items} bands={bands} factors={factors} caveat={caveat} />
        )}
        {a.status === 'SUBMITTED' && hasPermission(actor.role, 'risk.countersign') && (
          <CountersignPanel assessmentId={a.id} version={a.version} score={a.score ?? 0} band={band?.label ?? a.bandCode ?? ''} />
        )}
        {a.status === 'COUNTERSIGNED' && isCurrent && !a.correctedBy && hasPermission(actor.role, 'risk.assess') && (
          <CorrectPanel assessmentId={a.id} version={a.version} />
        )}
        <Link href={`/persons/${a.person.id}`} className="link self-start">
          {t('backToPerson')}
        </Link>
      </article>
    </ClientMessages>
  );
}
