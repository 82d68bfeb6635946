import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { createTranslator } from 'next-intl';
import ru from '@/lib/i18n/messages/ru.json';
import kk from '@/lib/i18n/messages/kk.json';
import type { TPrefill } from './prefill';

// The petition document, in Russian or Kazakh (the drafter's choice). DejaVu Sans covers the
// Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) that the standard PDF fonts lack.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

type TInput = {
  petition: {
    language: 'RU' | 'KK'; filingNumber: string; filedAt: Date; grounds: string; requestedLifelong: boolean; requestedTermYears: number | null;
    requestedChanges: string | null; prefill: unknown; court: { nameRu: string; nameKk: string };
    drafter: { fullName: string }; endorser: { fullName: string } | null;
  };
  riskFactors: { titleRu: string; titleKk: string }[];
};

class Writer {
  page: PDFPage;
  y: number;
  constructor(private doc: PDFDocument, private font: PDFFont, private bold: PDFFont) {
    this.page = doc.addPage([595, 842]);
    this.y = 790;
  }
  private ensure(height: number) {
    if (this.y - height < 50) {
      this.page = this.doc.addPage([595, 842]);
      this.y = 790;
    }
  }
  text(value: string, { size = 10, bold = false, indent = 0 } = {}) {
    const font = bold ? this.bold : this.font;
    const width = 495 - indent;
    for (const paragraph of value.split('\n')) {
      let line = '';
      for (const word of paragraph.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) > width && line) {
          this.ensure(size + 4);
          this.page.drawText(line, { x: 50 + indent, y: this.y, size, font });
          this.y -= size + 4;
          line = word;
        } else line = next;
      }
      this.ensure(size + 4);
      this.page.drawText(line, { x: 50 + indent, y: this.y, size, font });
      this.y -= size + 4;
    }
  }
  gap(h = 8) {
    this.y -= h;
  }
  table(rows: [string, string][]) {
    for (const [k, v] of rows) {
      this.ensure(18);
      this.page.drawRectangle({ x: 50, y: this.y - 5, width: 495, height: 16, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
      this.page.drawText(k, { x: 55, y: this.y, size: 9, font: this.font });
      this.page.drawText(v, { x: 420, y: this.y, size: 9, font: this.bold });
      this.y -= 16;
    }
  }
}

export async function renderPetitionPdf({ petition, riskFactors }: TInput): Promise<Uint8Array<ArrayBuffer>> {
  const locale = petition.language === 'KK' ? 'kk' : 'ru';
  const t = createTranslator({ locale, messages: locale === 'kk' ? kk : ru, namespace: 'petitionPdf' });
  const p = petition.prefill as TPrefill;
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf')), { subset: true });
  const bold = await doc.embedFont(fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')), { subset: true });
  // Fixed metadata: the document depends on stored data only, so regenerating gives the same bytes.
  doc.setTitle(t('title'));
  doc.setProducer('Nadzor');
  doc.setCreator('Nadzor');
  doc.setCreationDate(petition.filedAt);
  doc.setModificationDate(petition.filedAt);
  const w = new Writer(doc, font, bold);
  const court = locale === 'kk' ? petition.court.nameKk : petition.court.nameRu;
  const date = petition.filedAt.toISOString().slice(0, 10);

  w.text(t('to', { court }), { size: 10 });
  w.text(t('filing', { number: petition.filingNumber, date }), { size: 10 });
  w.gap(12);
  w.text(t('title'), { size: 14, bold: true });
  w.gap(8);

  w.text(`1. ${t('sectionPerson')}`, { bold: true, size: 11 });
  w.text(`${p.person.lastName} ${p.person.firstName} ${p.person.middleName ?? ''} · ${t('iin')}: ${p.person.iin} · ${t('born')}: ${p.person.birthDate}`, { indent: 12 });
  w.text(`${locale === 'kk' ? p.person.region.kk : p.person.region.ru}, ${locale === 'kk' ? p.person.district.kk : p.person.district.ru}${p.person.address ? `, ${p.person.address}` : ''}`, { indent: 12 });
  w.gap();
  w.text(`2. ${t('sectionConvictions')}`, { bold: true, size: 11 });
  for (const c of p.convictions) w.text(`— ${c.article}: ${locale === 'kk' ? c.titleKk : c.titleRu}; ${locale === 'kk' ? c.courtKk : c.courtRu}, ${c.verdictDate}; ${t('sentenceEnd')} ${c.sentenceEnd}`, { indent: 12 });
  w.gap();
  w.text(`3. ${t('sectionOrder')}`, { bold: true, size: 11 });
  w.text(t('order', { number: p.order.rulingNumber, date: p.order.rulingDate ?? '', start: p.order.startDate ?? '', end: p.order.lifelong ? t('lifelong') : (p.order.endDate ?? '') }), { indent: 12 });
  w.text(locale === 'kk' ? p.order.basisKk : p.order.basisRu, { indent: 12 });
  for (const e of p.order.extensions) w.text(`— ${t('extension', { from: e.from ?? '', to: e.lifelong ? t('lifelong') : (e.to ?? ''), number: e.rulingNumber, date: e.rulingDate ?? '' })}`, { indent: 12 });
  w.gap();
  w.text(`4. ${t('sectionRestrictions')}`, { bold: true, size: 11 });
  for (const r of p.restrictions) w.text(`— ${t(`restriction.${r.type}`)}${r.type === 'REPORTING' ? `: ${r.timesPerMonth}` : r.type === 'CURFEW' ? `: ${r.from}–${r.to}` : r.type === 'EXCLUSION_ZONE' ? `: ${r.radiusM} m` : r.type === 'TRAVEL_LIMIT' ? `: ${r.area}` : ''}`, { indent: 12 });
  w.gap();
  w.text(`5. ${t('sectionCompliance', { date: p.asOf ?? '' })}`, { bold: true, size: 11 });
  w.table([
    [t('attended'), String(p.compliance.attended)],
    [t('missed'), String(p.compliance.missed)],
    [t('excused'), String(p.compliance.excused)],
    [t('violationsRecorded'), String(p.compliance.violationsRecorded)],
    [t('violationsProtocol'), String(p.compliance.violationsProtocol)],
    [t('violationsReferral'), String(p.compliance.violationsReferral)],
    [t('violationsDismissed'), String(p.compliance.violationsDismissed)],
    [t('warningsSigned'), String(p.compliance.warningsSigned)],
  ]);
  w.gap();
  w.text(`6. ${t('sectionGrounds')}`, { bold: true, size: 11 });
  for (const rf of riskFactors) w.text(`— ${locale === 'kk' ? rf.titleKk : rf.titleRu}`, { indent: 12 });
  w.text(petition.grounds, { indent: 12 });
  w.gap();
  w.text(`7. ${t('sectionRequest')}`, { bold: true, size: 11 });
  w.text(petition.requestedLifelong ? t('requestLifelong') : t('requestYears', { years: petition.requestedTermYears ?? 0 }), { indent: 12 });
  if (petition.requestedChanges) w.text(`${t('requestedChanges')}: ${petition.requestedChanges}`, { indent: 12 });
  w.gap(24);
  w.text(`${t('drafter')}: ${petition.drafter.fullName}    ____________________`);
  w.gap(12);
  w.text(`${t('endorser')}: ${petition.endorser?.fullName ?? ''}    ____________________`);
  return new Uint8Array(await doc.save());
}
