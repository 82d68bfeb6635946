import { beforeAll, describe, expect, it } from 'vitest';
import { subDays } from 'date-fns';
import { actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import { rollAllSchedules } from '@/lib/checkins/schedule';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { countInbox, findAgenda, findInbox } from '@/lib/caseload/agenda';
import { findDueReassessments } from '@/lib/risk/dues';
import { findPersons } from '@/lib/persons/find-persons';
import { viewPerson } from '@/lib/persons/view-person';
import { getDashboard } from '@/lib/oversight/figures';
import { ZDashboardFilter } from '@/lib/oversight/filters';
import { countExpiringOrders, findExpiringOrders } from '@/lib/petitions/expiry-worklist';
import { countNoticeWorklist, findNoticeWorklist } from '@/lib/warnings/notice-worklist';
import { createPerson } from '@/prisma/seed/factories';

// "No page render writes anything except its audit event" (issue 8): render the read paths of
// the busiest pages twice and compare every table (but the audit trail's) before and after.

let world: TWorld;

beforeAll(async () => {
  world = await buildWorld();
  for (let i = 0; i < 3; i++) {
    await createPerson(db, {
      districtId: world.district.id,
      createdById: world.users.police.id,
      officerId: world.users.officer.id,
      articleId: world.article.id,
      courtId: world.court.id,
      legalBasisId: world.basis.id,
      sentenceEnd: new Date(Date.UTC(2022, 0, 1)),
      restrictions: [{ type: 'REPORTING', timesPerMonth: 2 + i }],
    });
  }
  // A test-only function: a digest of one table's rows (dynamic SQL needs the table name quoted by format()).
  await db.$executeRaw`
    CREATE OR REPLACE FUNCTION pg_temp_table_digest(tbl text) RETURNS text AS $$
    DECLARE result text;
    BEGIN
      EXECUTE format('SELECT count(*) || '':'' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), '''') FROM %I t', tbl) INTO result;
      RETURN result;
    END $$ LANGUAGE plpgsql`;
});

async function fingerprint() {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('AuditEvent', 'AuditSeal', 'AuditVerification', '_prisma_migrations')
    ORDER BY 1`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRaw<{ digest: string }[]>`SELECT pg_temp_table_digest(${name}) AS digest`;
    out[name] = row.digest;
  }
  return out;
}

describe('read paths', () => {
  it('write nothing but audit events: caseload, agenda, inbox, person page, dashboard and worklists, each rendered twice', async () => {
    const now = new Date();
    // The schedule is made by the job (and by the writes that change it), before anyone looks.
    // Made as of three weeks ago, so a render that rolled it forward would add the newest slots.
    // Only this world's region (what the renders below read): the shared test database holds every
    // file's persons, and rolling them all outgrew time limits on a loaded machine (CI, issue 13).
    await rollAllSchedules({ db, now: subDays(now, 21), batchSize: 50, where: { regionId: world.region.id } });
    const officer = await actorOf(world.users.officer);
    const supervisor = await actorOf(world.users.supervisor);
    const police = await actorOf(world.users.police);
    const before = await fingerprint();
    const auditBefore = await db.auditEvent.count();
    for (let round = 0; round < 2; round++) {
      const caseload = await findCaseload({ db, actor: officer, query: ZCaseloadQuery.parse({}), now });
      expect(caseload.total).toBeGreaterThanOrEqual(4);
      expect(caseload.rows.some((r) => r.figures.nextDue !== null)).toBe(true); // the schedule is there without a render making it
      await findCaseload({ db, actor: supervisor, query: ZCaseloadQuery.parse({ sort: 'nextDue' }), now });
      const agenda = await findAgenda({ db, actor: officer, now });
      expect(agenda.overdue.length + agenda.today.length + agenda.week.length).toBeGreaterThanOrEqual(0);
      await findInbox({ db, actor: officer, now });
      await countInbox({ db, actor: officer, now });
      await findDueReassessments({ db, actor: officer, now });
      await viewPerson({ db, actor: officer, meta: { ip: null, requestId: 'read-paths' }, personId: world.person.id });
      await findPersons({ db, actor: police, q: world.person.lastName.slice(0, 3), page: 1 });
      await getDashboard({ db, actor: supervisor, filter: ZDashboardFilter.parse({}), now });
      await findExpiringOrders({ db, actor: police, within: 180, page: 1, now });
      await countExpiringOrders({ db, actor: supervisor, now });
      await findNoticeWorklist({ db, actor: police });
      await countNoticeWorklist({ db, actor: supervisor });
    }
    expect(await fingerprint()).toEqual(before);
    // The person views were audited (two, in the same transaction as the reads).
    expect(await db.auditEvent.count()).toBe(auditBefore + 2);
  });
});
