import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

// Plain A4 documents (petitions, warnings) written top to bottom with word wrap. DejaVu Sans
// covers the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) that the standard PDF fonts lack.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');

export class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private doc: PDFDocument,
    readonly font: PDFFont,
    private bold: PDFFont,
  ) {
    this.page = doc.addPage([595, 842]);
    this.y = 790;
  }
  private ensure(height: number) {
    if (this.y - height < 60) {
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
  /** Starts a new page unless `height` more points fit: keeps a heading with the lines under it. */
  keep(height: number) {
    this.ensure(height);
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

/**
 * Stamps every page, once the content is written: a footer line with the document's number on
 * the left and the page number ("Страница 1 из 3") on the right, below the writer's bottom margin.
 */
export function stampFooter(doc: PDFDocument, font: PDFFont, footer: (page: number, pages: number) => { left: string; right: string }) {
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const { left, right } = footer(index + 1, pages.length);
    page.drawLine({ start: { x: 50, y: 42 }, end: { x: 545, y: 42 }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
    page.drawText(left, { x: 50, y: 30, size: 8, font });
    page.drawText(right, { x: 545 - font.widthOfTextAtSize(right, 8), y: 30, size: 8, font });
  });
}

/** A new document whose metadata depends only on the given date, so regenerating gives the same bytes. */
export async function createDocument({ title, date }: { title: string; date: Date }) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans.ttf')), { subset: true });
  const bold = await doc.embedFont(fs.readFileSync(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')), { subset: true });
  doc.setTitle(title);
  doc.setProducer('Nadzor');
  doc.setCreator('Nadzor');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return { doc, w: new Writer(doc, font, bold) };
}
