import type { Tx } from '@/lib/db/client';
import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { createDocument } from '@/lib/documents/pdf-writer';
import { authorLine, DOCUMENT_STAFF_INCLUDE, issuingUnit } from '@/lib/documents/court-forms';
import { finishWarningDocument } from '@/lib/warnings/pdf';
import { formatLongDate } from '@/lib/i18n/long-form';
import { kzToday } from '@/lib/time/today';

const DISTRICT = { district: { include: { region: true } } } as const;

/**
 * Everything a public-order warning's document shows, from stored data only (so rendering again
 * gives the same bytes): the issuer, the subject (a public-order record, or a supervised person
 * with their current registered address), the incidents referred to and the legal basis.
 */
export async function loadPublicOrderWarningDocument(tx: Tx, warningId: string) {
  return tx.warning.findUniqueOrThrow({
    where: { id: warningId },
    include: {
      legalBasis: true,
      issuedBy: { include: DOCUMENT_STAFF_INCLUDE },
      publicOrderPerson: { include: DISTRICT },
      person: { include: { ...DISTRICT, addresses: { where: { kind: 'REGISTERED', validTo: null }, orderBy: { validFrom: 'desc' }, take: 1 } } },
      incidents: {
        include: { incident: { include: { kind: true } } },
        orderBy: [{ incident: { occurredOn: 'asc' } }, { incident: { createdAt: 'asc' } }],
      },
    },
  });
}

export type TPublicOrderWarningDocument = Awaited<ReturnType<typeof loadPublicOrderWarningDocument>>;

type TAddress = { locality: string; street: string; building: string; apartment: string | null };
const addressLine = (a: TAddress) => `${a.locality}, ${a.street} ${a.building}${a.apartment ? `-${a.apartment}` : ''}`;

/**
 * The public-order warning handed to the person, in Russian or Kazakh: the issuing unit and the
 * issuer's position, the person, the incidents it rests on (date written out, kind in the
 * document's language, place, protocol number), the legal basis, what the person is warned about
 * and the consequences, and signature blocks for the person, the issuer and a witness of a
 * refusal. The warning's number and the page are on every page.
 */
export async function renderPublicOrderWarningPdf(warning: TPublicOrderWarningDocument): Promise<Uint8Array<ArrayBuffer>> {
  const locale = warning.language === 'KK' ? 'kk' : 'ru';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'publicOrderWarnings.pdf' });
  const local = (x: { nameRu: string; nameKk: string }) => (locale === 'kk' ? x.nameKk : x.nameRu);
  const title = (x: { titleRu: string; titleKk: string }) => (locale === 'kk' ? x.titleKk : x.titleRu);
  const long = (d: Date | null | undefined) => formatLongDate(d, locale);
  const subject = warning.publicOrderPerson ?? warning.person;
  if (!subject) throw new Error(`Warning ${warning.id} has no subject`);
  const address: TAddress | undefined = warning.publicOrderPerson ?? warning.person?.addresses[0];
  const { doc, w } = await createDocument({ title: t('title'), date: warning.issuedAt });

  w.text(issuingUnit(warning.issuedBy, locale), { size: 10, bold: true });
  w.text(authorLine(warning.issuedBy, locale), { size: 10 });
  w.gap(10);
  w.text(t('title'), { size: 14, bold: true });
  w.text(t('issued', { date: long(kzToday(warning.issuedAt)), region: local(subject.district.region), district: local(subject.district) }));
  w.gap(10);

  w.text(`1. ${t('sectionPerson')}`, { bold: true, size: 11 });
  w.text([subject.lastName, subject.firstName, subject.middleName].filter(Boolean).join(' '), { indent: 12 });
  w.text(`${t('iin')}: ${subject.iin}; ${t('born')}: ${long(subject.birthDate)}`, { indent: 12 });
  if (address) w.text(`${t('address')}: ${addressLine(address)}`, { indent: 12 });
  w.gap();

  w.text(`2. ${t('sectionIncidents')}`, { bold: true, size: 11 });
  for (const { incident } of warning.incidents) {
    const protocol = incident.protocolNumber ? `; ${t('protocol', { number: incident.protocolNumber })}` : '';
    w.text(`— ${long(incident.occurredOn)}: ${title(incident.kind)}, ${incident.place}${protocol}`, { indent: 12 });
  }
  w.gap();

  w.text(`3. ${t('sectionBasis')}`, { bold: true, size: 11 });
  w.text(title(warning.legalBasis), { indent: 12 });
  w.gap();

  w.text(`4. ${t('sectionWarning')}`, { bold: true, size: 11 });
  w.text(t('body'), { indent: 12 });
  w.text(t('consequences'), { indent: 12 });
  return finishWarningDocument({ doc, w, t, warning, locale });
}
