import { getLocale, getTranslations } from 'next-intl/server';
import type { TActor } from '@/lib/auth/actor';
import { hasPermission } from '@/lib/auth/permissions';
import { formatDate, localToday } from '@/lib/i18n/format';
import type { TPersonEscalation } from '@/lib/escalation/queries';
import type { TOption } from '@/lib/reference/options';
import { ReportAddressChangeForm } from '@/components/escalation/report-address-change-form';
import { ConfirmAddressChangeButton } from '@/components/escalation/confirm-address-change-button';
import { ReasonForm } from '@/components/escalation/reason-form';

type TProps = { actor: TActor; personId: string; districtId: string; changes: TPersonEscalation['addressChanges']; districts: TOption[] | null };

/** Changes of address officers found on home visits: record one (officers), confirm or reject (police). */
export async function AddressChangesSection({ actor, personId, districtId, changes, districts }: TProps) {
  const canReport = hasPermission(actor.role, 'address.report');
  const canDecide = hasPermission(actor.role, 'person.update');
  if (!canReport && changes.length === 0) return null;
  const t = await getTranslations('escalation.addressChange');
  const locale = await getLocale();
  const districtName = new Map((districts ?? []).map((d) => [d.value, d.label]));
  return (
    <section className="card flex flex-col gap-3" aria-labelledby="address-changes-heading" data-testid="address-changes">
      <h2 id="address-changes-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {changes.length === 0 && <p className="text-sm text-slate-600">{t('none')}</p>}
      <ul className="flex flex-col gap-3">
        {changes.map((c) => (
          <li key={c.id} className="flex flex-col gap-1 border-b border-slate-100 pb-2 text-sm last:border-0" data-testid="address-change">
            <span className="font-medium">
              {[districtName.get(c.address.districtId), c.address.locality, `${c.address.street} ${c.address.building}`, c.address.apartment]
                .filter(Boolean)
                .join(', ')}
            </span>
            <span className="text-slate-700">
              {t('reportedBy', { name: c.reportedBy.fullName, date: formatDate(c.foundOn, locale) })} — <strong>{t(`status.${c.status}`)}</strong>
            </span>
            {c.note && <span className="text-slate-700">{c.note}</span>}
            {c.rejectReason && <span className="text-slate-600">{t('rejectedBecause', { reason: c.rejectReason })}</span>}
            {canDecide && c.status === 'PENDING' && (
              <div className="flex flex-wrap items-start gap-3">
                <ConfirmAddressChangeButton changeId={c.id} version={c.version} />
                <ReasonForm kind="rejectAddressChange" id={c.id} version={c.version} />
              </div>
            )}
          </li>
        ))}
      </ul>
      {canReport && districts && <ReportAddressChangeForm personId={personId} districts={districts} defaultDistrictId={districtId} today={localToday()} />}
    </section>
  );
}
