import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, actAsOnce, buildWorld, db, type TWorld } from '../helpers/world';
import { createPerson, uniqueSuffix } from '@/prisma/seed/factories';
import { findRegistryEntries } from '@/lib/registry/find-registry-entries';
import { countRegistryByRegion } from '@/lib/registry/count-by-region';
import { findRegistryPhoto } from '@/lib/registry/registry-photo';
import { REGISTRY_CSV_COLUMNS, registryCsvRows } from '@/lib/registry/export-registry';
import { hitRateLimit, pruneRateLimits, RATE_LIMITS } from '@/lib/http/rate-limit';
import { connect } from '@/prisma/tools/connect';
import { MESSAGES } from '@/lib/i18n/catalogues';
import { clientHeaders, testAddresses } from '../helpers/client-address';
import { registryToday } from '@/lib/registry/rule';
import { ZRegistrySearch } from '@/lib/registry/search';
import { reinstateInRegistry, withholdFromRegistry } from '@/lib/registry/server-actions';
import { GET as getPhoto } from '@/app/registry/photo/[photoId]/route';
import { GET as getExport } from '@/app/registry/export/route';
import { registryPageGate } from '@/lib/registry/registry-gate';

let world: TWorld;
const nextAddress = testAddresses('registry.test');
const DAY = 86_400_000;
const today = registryToday();
const days = (n: number) => new Date(today.getTime() + n * DAY);

beforeAll(async () => {
  world = await buildWorld();
});

/** A letters-only tag (names are searched as words), unique to one test. */
function tag() {
  return `Q${uniqueSuffix()
    .replace(/[^a-z]/gi, '')
    .slice(-4)}${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;
}

async function person(opts: {
  lastName: string;
  firstName?: string;
  start?: Date;
  end?: Date | null;
  lifelong?: boolean;
  status?: 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
  districtId?: string;
  withheld?: boolean;
  order?: boolean;
}) {
  const { person, order } = await createPerson(db, {
    districtId: opts.districtId ?? world.district.id,
    createdById: world.users.police.id,
    officerId: world.users.officer.id,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    identity: { lastName: opts.lastName, firstName: opts.firstName ?? 'Arman', middleName: 'Serikovich' },
    sentenceEnd: opts.start ?? days(-100),
    order: opts.order === false ? null : { endDate: opts.lifelong ? null : opts.end === undefined ? days(100) : opts.end, lifelong: opts.lifelong ?? false },
    restrictions: [],
  });
  if (order && opts.status && opts.status !== 'ACTIVE') await db.supervisionOrder.update({ where: { id: order.id }, data: { status: opts.status } });
  if (opts.withheld)
    await db.person.update({
      where: { id: person.id },
      data: { registryWithheld: true, registryWithheldReason: 'protects the victim', registryWithheldAt: new Date() },
    });
  return person;
}

const search = (q: string | undefined, region: string | undefined, page = 1) => findRegistryEntries({ db, query: { q, region, page }, locale: 'en' });

describe('the public registry: who is listed', () => {
  it('lists persons with an order in force (active, started, lifelong or not yet ended) who are not withheld', async () => {
    const t = tag();
    await person({ lastName: `${t}Active` });
    await person({ lastName: `${t}Lifelong`, start: days(-4000), lifelong: true });
    await person({ lastName: `${t}EndsToday`, end: today });
    await person({ lastName: `${t}StartsToday`, start: today });
    await person({ lastName: `${t}EndedYesterday`, end: days(-1) });
    await person({ lastName: `${t}Expired`, status: 'EXPIRED' });
    await person({ lastName: `${t}Terminated`, status: 'TERMINATED' });
    await person({ lastName: `${t}FutureStart`, start: days(3) });
    await person({ lastName: `${t}Withheld`, withheld: true });
    await person({ lastName: `${t}NoOrder`, order: false });
    const { entries, total } = await search(t, world.region.code);
    expect(entries.map((e) => e.lastName).sort()).toEqual([`${t}Active`, `${t}EndsToday`, `${t}Lifelong`, `${t}StartsToday`].sort());
    expect(total).toBe(4);
  });

  it('publishes only the allow-listed fields: no IIN, id, apartment, coordinates or closed/residence addresses', async () => {
    const t = tag();
    const p = await person({ lastName: `${t}Shown` });
    await db.address.create({
      data: {
        personId: p.id,
        kind: 'REGISTERED',
        districtId: world.district.id,
        locality: 'Old town',
        street: 'Old street',
        building: '1',
        apartment: 'OLDAPT9',
        validFrom: days(-900),
        validTo: days(-400),
      },
    });
    await db.address.create({
      data: {
        personId: p.id,
        kind: 'RESIDENCE',
        districtId: world.district.id,
        locality: 'Hidden',
        street: 'Secret lane',
        building: '99',
        validFrom: days(-300),
      },
    });
    await db.address.create({
      data: {
        personId: p.id,
        kind: 'REGISTERED',
        districtId: world.district.id,
        locality: 'Astana',
        street: 'Abay avenue',
        building: '12',
        apartment: 'APT4417',
        latitude: 51.123456,
        longitude: 71.654321,
        validFrom: days(-399),
      },
    });
    await db.personPhoto.create({ data: { personId: p.id, mimeType: 'image/png', data: Buffer.from([1]), createdAt: new Date(Date.now() - 60_000) } });
    const latest = await db.personPhoto.create({ data: { personId: p.id, mimeType: 'image/png', data: Buffer.from([2]) } });
    const [entry] = (await search(t, world.region.code)).entries;
    expect(Object.keys(entry).sort()).toEqual(['address', 'articles', 'birthDate', 'firstName', 'lastName', 'middleName', 'photoId', 'region']);
    expect(entry).toEqual({
      photoId: latest.id,
      lastName: `${t}Shown`,
      firstName: 'Arman',
      middleName: 'Serikovich',
      birthDate: p.birthDate,
      address: { locality: 'Astana', street: 'Abay avenue', building: '12' },
      region: world.region.nameEn,
      articles: [{ code: world.article.code, title: 'Art' }],
    });
    const json = JSON.stringify(entry);
    for (const secret of [p.iin, p.id, 'APT4417', 'OLDAPT9', 'Secret lane', '51.123456', world.district.id, world.users.officer.id])
      expect(json).not.toContain(secret);
    // The same allow-list in the other languages and in the CSV export.
    const [ru] = (await findRegistryEntries({ db, query: { q: t, region: world.region.code, page: 1 }, locale: 'ru' })).entries;
    expect(ru).toMatchObject({ region: world.region.nameRu, articles: [{ title: 'Ст' }] });
    const csv: unknown[][] = [];
    for await (const rows of registryCsvRows({ db, query: { q: t, region: world.region.code }, locale: 'en', origin: 'https://example.kz' })) csv.push(...rows);
    expect(csv).toEqual([
      [
        `${t}Shown`,
        'Arman',
        'Serikovich',
        p.birthDate.toISOString().slice(0, 10),
        'Astana',
        'Abay avenue',
        '12',
        world.region.nameEn,
        `${world.article.code} Art`,
        `https://example.kz/registry/photo/${latest.id}`,
      ],
    ]);
    expect(csv[0]).toHaveLength(REGISTRY_CSV_COLUMNS.length);
    expect(JSON.stringify(csv)).not.toContain(p.iin);
    expect(JSON.stringify(csv)).not.toContain('APT4417');
  });

  it('counts listed persons per region in SQL, equal to the entries the search finds there', async () => {
    const t = tag();
    for (let i = 0; i < 3; i++) await person({ lastName: `${t}North${i}`, districtId: i === 2 ? world.district2.id : world.district.id });
    await person({ lastName: `${t}South`, districtId: world.farDistrict.id });
    await person({ lastName: `${t}Gone`, status: 'EXPIRED' });
    const counts = await countRegistryByRegion({ db, q: t, locale: 'en' });
    const countOf = (code: string) => counts.find((c) => c.code === code)?.count;
    expect(countOf(world.region.code)).toBe(3);
    expect(countOf(world.otherRegion.code)).toBe(1);
    expect(countOf(world.region.code)).toBe((await search(t, world.region.code)).total);
    expect(countOf(world.otherRegion.code)).toBe((await search(t, world.otherRegion.code)).total);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe((await search(t, undefined)).total);
    // Every region is shown, with 0 where nobody matches.
    expect(counts.length).toBe(await db.region.count());
    expect(counts.filter((c) => c.count > 0)).toHaveLength(2);
  });

  it('searches by name (case-insensitive, prefix or contains, every word) and by region', async () => {
    const t = tag();
    await person({ lastName: `${t}Akhmetov`, firstName: 'Daulet' });
    await person({ lastName: `${t}Bekov`, firstName: 'Daulet' });
    await person({ lastName: `${t}Akhmetov`, firstName: 'Nurlan', districtId: world.farDistrict.id });
    const names = async (q: string, region?: string) => (await search(q, region)).entries.map((e) => `${e.lastName} ${e.firstName}`).sort();
    expect(await names(`${t}akhm`.toLowerCase(), world.region.code)).toEqual([`${t}Akhmetov Daulet`]);
    expect(await names(`${t}AKHMETOV`.toUpperCase())).toEqual([`${t}Akhmetov Daulet`, `${t}Akhmetov Nurlan`]);
    expect(await names(`${t.toLowerCase()} daul`)).toEqual([`${t}Akhmetov Daulet`, `${t}Bekov Daulet`]);
    expect(await names(`${t} ekov`)).toEqual([`${t}Bekov Daulet`]);
    expect(await names(t, world.otherRegion.code)).toEqual([`${t}Akhmetov Nurlan`]);
    expect(await names(`${t} nobody`)).toEqual([]);
    expect(await names(t, 'no-such-region')).toEqual([]);
  });

  it('pages twenty at a time in name order, without overlap', async () => {
    const t = tag();
    for (let i = 0; i < 23; i++) await person({ lastName: `${t}P${String(i).padStart(2, '0')}` });
    const first = await search(t, world.region.code, 1);
    const second = await search(t, world.region.code, 2);
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(20);
    expect(second.entries).toHaveLength(3);
    const all = [...first.entries, ...second.entries].map((e) => e.lastName);
    expect(all).toEqual(Array.from({ length: 23 }, (_, i) => `${t}P${String(i).padStart(2, '0')}`));
    expect((await search(t, world.region.code, 3)).entries).toEqual([]);
  });

  it('parses the public query leniently: bad values mean no filter, never an error', () => {
    expect(ZRegistrySearch.parse({ q: '  Ivanov ', region: '', page: 'x' })).toEqual({ q: 'Ivanov', region: undefined, page: 1 });
    expect(ZRegistrySearch.parse({ q: 'x'.repeat(500), region: ['a', 'b'], page: '3' })).toEqual({ q: undefined, region: undefined, page: 3 });
  });
});

describe('the public photo route', () => {
  it('serves only the latest photo of a listed person, by photo id', async () => {
    const p = await person({ lastName: `${tag()}Photo` });
    const old = await db.personPhoto.create({
      data: { personId: p.id, mimeType: 'image/png', data: Buffer.from([1, 2]), createdAt: new Date(Date.now() - 60_000) },
    });
    const latest = await db.personPhoto.create({ data: { personId: p.id, mimeType: 'image/jpeg', data: Buffer.from([0xff, 0xd8, 0xff]) } });
    const notListed = await person({ lastName: `${tag()}Expired`, status: 'EXPIRED' });
    const hidden = await db.personPhoto.create({ data: { personId: notListed.id, mimeType: 'image/png', data: Buffer.from([3]) } });
    const get = (photoId: string) =>
      getPhoto(new Request(`http://localhost/registry/photo/${photoId}`, { headers: clientHeaders(nextAddress()) }), { params: Promise.resolve({ photoId }) });

    const ok = await get(latest.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/jpeg');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect([...new Uint8Array(await ok.arrayBuffer())]).toEqual([0xff, 0xd8, 0xff]);
    expect((await get(old.id)).status).toBe(404);
    expect((await get(hidden.id)).status).toBe(404);
    expect((await get(p.id)).status).toBe(404);
    expect((await get('nope')).status).toBe(404);

    await db.person.update({ where: { id: p.id }, data: { registryWithheld: true } });
    expect(await findRegistryPhoto({ db, photoId: latest.id })).toBeNull();
  });

  it('answers 429 with Retry-After once a client passes its budget, and only that client', async () => {
    const address = nextAddress();
    const photo = () =>
      getPhoto(new Request('http://localhost/registry/photo/x', { headers: clientHeaders(address) }), { params: Promise.resolve({ photoId: 'x'.repeat(65) }) });
    expect((await photo()).status).toBe(404);
    // Spend the rest of the minute's budget in one statement rather than 1,199 requests.
    await db.rateLimitBucket.update({ where: { key: `${RATE_LIMITS.registryPhotos.name}:${address}` }, data: { count: RATE_LIMITS.registryPhotos.limit } });
    const refused = await photo();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    const other = await getPhoto(new Request('http://localhost/registry/photo/x', { headers: clientHeaders(nextAddress()) }), {
      params: Promise.resolve({ photoId: 'x'.repeat(65) }),
    });
    expect(other.status).toBe(404);
  });

  it('counts a forged X-Forwarded-For as nothing: the address our server set is the key', async () => {
    const address = nextAddress();
    await db.rateLimitBucket.create({
      data: { key: `${RATE_LIMITS.registryPhotos.name}:${address}`, count: RATE_LIMITS.registryPhotos.limit, windowEnds: new Date('2999-01-01T00:00:00Z') },
    });
    const forged = await getPhoto(
      new Request('http://localhost/registry/photo/x', { headers: clientHeaders(address, { 'x-forwarded-for': '203.0.113.50' }) }),
      { params: Promise.resolve({ photoId: 'x'.repeat(65) }) },
    );
    expect(forged.status).toBe(429);
  });
});

describe('the public CSV export', () => {
  it("streams the search with the page's filters and columns, in the visitor's language, and shares the page budget", async () => {
    const t = tag();
    const p = await person({ lastName: `${t}Csv` });
    await person({ lastName: `${t}Far`, districtId: world.farDistrict.id });
    const headers = clientHeaders(nextAddress(), { 'accept-language': 'ru' });
    const url = `http://localhost/registry/export?q=${t}&region=${world.region.code}`;
    const response = await getExport(new Request(url, { headers }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Фамилия,Имя,Отчество,Дата рождения,Населённый пункт,Улица,Дом,Регион,Статьи,Фото');
    expect(lines.slice(1)).toEqual([`${t}Csv,Arman,Serikovich,${p.birthDate.toISOString().slice(0, 10)},,,,${world.region.nameRu},${world.article.code} Ст,`]);
    let status = 0;
    for (let i = 0; i < 60; i++) status = (await getExport(new Request(url, { headers }))).status;
    expect(status).toBe(429);
    const refused = await getExport(new Request(url, { headers }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.text()).toContain('слишком много запросов');
  });
});

describe('the registry page (through proxy.ts)', () => {
  it("answers 429 with Retry-After, in the visitor's language, once the client passed the page budget shared with the CSV export", async () => {
    const address = nextAddress();
    const request = () => new Request('http://localhost/registry?q=x', { headers: clientHeaders(address, { 'accept-language': 'kk' }) });
    expect(await registryPageGate(request(), '/registry')).toBeNull();
    expect(await registryPageGate(request(), '/registry/rules')).toBeNull();
    await db.rateLimitBucket.update({ where: { key: `${RATE_LIMITS.registryPages.name}:${address}` }, data: { count: RATE_LIMITS.registryPages.limit } });
    const refused = await registryPageGate(request(), '/registry');
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused?.text()).toBe(MESSAGES.kk.registry.tooManyText);
    expect((await getExport(new Request('http://localhost/registry/export', { headers: clientHeaders(address) }))).status).toBe(429);
  });
});

describe('the rate limiter (PostgreSQL)', () => {
  const limit = { name: 'test-limit', limit: 3, windowSeconds: 60 };

  it('allows the limit within the window, refuses the next with Retry-After, and starts a new window after it', async () => {
    const address = nextAddress();
    const t0 = new Date('2026-03-01T10:00:00Z');
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    const hits = [];
    for (const s of [0, 1, 2]) hits.push((await hitRateLimit({ db, limit, address, now: at(s) })).allowed);
    expect(hits).toEqual([true, true, true]);
    expect(await hitRateLimit({ db, limit, address, now: at(5) })).toEqual({ allowed: false, retryAfterSeconds: 55 });
    expect((await hitRateLimit({ db, limit, address: nextAddress(), now: at(5) })).allowed).toBe(true);
    expect((await hitRateLimit({ db, limit, address, now: at(60) })).allowed).toBe(true);
    expect((await hitRateLimit({ db, limit, address, now: at(61) })).allowed).toBe(true);
    expect((await hitRateLimit({ db, limit, address, now: at(62) })).allowed).toBe(true);
    expect(await hitRateLimit({ db, limit, address, now: at(63) })).toEqual({ allowed: false, retryAfterSeconds: 57 });
  });

  it('is one budget for two app instances (two database clients) on one database, also under concurrent hits', async () => {
    const url = process.env.DATABASE_URL!;
    const instanceA = connect(url);
    const instanceB = connect(url);
    try {
      const address = nextAddress();
      const now = new Date('2026-03-02T10:00:00Z');
      const shared = { name: 'test-shared', limit: 10, windowSeconds: 60 };
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => hitRateLimit({ db: i % 2 ? instanceA : instanceB, limit: shared, address, now })));
      expect(results.filter((r) => r.allowed)).toHaveLength(10);
      expect(results.filter((r) => !r.allowed).map((r) => r.retryAfterSeconds)).toEqual([60, 60]);
      expect(await hitRateLimit({ db: instanceA, limit: shared, address, now })).toEqual({ allowed: false, retryAfterSeconds: 60 });
      expect(await hitRateLimit({ db: instanceB, limit: shared, address, now })).toEqual({ allowed: false, retryAfterSeconds: 60 });
    } finally {
      await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
    }
  });

  it('prunes windows that ended', async () => {
    const address = nextAddress();
    await hitRateLimit({ db, limit, address, now: new Date('2020-01-01T00:00:00Z') });
    const key = `${limit.name}:${address}`;
    expect(await db.rateLimitBucket.count({ where: { key } })).toBe(1);
    expect(await pruneRateLimits({ db })).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.count({ where: { key } })).toBe(0);
  });
});

describe('withholding from the registry', () => {
  const reason = 'Protects the identity of the victim (court request).';

  it('is for supervisors only: police and officers are refused, and the refusal is audited', async () => {
    const p = await person({ lastName: `${tag()}Perm` });
    for (const user of [world.users.police, world.users.officer, world.users.clerk, world.users.admin]) {
      await actAs(user);
      expect(await withholdFromRegistry({ personId: p.id, version: p.version, reason })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await db.auditEvent.count({ where: { action: 'registry.withhold', actorId: world.users.police.id, outcome: 'DENIED' } })).toBeGreaterThan(0);
    expect((await db.person.findUniqueOrThrow({ where: { id: p.id } })).registryWithheld).toBe(false);
  });

  it("treats a person outside the supervisor's region as not found", async () => {
    const p = await person({ lastName: `${tag()}Scope` });
    await actAs(world.users.supervisor2);
    expect(await withholdFromRegistry({ personId: p.id, version: p.version, reason })).toMatchObject({ ok: false, code: 'not_found' });
    expect((await db.person.findUniqueOrThrow({ where: { id: p.id } })).registryWithheld).toBe(false);
  });

  it('needs a reason of at least ten characters', async () => {
    const p = await person({ lastName: `${tag()}Reason` });
    await actAs(world.users.supervisor);
    expect(await withholdFromRegistry({ personId: p.id, version: p.version, reason: '   ' })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { reason: { key: 'validation.required' } },
    });
    expect(await withholdFromRegistry({ personId: p.id, version: p.version, reason: 'too short' })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { reason: { key: 'registry.validation.reasonTooShort' } },
    });
    expect(await withholdFromRegistry({ personId: p.id, version: p.version })).toMatchObject({
      ok: false,
      code: 'validation',
      fieldErrors: { reason: { key: 'validation.required' } },
    });
    expect((await db.person.findUniqueOrThrow({ where: { id: p.id } })).registryWithheld).toBe(false);
  });

  it('withholds and reinstates with a reason, audited, and the registry follows at once', async () => {
    const t = tag();
    const p = await person({ lastName: `${t}Decide` });
    expect((await search(t, world.region.code)).total).toBe(1);
    await actAs(world.users.supervisor);
    const withheld = await withholdFromRegistry({ personId: p.id, version: p.version, reason });
    expect(withheld).toEqual({ ok: true, data: { personId: p.id, version: p.version + 1 } });
    const stored = await db.person.findUniqueOrThrow({ where: { id: p.id } });
    expect(stored).toMatchObject({ registryWithheld: true, registryWithheldReason: reason, version: p.version + 1 });
    expect(stored.registryWithheldAt).toBeInstanceOf(Date);
    expect((await search(t, world.region.code)).total).toBe(0);
    const audit = await db.auditEvent.findFirst({ where: { action: 'registry.withhold', targetType: 'Person', targetId: p.id, outcome: 'SUCCESS' } });
    expect(audit).toMatchObject({ actorId: world.users.supervisor.id, details: { reason } });

    const reinstated = await reinstateInRegistry({ personId: p.id, version: p.version + 1, reason: 'The court lifted its request today.' });
    expect(reinstated).toMatchObject({ ok: true });
    expect(await db.person.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      registryWithheld: false,
      registryWithheldReason: null,
      registryWithheldAt: null,
      version: p.version + 2,
    });
    expect((await search(t, world.region.code)).total).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { action: 'registry.reinstate', targetId: p.id, outcome: 'SUCCESS' } })).toMatchObject({
      details: { reason: 'The court lifted its request today.' },
    });
  });

  it('loses with a conflict when the person changed since the page was loaded', async () => {
    const p = await person({ lastName: `${tag()}Stale` });
    await actAs(world.users.supervisor);
    expect(await withholdFromRegistry({ personId: p.id, version: p.version, reason })).toMatchObject({ ok: true });
    // A second screen still showing the old version.
    expect(await withholdFromRegistry({ personId: p.id, version: p.version, reason })).toMatchObject({
      ok: false,
      code: 'conflict',
      message: { key: 'errors.conflict' },
    });
    expect(await reinstateInRegistry({ personId: p.id, version: p.version, reason })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.auditEvent.count({ where: { action: 'registry.withhold', targetId: p.id, outcome: 'SUCCESS' } })).toBe(1);
    expect((await db.person.findUniqueOrThrow({ where: { id: p.id } })).version).toBe(p.version + 1);
  });

  it('lets exactly one of two simultaneous decisions win', async () => {
    const p = await person({ lastName: `${tag()}Race` });
    await actAsOnce(world.users.supervisor);
    await actAsOnce(world.users.supervisor);
    const results = await Promise.all([
      withholdFromRegistry({ personId: p.id, version: p.version, reason }),
      withholdFromRegistry({ personId: p.id, version: p.version, reason: 'A different reason, same moment.' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(1);
    expect((await db.person.findUniqueOrThrow({ where: { id: p.id } })).version).toBe(p.version + 1);
  });
});
