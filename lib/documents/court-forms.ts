import { createTranslator } from 'next-intl';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { formatLongDate, staffName } from '@/lib/i18n/long-form';
import type { Writer } from '@/lib/documents/pdf-writer';
import type { TRiskSnapshot } from '@/lib/petitions/risk-snapshot';

// The parts petitions and warnings share (issue 12, docs/decisions/019-court-ready-documents.md):
// the article with its title, the issuing unit and author, the violations with their dates.

type TDocLocale = 'en' | 'ru' | 'kk';
const translator = (locale: TDocLocale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'courtDocuments' });

/** The title of reference data without its trailing "(ст. 120 ч. 3)": the citation says that. */
export function bareTitle(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*$/, '');
}

/** "ч. 3 ст. 120 УК РК «Изнасилование…»" from the article code ("120-3" = art. 120 part 3) and its title. */
export function articleCitation(code: string, title: string, locale: TDocLocale): string {
  const t = translator(locale);
  const match = /^(\d+)(?:-(.+))?$/.exec(code.trim());
  if (!match) return `${code} «${bareTitle(title)}»`;
  const [, article, part] = match;
  return part ? t('article.part', { article, part, title: bareTitle(title) }) : t('article.whole', { article, title: bareTitle(title) });
}

type TNamed = { nameRu: string; nameKk: string; nameEn: string };
export type TDocumentStaff = {
  fullName: string;
  fullNameCyr: string | null;
  fullNameLat: string | null;
  position: string | null;
  role: 'OFFICER' | 'POLICE' | 'CLERK' | 'SUPERVISOR' | 'ADMIN';
  district: (TNamed & { region: TNamed }) | null;
  region: TNamed | null;
  court: TNamed | null;
};

/** Prisma `include` for a staff member as documents print them. */
export const DOCUMENT_STAFF_INCLUDE = { district: { include: { region: true } }, region: true, court: true } as const;

const named = (row: TNamed | null | undefined, locale: TDocLocale) => (!row ? '' : locale === 'ru' ? row.nameRu : locale === 'kk' ? row.nameKk : row.nameEn);

/** The issuing unit of a staff member: "Отдел полиции — Алмалинский район, г. Алматы". */
export function issuingUnit(staff: TDocumentStaff, locale: TDocLocale): string {
  const t = translator(locale);
  const region = staff.district ? staff.district.region : staff.region;
  return t(`unit.${staff.role}`, { district: named(staff.district, locale), region: named(region, locale), court: named(staff.court, locale) });
}

/** The author line: position and name in the script of the document's language. */
export function authorLine(staff: TDocumentStaff, locale: TDocLocale): string {
  const name = staffName(staff, locale);
  return staff.position ? translator(locale)('author', { position: staff.position, name }) : name;
}

export type TViolationEntry = { date: string | null; type: string; status: string; protocolNumber: string | null; protocolDate: string | null };

/** One line per violation: its date written out, its type and where it stands. */
export function violationLines(violations: TViolationEntry[], locale: TDocLocale): string[] {
  const t = translator(locale);
  const tv = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'violation' });
  if (violations.length === 0) return [t('noViolations')];
  return violations.map((v) => {
    const line = t('violationLine', {
      date: formatLongDate(v.date, locale),
      type: tv(`type.${v.type}` as 'type.MISSED_REPORTING'),
      status: tv(`status.${v.status}` as 'status.RECORDED'),
    });
    return v.protocolNumber ? `${line}; ${t('violationProtocol', { number: v.protocolNumber, date: formatLongDate(v.protocolDate, locale) })}` : line;
  });
}

/** The page footer: the document's number and "Страница 1 из 3". */
export function footerText(kind: 'footerPetition' | 'footerWarning', number: string, locale: TDocLocale) {
  const t = translator(locale);
  return (page: number, pages: number) => ({ left: t(kind, { number }), right: t('page', { page, pages }) });
}

/**
 * The petition's risk assessment section (issue 13, docs/decisions/028-risk-in-petitions.md), in
 * the document's language: instrument and version, score, band, date, assessor and countersigner,
 * every item with its answer and points, the dynamic factors with ratings and notes, and the
 * instrument's caveat verbatim; or the reason a lifelong request states for having none recent.
 */
export function writeRiskSection(
  w: Writer,
  { heading, risk, missingReason, locale }: { heading: string; risk: TRiskSnapshot | null | undefined; missingReason: string | null; locale: 'ru' | 'kk' },
) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'riskPetition' });
  const indent = 12;
  // The heading never sits alone at the foot of a page.
  w.keep(60);
  w.text(heading, { bold: true, size: 11 });
  if (missingReason) w.text(t('pdf.missing', { reason: missingReason }), { indent });
  if (!risk) {
    if (!missingReason) w.text(t('pdf.none'), { indent });
    return;
  }
  w.text(t('pdf.instrument', { title: risk.instrument.title[locale], version: risk.instrument.version }), { indent });
  w.text(t('pdf.score', { score: risk.score }), { indent });
  w.text(t('pdf.band', { label: risk.band.label[locale] }), { indent, bold: true });
  w.text(risk.band.description[locale], { indent });
  w.text(t('pdf.date', { date: formatLongDate(risk.countersignedOn, locale) }), { indent });
  w.text(t('pdf.assessor', { name: risk.assessor[locale] }), { indent });
  w.text(t('pdf.countersigner', { name: risk.countersigner[locale] }), { indent });
  w.gap(4);
  w.keep(40);
  w.text(t('pdf.items'), { bold: true, size: 10, indent });
  for (const item of risk.items)
    w.text(
      `— ${t('pdf.itemLine', { question: item.question[locale], answer: item.answer.label[locale], points: item.points > 0 ? `+${item.points}` : String(item.points) })}`,
      {
        indent,
      },
    );
  if (risk.dynamicFactors.length > 0) {
    w.gap(4);
    w.keep(40);
    w.text(t('pdf.dynamic'), { bold: true, size: 10, indent });
    for (const f of risk.dynamicFactors) {
      const line = t('pdf.dynamicLine', { title: f.title[locale], rating: t(`rating.${f.rating ?? 'unrated'}`) });
      w.text(`— ${f.note ? `${line}; ${t('pdf.note', { note: f.note })}` : line}`, { indent });
    }
  }
  if (risk.summary) w.text(t('pdf.summary', { summary: risk.summary }), { indent });
  w.gap(4);
  w.text(risk.instrument.caveat[locale], { indent, size: 9 });
}
