import { getLocale, getTranslations } from 'next-intl/server';
import { localName } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { TPersonView } from '@/lib/persons/view-person';
import type { TOption } from '@/lib/reference/options';
import { AddAddressForm } from '@/components/persons/add-address-form';

/** The person's addresses, current first, with proximity flags; the form to add one for those who may edit (districts given). */
export async function AddressesSection({ person, districts }: { person: TPersonView; districts: TOption[] | null }) {
  const t = await getTranslations('person');
  const locale = await getLocale();
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="addresses-heading">
      <h2 id="addresses-heading" className="text-lg font-semibold">
        {t('addresses')}
      </h2>
      <ul className="flex flex-col gap-2 text-sm">
        {person.addresses.map((a) => (
          <li key={a.id} className={a.validTo ? 'text-slate-500' : ''}>
            <strong>{t(`addressKind.${a.kind}`)}</strong>: {localName(a.district, locale)}, {a.locality ? `${a.locality}, ` : ''}
            {a.street} {a.building}
            {a.apartment ? `, ${t('apartmentShort')} ${a.apartment}` : ''} · {formatDate(a.validFrom, locale)} —{' '}
            {a.validTo ? formatDate(a.validTo, locale) : t('current')}
            {a.flags.length > 0 && (
              <ul className="mt-1 list-disc pl-6 text-red-800" aria-label={t('proximityFlags')}>
                {a.flags.map((f) => (
                  <li key={f.id}>{t('proximityFlag', { facility: f.facility.name, distance: f.distanceM, radius: f.radiusM })}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {districts && <AddAddressForm personId={person.id} districts={districts} defaultDistrictId={person.districtId} />}
    </section>
  );
}
