import 'server-only';
import { createTranslator } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { isLocale, type TLocale } from '@/lib/i18n/config';
import { defineRoute } from '@/lib/http/define-route';
import { buildCalendar } from './ics';
import { findUpcoming } from './read';

/** Short name: surname and the first initial, no more than the officer needs in a calendar. */
const shortName = (p: { lastName: string; firstName: string }) => `${p.lastName} ${p.firstName.slice(0, 1)}.`;

/**
 * The signed-in officer's upcoming appointments and visits as an iCalendar file (/agenda/ics).
 * A route like every other download: session, permission, audited as `agenda.export`.
 */
export const agendaIcsRoute = defineRoute({
  name: 'agenda.export',
  permission: 'checkin.record',
  handler: async ({ tx, actor, request }) => {
    const locale = await requestLocale();
    const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'agendaIcs' });
    const tch = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'checkin.channel' });
    const items = await findUpcoming({ db: tx, actor });
    const place = (d: { nameEn: string; nameRu: string; nameKk: string }) => (locale === 'ru' ? d.nameRu : locale === 'kk' ? d.nameKk : d.nameEn);
    const origin = new URL(request.url).origin;
    const host = new URL(request.url).hostname;
    const body = buildCalendar({
      name: t('calendarName'),
      events: items.map((c) => ({
        uid: `${c.id}@${host}`,
        start: c.scheduledAt!,
        durationMinutes: c.durationMinutes,
        summary: `${tch(c.channel)}: ${shortName(c.person)}`,
        location: c.channel === 'STATION' ? place(c.person.district) : undefined,
        url: `${origin}/agenda/appointments/${c.id}`,
      })),
    });
    return {
      body: new TextEncoder().encode(body),
      contentType: 'text/calendar; charset=utf-8',
      filename: 'agenda.ics',
      audit: { details: { format: 'ics', count: items.length } },
    };
  },
});

/** The user's language; English where there is no request config (tests, scripts). */
async function requestLocale(): Promise<TLocale> {
  try {
    const requested = await getLocale();
    return isLocale(requested) ? requested : 'en';
  } catch {
    return 'en';
  }
}
