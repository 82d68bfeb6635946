import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { endorsePetitionAction, filePetitionAction, saveDraftAction, startPetitionAction } from '@/lib/petitions/actions';
import { issueWarningAction } from '@/lib/warnings/actions';
import { createUserAction } from '@/lib/users/actions';
import { createPerson, createUser } from '@/prisma/seed/factories';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { formatLongDate } from '@/lib/i18n/long-form';

// Court-ready documents (issue 12): the petition and warning PDFs in Russian and Kazakh, read
// back with pdftotext: dates written out, staff names in Cyrillic, the article with its title,
// the issuing unit and position header, the violations with dates, and the number and page on
// every page.

const TODAY = kzToday();
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RU_DATE = /\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\./;
const KK_DATE = /\d{4} жылғы \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/;

let world: TWorld;
let police: Awaited<ReturnType<typeof createUser>>;
let article: { id: string; titleRu: string; titleKk: string };

const pdfPages = (pdf: Uint8Array) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf) })
    .toString()
    .split('\f')
    .filter((page) => page.trim().length > 0);
const flat = (text: string) => text.replace(/\s+/g, ' ');

beforeAll(async () => {
  world = await buildWorld();
  police = await createUser(db, {
    role: 'POLICE',
    districtId: world.district.id,
    fullName: 'Marat Politsiyev',
    fullNameLat: 'Marat Politsiyev',
    fullNameCyr: 'Марат Полициев',
    position: 'участковый инспектор полиции',
  });
  await db.riskFactor.upsert({
    where: { code: 'repeat-violations' },
    create: { code: 'repeat-violations', titleEn: 'R', titleRu: 'Р', titleKk: 'Р' },
    update: {},
  });
  article = await db.criminalArticle.upsert({
    where: { code: '120-3-1' },
    create: {
      code: '120-3-1',
      gravity: 'ESPECIALLY_GRAVE',
      titleEn: 'Rape of a minor (art. 120 part 3-1)',
      titleRu: 'Изнасилование несовершеннолетней (ст. 120 ч. 3-1)',
      titleKk: 'Кәмелетке толмаған адамды зорлау (120-бап 3-1-бөлік)',
    },
    update: {},
  });
});

async function personWithViolation() {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: police.id,
    officerId: world.users.officer.id,
    articleId: article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2018, 11, 20)),
    order: { endDate: addCalendarDays(TODAY, 19) },
    restrictions: [{ type: 'EXCLUSION_ZONE', radiusM: 300, facilityTypes: ['SCHOOL'] }],
  });
  const violationDay = addCalendarDays(TODAY, -40);
  // 11:00 in Kazakhstan on that day.
  await db.violation.create({
    data: {
      personId: person.id,
      occurredAt: new Date(violationDay.getTime() + 6 * 3_600_000),
      type: 'CURFEW_BREACH',
      status: 'RECORDED',
      description: 'fixture',
      recordedById: police.id,
    },
  });
  return { person, order: order!, violationDay };
}

async function filePetition(language: 'RU' | 'KK') {
  const { person, order, violationDay } = await personWithViolation();
  await actAs(police);
  const started = await startPetitionAction({ personId: person.id, orderId: order.id });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const id = started.data.petitionId;
  const v = async () => (await db.extensionPetition.findUniqueOrThrow({ where: { id } })).version;
  // Grounds long enough for the document to run over several pages.
  const grounds = Array.from({ length: 60 }, (_, i) => `${i + 1}. Нарушение режима надзора подтверждено материалами проверки участкового инспектора.`).join(
    '\n',
  );
  const saved = await saveDraftAction({
    petitionId: id,
    version: await v(),
    grounds,
    riskFactorCodes: ['repeat-violations'],
    requestedLifelong: false,
    requestedTermYears: '3',
    courtId: world.court.id,
    language,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  await actAs(world.users.supervisor);
  expect((await endorsePetitionAction({ petitionId: id, version: await v() })).ok).toBe(true);
  await actAs(police);
  expect((await filePetitionAction({ petitionId: id, version: await v() })).ok).toBe(true);
  const petition = await db.extensionPetition.findUniqueOrThrow({ where: { id } });
  return { petition, person, violationDay };
}

describe('the petition document', () => {
  it('is court-ready in Russian and in Kazakh', async () => {
    const expected = {
      RU: {
        date: RU_DATE,
        header: 'Отдел полиции — d1, Регион',
        article: 'ч. 3-1 ст. 120 УК РК «Изнасилование несовершеннолетней»',
        violation: 'Нарушение комендантского часа — зафиксировано',
        heading: 'Нарушения условий надзора',
        page: (i: number, n: number) => `Страница ${i} из ${n}`,
        footer: 'Ходатайство рег. №',
        metres: '300 м',
        locale: 'ru',
      },
      KK: {
        date: KK_DATE,
        header: 'Полиция бөлімі — d1, Өңір',
        article: 'ҚР ҚК 120-бабының 3-1-бөлігі «Кәмелетке толмаған адамды зорлау»',
        violation: '— тіркелді',
        heading: 'Қадағалау шарттарын бұзушылықтар',
        page: (i: number, n: number) => `${n} беттің ${i}-беті`,
        footer: 'Өтінішхат тіркеу №',
        metres: '300 м',
        locale: 'kk',
      },
    } as const;
    for (const language of ['RU', 'KK'] as const) {
      const e = expected[language];
      const { petition, violationDay } = await filePetition(language);
      const pages = pdfPages(petition.pdf!);
      const text = flat(pages.join('\n'));
      expect(pages.length, language).toBeGreaterThan(1);
      expect(text, language).not.toMatch(ISO_DATE);
      expect(text, language).toMatch(e.date);
      expect(text).toContain(formatLongDate(violationDay, e.locale));
      expect(text).toContain(e.header);
      expect(text).toContain('участковый инспектор полиции Марат Полициев');
      expect(text).not.toContain('Politsiyev');
      expect(text).toContain(e.article);
      expect(text).toContain(e.heading);
      expect(text).toContain(e.violation);
      expect(text).toContain(e.metres);
      expect(text).not.toMatch(/\b300 m\b/);
      pages.forEach((page, i) => {
        expect(flat(page), `${language} page ${i + 1}`).toContain(`${e.footer} ${petition.filingNumber}`);
        expect(flat(page), `${language} page ${i + 1}`).toContain(e.page(i + 1, pages.length));
      });
    }
  });
});

describe('the warning document', () => {
  it('is court-ready in Russian and in Kazakh', async () => {
    const { person } = await personWithViolation();
    for (const [language, type, date, header, page] of [
      ['RU', 'LIFELONG_RESTRICTIONS_NOTICE', RU_DATE, 'Отдел полиции — d1, Регион', 'Страница 1 из 1'],
      ['KK', 'PUBLIC_ORDER_WARNING', KK_DATE, 'Полиция бөлімі — d1, Өңір', '1 беттің 1-беті'],
    ] as const) {
      await actAs(police);
      const result = await issueWarningAction({ personId: person.id, type, language });
      if (!result.ok) throw new Error(JSON.stringify(result));
      const warning = await db.warning.findUniqueOrThrow({ where: { id: result.data.warningId } });
      const pages = pdfPages(warning.pdf!);
      const text = flat(pages.join('\n'));
      expect(text, language).not.toMatch(ISO_DATE);
      expect(text, language).toMatch(date);
      expect(text).toContain(header);
      expect(text).toContain('участковый инспектор полиции Марат Полициев');
      expect(text).not.toContain('Politsiyev');
      expect(text).toContain('300 м');
      pages.forEach((p) => expect(flat(p)).toContain(warning.id));
      expect(flat(pages[0])).toContain(page);
    }
  });
});

describe('staff names in two scripts', () => {
  it('the administrator gives both scripts and the position, or one is read from the full name; a wrong script is refused', async () => {
    await actAs(world.users.admin);
    const given = `names-${Date.now()}@test.kz`;
    const created = await createUserAction({
      email: given,
      fullName: 'Aigerim Saparova',
      fullNameCyr: 'Айгерим Сапарова',
      fullNameLat: 'Aigerim Saparova',
      position: 'старший инспектор',
      role: 'POLICE',
      districtId: world.district.id,
    });
    expect(created.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { email: given } })).toMatchObject({
      fullNameCyr: 'Айгерим Сапарова',
      fullNameLat: 'Aigerim Saparova',
      position: 'старший инспектор',
    });
    const derived = `derived-${Date.now()}@test.kz`;
    expect((await createUserAction({ email: derived, fullName: 'Marat Politsiyev', role: 'ADMIN' })).ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { email: derived } })).toMatchObject({ fullNameCyr: 'Марат Полициев', fullNameLat: 'Marat Politsiyev' });
    const wrong = await createUserAction({ email: `wrong-${Date.now()}@test.kz`, fullName: 'X Y', fullNameCyr: 'Marat', role: 'ADMIN' });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { fullNameCyr: { key: 'staffNames.validation.cyrillicOnly' } } });
  });
});
