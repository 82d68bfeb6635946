import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { TRestrictionParams } from '@/lib/supervision/restrictions';
import { formatMetres } from '@/lib/i18n/long-form';

/** One line per restriction for documents: its name and its parameters, in Russian or Kazakh. */
export function restrictionText(r: TRestrictionParams, locale: 'ru' | 'kk'): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'petitionPdf.restriction' });
  const name = t(r.type);
  switch (r.type) {
    case 'REPORTING':
      return `${name}: ${r.timesPerMonth}`;
    case 'CURFEW':
      return `${name}: ${r.from}–${r.to}`;
    case 'EXCLUSION_ZONE':
      return `${name}: ${formatMetres(r.radiusM, locale)}`;
    case 'TRAVEL_LIMIT':
      return `${name}: ${r.area}`;
    default:
      return name;
  }
}
