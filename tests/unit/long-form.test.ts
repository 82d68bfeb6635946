import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMetres, staffName } from '@/lib/i18n/long-form';
import { articleCitation, authorLine, issuingUnit, violationLines, type TDocumentStaff } from '@/lib/documents/court-forms';
import { cyrillicToLatin, latinToCyrillic, staffNameForms } from '@/lib/i18n/transliterate';
import { ZCreateUser } from '@/lib/users/schemas';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatLongDate', () => {
  it('writes a date out as documents do in each language', () => {
    expect(formatLongDate(day('2026-12-01'), 'en')).toBe('1 December 2026');
    expect(formatLongDate(day('2026-12-01'), 'ru')).toBe('1 декабря 2026 г.');
    expect(formatLongDate(day('2026-12-01'), 'kk')).toBe('2026 жылғы 1 желтоқсан');
  });

  it('puts Russian months in the genitive and Kazakh months in the dictionary form, for all twelve', () => {
    const ru = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    const kk = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2025, m, 15));
      expect(formatLongDate(d, 'ru')).toBe(`15 ${ru[m]} 2025 г.`);
      expect(formatLongDate(d, 'kk')).toBe(`2025 жылғы 15 ${kk[m]}`);
    }
  });

  it('reads stored calendar dates in UTC (no day shift) and accepts ISO strings; missing dates are a dash', () => {
    expect(formatLongDate(new Date('2026-01-31T00:00:00Z'), 'ru')).toBe('31 января 2026 г.');
    expect(formatLongDate('2026-03-08', 'en')).toBe('8 March 2026');
    expect(formatLongDate(null, 'ru')).toBe('—');
    expect(formatLongDate('not a date', 'kk')).toBe('—');
  });
});

describe('formatMetres', () => {
  it('uses the language’s unit symbol', () => {
    expect(formatMetres(300, 'en')).toBe('300 m');
    expect(formatMetres(300, 'ru')).toBe('300 м');
    expect(formatMetres(300, 'kk')).toBe('300 м');
    expect(formatMetres(1500, 'ru').replace(/\s/g, ' ')).toBe('1 500 м');
  });
});

describe('staffName', () => {
  const both = { fullName: 'Marat Politsiyev', fullNameCyr: 'Марат Полициев', fullNameLat: 'Marat Politsiyev' };
  it('gives Cyrillic for Russian and Kazakh, Latin for English', () => {
    expect(staffName(both, 'ru')).toBe('Марат Полициев');
    expect(staffName(both, 'kk')).toBe('Марат Полициев');
    expect(staffName(both, 'en')).toBe('Marat Politsiyev');
  });
  it('falls back to the other script, then to the display name', () => {
    expect(staffName({ fullName: 'X', fullNameCyr: null, fullNameLat: 'Lat' }, 'ru')).toBe('Lat');
    expect(staffName({ fullName: 'X', fullNameCyr: 'Кир', fullNameLat: '  ' }, 'en')).toBe('Кир');
    expect(staffName({ fullName: 'Display' }, 'kk')).toBe('Display');
  });
});

describe('court document parts', () => {
  const district = { nameEn: 'Almaly district', nameRu: 'Алмалинский район', nameKk: 'Алмалы ауданы' };
  const region = { nameEn: 'Almaty', nameRu: 'г. Алматы', nameKk: 'Алматы қ.' };
  const police: TDocumentStaff = {
    fullName: 'Marat Politsiyev',
    fullNameCyr: 'Марат Полициев',
    fullNameLat: 'Marat Politsiyev',
    position: 'участковый инспектор полиции',
    role: 'POLICE',
    district: { ...district, region },
    region: null,
    court: null,
  };

  it('cites the article with its part, code and title, without the title’s own parenthesis', () => {
    expect(articleCitation('120-3-1', 'Изнасилование несовершеннолетней (ст. 120 ч. 3-1)', 'ru')).toBe(
      'ч. 3-1 ст. 120 УК РК «Изнасилование несовершеннолетней»',
    );
    expect(articleCitation('124', 'Развращение', 'ru')).toBe('ст. 124 УК РК «Развращение»');
    expect(articleCitation('120-4', 'Он төрт жасқа толмаған адамды зорлау (120-бап 4-бөлік)', 'kk')).toBe(
      'ҚР ҚК 120-бабының 4-бөлігі «Он төрт жасқа толмаған адамды зорлау»',
    );
  });

  it('heads the document with the unit and the author’s position and Cyrillic name', () => {
    expect(issuingUnit(police, 'ru')).toBe('Отдел полиции — Алмалинский район, г. Алматы');
    expect(issuingUnit(police, 'kk')).toBe('Полиция бөлімі — Алмалы ауданы, Алматы қ.');
    expect(authorLine(police, 'ru')).toBe('участковый инспектор полиции Марат Полициев');
    expect(authorLine({ ...police, position: null }, 'kk')).toBe('Марат Полициев');
  });

  it('lists violations with their dates written out', () => {
    const lines = violationLines(
      [
        { date: '2026-03-02', type: 'MISSED_REPORTING', status: 'RECORDED', protocolNumber: null, protocolDate: null },
        { date: '2026-04-10', type: 'CURFEW_BREACH', status: 'ADMIN_PROTOCOL', protocolNumber: 'AP-7', protocolDate: '2026-04-12' },
      ],
      'ru',
    );
    expect(lines[0]).toBe('2 марта 2026 г.: Неявка на регистрацию — зафиксировано');
    expect(lines[1]).toContain('10 апреля 2026 г.: Нарушение комендантского часа');
    expect(lines[1]).toContain('протокол № AP-7 от 12 апреля 2026 г.');
    expect(violationLines([], 'kk')).toEqual(['Бұзушылықтар тіркелмеген.']);
  });
});

describe('staff names in the other script', () => {
  it('reads a Latin name into Cyrillic and a Cyrillic one into Latin', () => {
    expect(latinToCyrillic('Marat Politsiyev')).toBe('Марат Полициев');
    expect(latinToCyrillic('Yerlan Shakhmetov')).toBe('Ерлан Шахметов');
    expect(cyrillicToLatin('Гульнара Сәрсенова')).toBe('Gulnara Sarsenova');
  });
  it('keeps the forms the administrator gave and fills only the missing one', () => {
    expect(staffNameForms('Marat Politsiyev', {})).toEqual({ fullNameCyr: 'Марат Полициев', fullNameLat: 'Marat Politsiyev' });
    expect(staffNameForms('Marat Politsiyev', { fullNameCyr: 'Марат Полицеев' })).toEqual({ fullNameCyr: 'Марат Полицеев', fullNameLat: 'Marat Politsiyev' });
    expect(staffNameForms('Асель Ким', {})).toEqual({ fullNameCyr: 'Асель Ким', fullNameLat: 'Asel Kim' });
  });
  it('the user form refuses a name in the wrong script', () => {
    const base = { email: 'a@b.kz', fullName: 'A B', role: 'ADMIN' as const };
    expect(ZCreateUser.safeParse({ ...base, fullNameCyr: 'Marat' }).error?.issues[0]).toMatchObject({
      path: ['fullNameCyr'],
      message: 'staffNames.validation.cyrillicOnly',
    });
    expect(ZCreateUser.safeParse({ ...base, fullNameLat: 'Марат' }).error?.issues[0]).toMatchObject({
      path: ['fullNameLat'],
      message: 'staffNames.validation.latinOnly',
    });
    expect(ZCreateUser.safeParse({ ...base, fullNameCyr: 'Марат Құлов', fullNameLat: "Marat Kulov-O'Neil", position: 'инспектор' }).success).toBe(true);
  });
});
