import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth/guard-page';
import { COLUMNS, OPTIONAL_COLUMNS } from '@/lib/importer/schemas';
import { ImportForm } from '@/components/importer/import-form';
import { ClientMessages } from '@/components/layout/client-messages';
import { IMPORT_FORM_MESSAGES } from '@/components/importer/messages';

export default async function ImportPage() {
  await requirePageActor('registry.import');
  const t = await getTranslations('importer');
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t('intro')}</p>
      <ClientMessages namespaces={IMPORT_FORM_MESSAGES}>
        <ImportForm />
      </ClientMessages>
      <section aria-labelledby="import-format" className="card flex flex-col gap-3">
        <h2 id="import-format" className="text-lg font-semibold">
          {t('format.heading')}
        </h2>
        <p className="text-sm text-slate-700">{t('format.intro')}</p>
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th>{t('format.columnHeading')}</th>
                <th>{t('format.meaningHeading')}</th>
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map((c) => (
                <tr key={c}>
                  <td className="whitespace-nowrap">
                    <code>{c}</code>{' '}
                    <span className="text-xs text-slate-500">({OPTIONAL_COLUMNS.includes(c) ? t('format.optional') : t('format.required')})</span>
                  </td>
                  <td>{t(`format.columns.${c}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-sm text-slate-700">{t('format.rules')}</p>
        <p className="text-sm text-slate-500">{t('format.sample')}</p>
      </section>
    </section>
  );
}
