import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { createDocument, stampFooter } from '@/lib/documents/pdf-writer';
import { authorLine, footerText, issuingUnit } from '@/lib/documents/court-forms';
import { formatLongDate } from '@/lib/i18n/long-form';
import { kzToday } from '@/lib/time/today';
import { restrictionText } from '@/lib/documents/restriction-text';
import { parseRestrictionRow } from '@/lib/supervision/restrictions';
import type { TWarningDocument } from './issue-warning';

/**
 * The warning handed to the person: who they are, the restrictions in force with the ruling and
 * legal basis of each, what the warning says, and signature blocks for the person, the issuer and,
 * if the person refuses to sign, a witness. The issuing unit and the issuer's position head it; dates are
 * written out; the warning's number and the page are on every page.
 */
export async function renderWarningPdf(warning: TWarningDocument): Promise<Uint8Array<ArrayBuffer>> {
  const locale = warning.language === 'KK' ? 'kk' : 'ru';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'warningPdf' });
  const local = <T extends { nameRu: string; nameKk: string }>(x: T) => (locale === 'kk' ? x.nameKk : x.nameRu);
  const basisTitle = (b: { titleRu: string; titleKk: string }) => (locale === 'kk' ? b.titleKk : b.titleRu);
  const { person } = warning;
  // A public-order record's warning has its own document (lib/public-order).
  if (!person) throw new Error(`Warning ${warning.id} has no supervised person`);
  const order = person.orders[0];
  const address = person.addresses[0];
  const iso = (d: Date | null | undefined) => formatLongDate(d, locale);
  const { doc, w } = await createDocument({ title: t(`title.${warning.type}`), date: warning.issuedAt });

  w.text(issuingUnit(warning.issuedBy, locale), { size: 10, bold: true });
  w.text(authorLine(warning.issuedBy, locale), { size: 10 });
  w.gap(10);

  w.text(t(`title.${warning.type}`), { size: 14, bold: true });
  w.text(t('issued', { date: iso(kzToday(warning.issuedAt)), region: local(person.district.region), district: local(person.district) }));
  w.gap(10);
  w.text(`1. ${t('sectionPerson')}`, { bold: true, size: 11 });
  w.text([person.lastName, person.firstName, person.middleName].filter(Boolean).join(' '), { indent: 12 });
  w.text(`${t('iin')}: ${person.iin}; ${t('born')}: ${iso(person.birthDate)}`, { indent: 12 });
  if (address)
    w.text(`${t('address')}: ${address.locality}, ${address.street} ${address.building}${address.apartment ? `-${address.apartment}` : ''}`, { indent: 12 });
  w.gap();
  w.text(`2. ${t('sectionOrder')}`, { bold: true, size: 11 });
  if (order) {
    w.text(
      t('order', {
        court: local(order.court),
        number: order.rulingNumber,
        date: iso(order.rulingDate),
        end: order.lifelong ? t('lifelong') : iso(order.endDate),
      }),
      { indent: 12 },
    );
  }
  w.text(`${t('basis')}: ${basisTitle(warning.legalBasis)}`, { indent: 12 });
  w.gap();
  w.text(`3. ${t('sectionRestrictions')}`, { bold: true, size: 11 });
  for (const row of order?.restrictions ?? []) {
    const parsed = parseRestrictionRow(row);
    if (!parsed) continue;
    const basis = row.legalBasis ? basisTitle(row.legalBasis) : basisTitle(warning.legalBasis);
    w.text(`— ${restrictionText(parsed, locale)}`, { indent: 12 });
    w.text(t('restrictionBasis', { number: row.rulingNumber, date: iso(row.rulingDate), basis }), { indent: 24, size: 9 });
  }
  w.gap();
  w.text(`4. ${t('sectionNotice')}`, { bold: true, size: 11 });
  w.text(t(`body.${warning.type}`), { indent: 12 });
  return finishWarningDocument({ doc, w, t, warning, locale });
}

type TWarningDocumentEnd = {
  doc: Awaited<ReturnType<typeof createDocument>>['doc'];
  w: Awaited<ReturnType<typeof createDocument>>['w'];
  /** A translator with the keys personSignature, date, issuer, refusalBlock and witness. */
  t: (key: 'personSignature' | 'date' | 'issuer' | 'refusalBlock' | 'witness') => string;
  warning: { id: string; issuedBy: Parameters<typeof authorLine>[0] };
  locale: 'ru' | 'kk';
};

/**
 * The end of every warning document (supervision or public order): signature blocks for the
 * person, the issuer and a witness of a refusal, then the warning's number and the page on every page.
 */
export async function finishWarningDocument({ doc, w, t, warning, locale }: TWarningDocumentEnd): Promise<Uint8Array<ArrayBuffer>> {
  w.gap(24);
  w.text(`${t('personSignature')}: ____________________    ${t('date')}: ____________`);
  w.gap(12);
  w.text(`${t('issuer')}: ${authorLine(warning.issuedBy, locale)}    ____________________`);
  w.gap(12);
  w.text(t('refusalBlock'));
  w.text(`${t('witness')}: ______________________________    ____________________`);
  stampFooter(doc, w.font, footerText('footerWarning', warning.id, locale));
  return new Uint8Array(await doc.save());
}
