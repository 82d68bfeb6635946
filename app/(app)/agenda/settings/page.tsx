import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { workingHoursForm } from '@/lib/agenda/queries';
import { ClientMessages } from '@/components/layout/client-messages';
import { WorkingHoursForm } from '@/components/agenda/working-hours-form';
import { WORKING_HOURS_FORM_MESSAGES } from '@/components/agenda/messages';

/** The officer's own working hours: the free slots of their agenda. */
export default async function AgendaSettingsPage() {
  const { actor } = await requirePageActor('checkin.record');
  const t = await getTranslations('agendaSettings');
  const initial = await workingHoursForm(actor);
  return (
    <ClientMessages namespaces={WORKING_HOURS_FORM_MESSAGES}>
      <section className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
        {initial.version === 0 && <p className="text-sm text-slate-600">{t('default')}</p>}
        <WorkingHoursForm initial={initial} />
        <Link href="/agenda" className="link text-sm">
          {t('back')}
        </Link>
      </section>
    </ClientMessages>
  );
}
