'use client';

import { useTranslations } from 'next-intl';

/** Free slots by day, as the server computed them: the value is a datetime-local value (UTC+5). */
export type TSlotDay = { day: string; label: string; slots: { value: string; label: string }[] };

/** A select of the officer's free slots; choosing one fills the form's time (which stays editable). */
export function SlotPicker({ id, days, onPick }: { id: string; days: TSlotDay[]; onPick: (value: string) => void }) {
  const t = useTranslations('agendaBooking');
  if (days.length === 0) return <p className="text-sm text-slate-600">{t('noFreeSlots')}</p>;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {t('freeSlot')}
      </label>
      <select id={id} className="input" defaultValue="" onChange={(e) => e.target.value && onPick(e.target.value)}>
        <option value="">{t('chooseSlot')}</option>
        {days.map((d) => (
          <optgroup key={d.day} label={d.label}>
            {d.slots.map((s) => (
              <option key={s.value} value={s.value}>
                {d.label}, {s.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="text-xs text-slate-500">{t('slotHint')}</p>
    </div>
  );
}
