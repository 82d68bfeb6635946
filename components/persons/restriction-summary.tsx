import { useTranslations } from 'next-intl';
import type { TRestrictionParams } from '@/lib/supervision/restrictions';

export function RestrictionSummary({ params }: { params: TRestrictionParams | null }) {
  const t = useTranslations('restriction');
  if (!params) return <span className="text-red-700">{t('malformed')}</span>;
  switch (params.type) {
    case 'EXCLUSION_ZONE':
      return <span>{t('exclusionZone', { radius: params.radiusM, facilities: params.facilityTypes.map((f) => t(`facility.${f}`)).join(', ') })}</span>;
    case 'MASS_EVENTS_BAN':
      return <span>{t('massEventsBan')}</span>;
    case 'CURFEW':
      return <span>{t('curfew', { from: params.from, to: params.to })}</span>;
    case 'TRAVEL_LIMIT':
      return <span>{t('travelLimit', { area: params.area })}</span>;
    case 'REPORTING':
      return <span>{t('reporting', { count: params.timesPerMonth })}</span>;
  }
}
