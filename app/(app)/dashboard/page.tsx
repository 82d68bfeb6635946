import { subDays } from 'date-fns';
import { formatDateTime } from '@/lib/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { getDashboard } from '@/lib/oversight/figures';
import { filterParams } from '@/lib/oversight/filters';
import { getDashboardScope } from '@/lib/oversight/dashboard-scope';
import { localName } from '@/lib/i18n/config';
import { DifferingDecisions } from '@/components/petitions/differing-decisions';
import { FiltersForm } from '@/components/dashboard/sections/filters-form';
import { NeedsAction } from '@/components/dashboard/sections/needs-action';
import { TotalsAndEnding } from '@/components/dashboard/sections/totals-ending';
import { CheckInsSection } from '@/components/dashboard/sections/check-ins-section';
import { ViolationsSection } from '@/components/dashboard/sections/violations-section';
import { PetitionsAndCaseloads } from '@/components/dashboard/sections/petitions-caseloads';
import { RegistrySection } from '@/components/dashboard/sections/registry-section';
import { RiskOversightSection } from '@/components/dashboard/sections/risk-section';
import { PublicOrderFiguresSection } from '@/components/dashboard/sections/public-order-section';

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('dashboard.read');
  const t = await getTranslations('dashboard');
  const locale = await getLocale();
  const scope = await getDashboardScope({ actor, searchParams: await searchParams });
  const { filter, region } = scope;
  const dash = await getDashboard({ actor, filter, now: new Date() });
  const params = filterParams(filter);
  const lastMonth = subDays(dash.range.end, 1).toISOString().slice(0, 7);
  const firstMonth = dash.range.start.toISOString().slice(0, 7);
  const rollupNote = dash.rolledUpAt ? t('rollupNote', { at: formatDateTime(dash.rolledUpAt, locale) }) : t('rollupNoteNone');

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading', { region: region ? localName(region, locale) : '—' })}</h1>
      <FiltersForm scope={scope} firstMonth={firstMonth} lastMonth={lastMonth} defaultPeriod={dash.defaultPeriod} />
      <NeedsAction needs={dash.needsAction} scope={params} />
      <TotalsAndEnding dash={dash} scope={params} />
      <CheckInsSection dash={dash} scope={params} rollupNote={rollupNote} />
      <ViolationsSection dash={dash} scope={params} rollupNote={rollupNote} />
      <PetitionsAndCaseloads dash={dash} scope={params} filter={filter} />
      <RiskOversightSection actor={actor} filter={filter} scope={params} />
      <DifferingDecisions actor={actor} filter={filter} />
      <RegistrySection registry={dash.registry} />
      <PublicOrderFiguresSection actor={actor} filter={filter} range={dash.range} />
    </div>
  );
}
