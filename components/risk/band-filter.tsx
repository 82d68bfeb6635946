import { getTranslations } from 'next-intl/server';
import type { TBandOption } from '@/lib/risk/oversight';

/**
 * The band filter of the caseload and the expiry worklist: the active instrument's bands and
 * "not assessed" ("none"). Inside the list's own GET form.
 */
export async function BandFilter({ bands, value }: { bands: TBandOption[]; value: string | undefined }) {
  const t = await getTranslations('riskOversight');
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {t('band')}
      <select name="band" defaultValue={value ?? ''} className="input">
        <option value="">{t('anyBand')}</option>
        {bands.map((b) => (
          <option key={b.code} value={b.code}>
            {b.code} · {b.label}
          </option>
        ))}
        <option value="none">{t('notAssessed')}</option>
      </select>
    </label>
  );
}

/** A person's current band: the code, with the active instrument's label where it has the code; "—" when none. */
export function BandCell({ code, bands }: { code: string | null; bands: TBandOption[] }) {
  if (!code) return <span className="text-slate-600">—</span>;
  const label = bands.find((b) => b.code === code)?.label;
  return (
    <span data-testid="risk-band" data-band={code} title={label}>
      <strong>{code}</strong>
      {label && <span className="block text-xs text-slate-600">{label}</span>}
    </span>
  );
}
