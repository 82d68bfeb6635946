import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, buildWorld, db, type TWorld } from '../helpers/world';
import { csvCell, csvLine } from '@/lib/exports/csv';
import { GET as caseloadCsv } from '@/app/(app)/caseload/export/route';
import { GET as auditCsv } from '@/app/(app)/audit/export/route';
import { GET as noticeCsv } from '@/app/(app)/warnings/export/route';
import { GET as expiringCsv } from '@/app/(app)/expiring/export/route';
import { GET as personsCsv } from '@/app/(app)/persons/export/route';
import { createPerson } from '@/prisma/seed/factories';
import { auditTermHash } from '@/lib/audit/search-terms';

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
});

const request = (path: string) => new Request(`http://localhost${path}`);
const text = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString('utf8');

describe('CSV encoding', () => {
  it('quotes separators and neutralises spreadsheet formulas', () => {
    expect(csvCell('Ivanov, Ivan')).toBe('"Ivanov, Ivan"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+7 701')).toBe("'+7 701");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 1, true])).toBe('a,1,true\r\n');
  });
});

describe('CSV exports', () => {
  it('give an officer their own caseload only, with a header, and audit the export', async () => {
    await actAs(world.users.officer);
    const body = await text(await caseloadCsv(request('/caseload/export')));
    expect(body.startsWith('\uFEFFLast name,First name')).toBe(true);
    expect(body).toContain(world.person.iin);
    // Codes become words in the user's language (English without a request locale).
    expect(body).toMatch(/,(Compliant|At risk|In breach),/);
    await actAs(world.users.officer2);
    const other = await text(await caseloadCsv(request('/caseload/export')));
    expect(other).not.toContain(world.person.iin);
    const events = await db.auditEvent.findMany({ where: { action: 'export.caseload', actorId: { in: [world.users.officer.id, world.users.officer2.id] } } });
    expect(events).toHaveLength(2);
  });

  it('follow the list filters: a name search narrows the caseload export', async () => {
    const { person } = await createPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      officerId: world.users.officer.id,
      articleId: world.article.id,
      courtId: world.court.id,
      legalBasisId: world.basis.id,
      identity: { lastName: 'Zzexportova' },
      restrictions: [],
    });
    await actAs(world.users.officer);
    const body = await text(await caseloadCsv(request('/caseload/export?q=Zzexport')));
    const lines = body.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(person.iin);
  });

  it('refuse lists the user may not see, as not found, and audit the refusal', async () => {
    await actAs(world.users.police);
    expect((await auditCsv(request('/audit/export'))).status).toBe(404);
    expect((await caseloadCsv(request('/caseload/export'))).status).toBe(404);
    await actAs(world.users.clerk);
    expect((await noticeCsv(request('/warnings/export'))).status).toBe(404);
    await actAs(null);
    expect((await expiringCsv(request('/expiring/export'))).status).toBe(404);
    const denied = await db.auditEvent.findMany({
      where: {
        outcome: 'DENIED',
        action: { startsWith: 'export.' },
        OR: [{ actorId: { in: [world.users.police.id, world.users.clerk.id] } }, { actorId: null, action: 'export.expiring' }],
      },
      orderBy: { id: 'asc' },
    });
    expect(denied.filter((e) => e.actorId === world.users.police.id).map((e) => e.action)).toEqual(['export.audit', 'export.caseload']);
    expect(denied.filter((e) => e.actorId === world.users.clerk.id).map((e) => e.action)).toEqual(['export.notice-worklist']);
    expect(denied.some((e) => e.actorId === null && (e.details as { reason?: string }).reason === 'unauthenticated')).toBe(true);
  });

  it('keep search terms out of the audit trail: the IIN is stored as a keyed hash, codes stay readable', async () => {
    await actAs(world.users.police);
    const response = await personsCsv(request(`/persons/export?q=${world.person.iin}&districtId=${world.district.id}`));
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="persons-\d{4}-\d{2}-\d{2}\.csv"$/);
    await text(response);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'export.persons', actorId: world.users.police.id }, orderBy: { id: 'desc' } });
    const stored = JSON.stringify(event.details);
    expect(stored).not.toContain(world.person.iin);
    expect(event.details).toEqual({ filters: { q: auditTermHash(world.person.iin), districtId: world.district.id } });
    // The same term hashes the same way (an investigator with the key can find it), another does not.
    expect(auditTermHash(` ${world.person.iin} `)).toBe(auditTermHash(world.person.iin));
    expect(auditTermHash('000000000000')).not.toBe(auditTermHash(world.person.iin));
  });

  it('stream the whole audit trail for those allowed, filtered', async () => {
    await actAs(world.users.supervisor);
    const body = await text(await auditCsv(request(`/audit/export?actor=${encodeURIComponent(world.users.officer.email)}`)));
    const lines = body.trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((l) => l.includes(world.users.officer.email))).toBe(true);
  });

  it('keep the person search in scope: police see their district, administrators nothing', async () => {
    await actAs(world.users.police);
    expect(await text(await personsCsv(request(`/persons/export?q=${world.person.iin}`)))).toContain(world.person.iin);
    await actAs(world.users.police2);
    expect(await text(await personsCsv(request(`/persons/export?q=${world.person.iin}`)))).not.toContain(world.person.iin);
    await actAs(world.users.admin);
    expect((await personsCsv(request('/persons/export'))).status).toBe(404);
  });

  it('keep the notice worklist in scope', async () => {
    await actAs(world.users.police);
    expect(await text(await noticeCsv(request('/warnings/export')))).toContain(world.person.lastName);
    await actAs(world.users.police2);
    const far = await text(await noticeCsv(request('/warnings/export')));
    expect(far.trim().split('\r\n')).toHaveLength(1);
  });
});
