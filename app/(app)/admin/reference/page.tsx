import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requirePageActor } from '@/lib/auth/guard-page';
import { REFERENCE_KIND_NAMES, REFERENCE_KINDS, type TReferenceKind } from '@/lib/reference/kinds';
import { findReferenceRows } from '@/lib/reference/find-reference';
import { loadUnitOptions } from '@/lib/users/find-users';
import { toDateInput } from '@/lib/validation/fields';
import { Pagination } from '@/components/ui/pagination';
import { ReferenceEditor, ReferenceRow } from '@/components/admin/reference-editor';
import { ClientMessages } from '@/components/layout/client-messages';
import { REFERENCE_EDITOR_MESSAGES } from '@/components/admin/messages';

const ZQuery = z.object({
  kind: z.enum(REFERENCE_KIND_NAMES as [TReferenceKind, ...TReferenceKind[]]).catch('court'),
  page: z.coerce.number().int().min(1).catch(1),
});

function editable(value: unknown): string | boolean {
  if (value instanceof Date) return toDateInput(value);
  if (typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

export default async function ReferencePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageActor('reference.manage');
  const t = await getTranslations('reference');
  const locale = await getLocale();
  const { kind, page } = ZQuery.parse(await searchParams);
  const spec = REFERENCE_KINDS[kind];
  const [result, units] = await Promise.all([findReferenceRows({ kind, page }), loadUnitOptions({ locale })]);
  const label = (map: { value: string; label: string }[], id: unknown) => map.find((o) => o.value === id)?.label ?? '—';
  const display = (field: (typeof spec.fields)[number], value: unknown) => {
    if (field.kind === 'region') return label(units.regions, value);
    if (field.kind === 'district' || field.kind === 'optionalDistrict') return value ? label(units.districts, value) : '—';
    if (field.kind === 'bool') return value ? t('yes') : t('no');
    if (field.kind === 'select') return t(`option.${String(value)}`);
    const text = editable(value);
    return text === '' ? '—' : String(text);
  };
  const emptyValues = Object.fromEntries(spec.fields.map((f) => [f.name, f.kind === 'bool' ? true : '']));

  return (
    <ClientMessages namespaces={REFERENCE_EDITOR_MESSAGES}>
      <section className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        <nav aria-label={t('kinds')} className="flex flex-wrap gap-2">
          {REFERENCE_KIND_NAMES.map((k) => (
            <Link key={k} href={`/admin/reference?kind=${k}`} aria-current={k === kind ? 'page' : undefined} className={k === kind ? 'btn' : 'btn-secondary'}>
              {t(`kind.${k}`)}
            </Link>
          ))}
        </nav>
        {kind !== 'setting' && (
          <details className="card">
            <summary className="cursor-pointer font-medium">{t('addHeading')}</summary>
            <div className="pt-3">
              <ReferenceEditor kind={kind} fields={spec.fields} initial={emptyValues} regions={units.regions} districts={units.districts} />
            </div>
          </details>
        )}
        {result.rows.length === 0 ? (
          <p className="card text-slate-600">{t('empty')}</p>
        ) : (
          <div className="card overflow-x-auto p-0">
            <table className="table">
              <thead>
                <tr>
                  {kind === 'setting' && <th>{t('field.key')}</th>}
                  {spec.fields.map((f) => (
                    <th key={f.name}>{t(`field.${f.name}`)}</th>
                  ))}
                  <th>
                    <span className="sr-only">{t('edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => {
                  const id = String(row.id ?? row.key);
                  const cells = [
                    ...(kind === 'setting' ? [t.has(`settingName.${id}`) ? t(`settingName.${id}`) : id] : []),
                    ...spec.fields.map((f) => display(f, row[f.name])),
                  ];
                  const initial = Object.fromEntries(spec.fields.map((f) => [f.name, editable(row[f.name])]));
                  return (
                    <ReferenceRow
                      key={id}
                      cells={cells}
                      editor={{ kind, fields: spec.fields, id, initial, regions: units.regions, districts: units.districts }}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} total={result.total} basePath="/admin/reference" params={{ kind }} />
      </section>
    </ClientMessages>
  );
}
