import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorDocument, ErrorNotice } from '@/components/layout/error-notice';
import { LOCALES } from '@/lib/i18n/config';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { browserLocale } from '@/lib/i18n/error-messages';

// The error pages in all three languages (app/error.tsx, app/registry/error.tsx,
// app/global-error.tsx render these). e2e/error-pages.spec.ts sees the first two on a server whose
// database is down; the root layout cannot be made to fail, so the whole-document page is
// rendered here.

const serverError = Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '1234567890' });
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('error pages', () => {
  for (const locale of LOCALES) {
    const m = MESSAGES[locale].errorPage;
    it(`say what happened, that nothing was saved and what to do, in ${locale}`, () => {
      const html = renderToStaticMarkup(createElement(ErrorNotice, { locale, error: serverError, retry: () => {} }));
      for (const message of [m.heading, m.what, m.nothingSaved, m.whatToDo, m.retry, m.home]) expect(text(html)).toContain(message);
      expect(text(html)).toContain(m.reference.replace('{digest}', '1234567890'));
      expect(html).toMatch(/<button type="button"[^>]*>/);
    });

    it(`the public registry's says it for the public in ${locale}`, () => {
      const html = renderToStaticMarkup(createElement(ErrorNotice, { locale, error: serverError, retry: () => {}, variant: 'registry' }));
      for (const message of [m.registry.heading, m.registry.what, m.registry.nothingSaved, m.registry.whatToDo, m.registry.home])
        expect(text(html)).toContain(message);
      expect(text(html)).not.toContain(m.heading);
      expect(html).toContain('href="/registry"');
    });

    it(`the page that replaces the root layout is a whole document in ${locale}`, () => {
      const html = renderToStaticMarkup(createElement(ErrorDocument, { locale, error: serverError, retry: () => {} }));
      expect(html).toMatch(new RegExp(`^<html lang="${locale}"><head><title>[^<]+</title></head><body>`));
      expect(html).toContain(`<title>${m.title}</title>`);
      expect(text(html)).toContain(m.heading);
    });
  }

  it('show no reference for an error without a digest, and never the error message', () => {
    const html = renderToStaticMarkup(createElement(ErrorNotice, { locale: 'en', error: new Error('secret detail'), retry: () => {} }));
    expect(html).not.toContain('data-testid="error-reference"');
    expect(html).not.toContain('secret detail');
    expect(renderToStaticMarkup(createElement(ErrorNotice, { locale: 'en', error: 'thrown string', retry: () => {} }))).toContain(
      MESSAGES.en.errorPage.heading,
    );
  });

  it("take the page's language from the language cookie, else the browser's languages", () => {
    expect(browserLocale('a=1; NEXT_LOCALE=kk; b=2', ['ru-RU', 'en'])).toBe('kk');
    expect(browserLocale('a=1', ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(browserLocale('NEXT_LOCALE=xx', ['de'])).toBe('en');
    expect(browserLocale('', [])).toBe('en');
  });
});
