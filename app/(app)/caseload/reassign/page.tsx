import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { findRegionOfficers } from '@/lib/caseload/find-caseload';
import { findReassignable } from '@/lib/caseload/reassign';
import { localName } from '@/lib/i18n/config';
import { ReassignForm } from '@/components/caseload/reassign-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { REASSIGN_FORM_MESSAGES } from '@/components/caseload/messages';
import { personName } from '@/lib/persons/person-name';

export default async function ReassignPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor } = await requirePageActor('caseload.reassign');
  const t = await getTranslations('reassign');
  const locale = await getLocale();
  const officers = await findRegionOfficers({ actor });
  const fromParam = (await searchParams).from;
  const from = typeof fromParam === 'string' && (fromParam === 'unassigned' || officers.some((o) => o.id === fromParam)) ? fromParam : null;
  const persons = from ? await findReassignable({ actor, officerId: from === 'unassigned' ? null : from }) : [];
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <form action="/caseload/reassign" className="card flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1 text-sm font-medium">
          <label htmlFor="reassign-from">{t('from')}</label>
          <select id="reassign-from" name="from" defaultValue={from ?? ''} className="input">
            <option value="">{t('choose')}</option>
            <option value="unassigned">{t('unassigned')}</option>
            {officers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.fullName}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t('show')}
        </button>
      </form>
      {from &&
        (persons.length === 0 ? (
          <p className="card text-slate-600">{t('empty')}</p>
        ) : (
          <ClientMessages namespaces={REASSIGN_FORM_MESSAGES}>
            <ReassignForm
              persons={persons.map((p) => ({
                id: p.id,
                version: p.version,
                name: personName(p),
                district: localName(p.district, locale),
              }))}
              officers={officers.filter((o) => o.id !== from)}
            />
          </ClientMessages>
        ))}
      <Link href="/caseload" className="link text-sm">
        {t('back')}
      </Link>
    </section>
  );
}
