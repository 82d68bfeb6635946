import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { formatLongDate } from '@/lib/i18n/long-form';
import { kzToday } from '@/lib/time/today';
import { createDocument, stampFooter } from '@/lib/documents/pdf-writer';
import { restrictionText } from '@/lib/documents/restriction-text';
import {
  DOCUMENT_STAFF_INCLUDE,
  articleCitation,
  authorLine,
  footerText,
  issuingUnit,
  violationLines,
  writeRiskSection,
  type TDocumentStaff,
} from '@/lib/documents/court-forms';
import type { TPrefill } from './prefill';

// The petition document, in Russian or Kazakh (the drafter's choice): the issuing unit and the
// drafter's position at the top, dates written out, staff names in Cyrillic, the articles with
// their titles, every violation with its date, and the filing number and page on every page.

/** What a petition's document reads besides the petition row. */
export const PETITION_DOCUMENT_INCLUDE = { court: true, drafter: { include: DOCUMENT_STAFF_INCLUDE }, endorser: { include: DOCUMENT_STAFF_INCLUDE } } as const;

type TInput = {
  petition: {
    language: 'RU' | 'KK';
    filingNumber: string;
    filedAt: Date;
    grounds: string;
    requestedLifelong: boolean;
    requestedTermYears: number | null;
    requestedChanges: string | null;
    prefill: unknown;
    court: { nameRu: string; nameKk: string };
    /** Set when the court is not the competent one (lib/petitions/competent-court.ts): printed under the addressee. */
    courtReason: string | null;
    /** Why a lifelong request has no risk assessment countersigned in the last 12 months (issue 13). */
    riskAssessmentMissingReason?: string | null;
    drafter: TDocumentStaff;
    endorser: TDocumentStaff | null;
  };
  riskFactors: { titleRu: string; titleKk: string }[];
};

export async function renderPetitionPdf({ petition, riskFactors }: TInput): Promise<Uint8Array<ArrayBuffer>> {
  const locale = petition.language === 'KK' ? 'kk' : 'ru';
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'petitionPdf' });
  const tc = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'petitionCourt.pdf' });
  const td = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'courtDocuments' });
  const day = (d: string | Date | null | undefined) => formatLongDate(d, locale);
  const p = petition.prefill as TPrefill;
  const { doc, w } = await createDocument({ title: t('title'), date: petition.filedAt });
  const court = locale === 'kk' ? petition.court.nameKk : petition.court.nameRu;

  w.text(issuingUnit(petition.drafter, locale), { size: 10, bold: true });
  w.text(authorLine(petition.drafter, locale), { size: 10 });
  w.gap(6);
  w.text(t('to', { court }), { size: 10 });
  w.text(t('filing', { number: petition.filingNumber, date: day(kzToday(petition.filedAt)) }), { size: 10 });
  if (petition.courtReason) w.text(tc('notCompetent', { reason: petition.courtReason }), { size: 10 });
  w.gap(12);
  w.text(t('title'), { size: 14, bold: true });
  w.gap(8);

  w.text(`1. ${t('sectionPerson')}`, { bold: true, size: 11 });
  w.text(`${p.person.lastName} ${p.person.firstName} ${p.person.middleName ?? ''} · ${t('iin')}: ${p.person.iin} · ${t('born')}: ${day(p.person.birthDate)}`, {
    indent: 12,
  });
  w.text(
    `${locale === 'kk' ? p.person.region.kk : p.person.region.ru}, ${locale === 'kk' ? p.person.district.kk : p.person.district.ru}${p.person.address ? `, ${p.person.address}` : ''}`,
    { indent: 12 },
  );
  w.gap();
  w.text(`2. ${t('sectionConvictions')}`, { bold: true, size: 11 });
  for (const c of p.convictions)
    w.text(
      `— ${articleCitation(c.article, locale === 'kk' ? c.titleKk : c.titleRu, locale)}; ${locale === 'kk' ? c.courtKk : c.courtRu}, ${day(c.verdictDate)}; ${t('sentenceEnd')} ${day(c.sentenceEnd)}`,
      { indent: 12 },
    );
  w.gap();
  w.text(`3. ${t('sectionOrder')}`, { bold: true, size: 11 });
  w.text(
    t('order', {
      number: p.order.rulingNumber,
      date: day(p.order.rulingDate),
      start: day(p.order.startDate),
      end: p.order.lifelong ? t('lifelong') : day(p.order.endDate),
    }),
    { indent: 12 },
  );
  w.text(locale === 'kk' ? p.order.basisKk : p.order.basisRu, { indent: 12 });
  for (const e of p.order.extensions)
    w.text(`— ${t('extension', { from: day(e.from), to: e.lifelong ? t('lifelong') : day(e.to), number: e.rulingNumber, date: day(e.rulingDate) })}`, {
      indent: 12,
    });
  w.gap();
  w.text(`4. ${t('sectionRestrictions')}`, { bold: true, size: 11 });
  for (const r of p.restrictions) w.text(`— ${restrictionText(r, locale)}`, { indent: 12 });
  w.gap();
  w.text(`5. ${t('sectionCompliance', { date: day(p.asOf) })}`, { bold: true, size: 11 });
  w.table([
    [t('attended'), String(p.compliance.attended)],
    [t('missed'), String(p.compliance.missed)],
    [t('excused'), String(p.compliance.excused)],
    [t('violationsRecorded'), String(p.compliance.violationsRecorded)],
    [t('violationsProtocol'), String(p.compliance.violationsProtocol)],
    [t('violationsReferral'), String(p.compliance.violationsReferral)],
    [t('violationsDismissed'), String(p.compliance.violationsDismissed)],
    [t('warningsSigned'), String(p.compliance.warningsSigned)],
    [t('warningsRefused'), String(p.compliance.warningsRefused)],
  ]);
  if (p.violations) {
    w.gap(6);
    w.text(td('violationsHeading'), { bold: true, size: 10, indent: 12 });
    for (const line of violationLines(p.violations, locale)) w.text(`— ${line}`, { indent: 12 });
  }
  w.gap();
  // The assessment the petition rests on, as frozen into the prefill (issue 13).
  const tr = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'riskPetition.pdf' });
  writeRiskSection(w, { heading: `6. ${tr('section')}`, risk: p.riskAssessment, missingReason: petition.riskAssessmentMissingReason ?? null, locale });
  w.gap();
  w.text(`7. ${t('sectionGrounds')}`, { bold: true, size: 11 });
  for (const rf of riskFactors) w.text(`— ${locale === 'kk' ? rf.titleKk : rf.titleRu}`, { indent: 12 });
  w.text(petition.grounds, { indent: 12 });
  w.gap();
  w.text(`8. ${t('sectionRequest')}`, { bold: true, size: 11 });
  w.text(petition.requestedLifelong ? t('requestLifelong') : t('requestYears', { years: petition.requestedTermYears ?? 0 }), { indent: 12 });
  if (petition.requestedChanges) w.text(`${t('requestedChanges')}: ${petition.requestedChanges}`, { indent: 12 });
  w.gap(24);
  w.text(`${t('drafter')}: ${authorLine(petition.drafter, locale)}    ____________________`);
  w.gap(12);
  w.text(`${t('endorser')}: ${petition.endorser ? authorLine(petition.endorser, locale) : ''}    ____________________`);
  stampFooter(doc, w.font, footerText('footerPetition', petition.filingNumber, locale));
  return new Uint8Array(await doc.save());
}
