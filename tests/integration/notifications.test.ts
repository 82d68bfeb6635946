import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Logger, runOnce } from 'graphile-worker';
import { SMTPServer } from 'smtp-server';
import { actAs, actorOf, buildWorld, db, type TWorld } from '../helpers/world';
import {
  decidePetitionAction,
  endorsePetitionAction,
  filePetitionAction,
  returnPetitionAction,
  saveDraftAction,
  setHearingAction,
  startPetitionAction,
} from '@/lib/petitions/actions';
import { issueWarningAction } from '@/lib/warnings/actions';
import { reassignPersonsAction } from '@/lib/caseload/actions';
import { importRegistryAction } from '@/lib/importer/actions';
import { markAllNotificationsReadAction, markNotificationReadAction } from '@/lib/notifications/actions';
import { countUnread, findNotifications } from '@/lib/notifications/find-notifications';
import { notificationMessage } from '@/lib/notifications/messages';
import { taskList } from '@/lib/jobs/tasks';
import { createPerson, createUser } from '@/prisma/seed/factories';
import { addCalendarDays, kzToday } from '@/lib/time/today';
import { toDateInput } from '@/lib/validation/fields';
import { csvFile, csvText, importRows } from '../helpers/import-csv';

const today = toDateInput(kzToday());
// IIN serials for the import from a logged seed (replay with NOTIFY_SEED=<n>).
const SEED = process.env.NOTIFY_SEED ? Number(process.env.NOTIFY_SEED) : Math.floor(Math.random() * 100_000);
console.info(`notifications.test IIN seed: ${SEED}`);

let world: TWorld;
let supervisorB: Awaited<ReturnType<typeof createUser>>;
let policeB: Awaited<ReturnType<typeof createUser>>;
let clerkOther: Awaited<ReturnType<typeof createUser>>;
const { validRow } = importRows(() => world, 70_000 + SEED);

beforeAll(async () => {
  world = await buildWorld();
  supervisorB = await createUser(db, { role: 'SUPERVISOR', regionId: world.region.id });
  policeB = await createUser(db, { role: 'POLICE', districtId: world.district.id });
  clerkOther = await createUser(db, { role: 'CLERK', courtId: world.court2.id });
  await db.riskFactor.upsert({
    where: { code: 'repeat-violations' },
    create: { code: 'repeat-violations', titleEn: 'R', titleRu: 'Р', titleKk: 'Р' },
    update: {},
  });
});

/** Who got a notification of this kind about this record. */
async function recipientsOf(kind: string, entityId: string) {
  const rows = await db.notification.findMany({ where: { kind: kind as never, entityId }, select: { recipientId: true } });
  return rows.map((r) => r.recipientId).sort();
}
const sorted = (...ids: string[]) => [...ids].sort();

async function newPerson(officerId = world.users.officer.id) {
  const { person, order } = await createPerson(db, {
    districtId: world.district.id,
    createdById: world.users.police.id,
    officerId,
    articleId: world.article.id,
    courtId: world.court.id,
    legalBasisId: world.basis.id,
    sentenceEnd: new Date(Date.UTC(2018, 11, 20)),
    order: { endDate: addCalendarDays(kzToday(), 19) },
  });
  return { person, order: order! };
}

describe('hand-off notifications', () => {
  it('follow a petition from draft to decision, to the right people by role and unit, never the actor', async () => {
    const { person, order } = await newPerson();
    const { users } = world;
    await actAs(users.police);
    const started = await startPetitionAction({ personId: person.id, orderId: order.id });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const id = started.data.petitionId;
    const v = async () => (await db.extensionPetition.findUniqueOrThrow({ where: { id } })).version;
    // Draft awaiting endorsement: the region's supervisors, not the other region's, not the drafter.
    expect(await recipientsOf('PETITION_AWAITING_ENDORSEMENT', id)).toEqual(sorted(users.supervisor.id, supervisorB.id));

    await actAs(users.supervisor);
    expect((await returnPetitionAction({ petitionId: id, version: await v(), comment: 'Add the grounds' })).ok).toBe(true);
    expect(await recipientsOf('PETITION_RETURNED', id)).toEqual([users.police.id]);

    await actAs(users.police);
    const draft = {
      grounds: 'Two missed check-ins and a curfew breach.',
      riskFactorCodes: ['repeat-violations'],
      requestedLifelong: false,
      requestedTermYears: '3',
      courtId: world.court.id,
      language: 'RU',
    };
    expect((await saveDraftAction({ petitionId: id, version: await v(), ...draft })).ok).toBe(true);
    await actAs(users.supervisor);
    expect((await endorsePetitionAction({ petitionId: id, version: await v() })).ok).toBe(true);
    expect(await recipientsOf('PETITION_ENDORSED', id)).toEqual([users.police.id]);
    await actAs(users.police);
    expect((await filePetitionAction({ petitionId: id, version: await v() })).ok).toBe(true);
    // Filed: the clerks of the court it was filed with, not another court's.
    expect(await recipientsOf('PETITION_FILED', id)).toEqual([users.clerk.id]);
    expect(await recipientsOf('PETITION_FILED', id)).not.toContain(clerkOther.id);
    const filed = await db.notification.findFirstOrThrow({ where: { kind: 'PETITION_FILED', entityId: id } });
    const { filingNumber } = await db.extensionPetition.findUniqueOrThrow({ where: { id } });
    expect(filed).toMatchObject({ link: `/petitions/${id}`, entityType: 'ExtensionPetition', params: { filingNumber } });
    expect(notificationMessage('ru', filed.kind, filed.params)).toBe(`Ходатайство ${filingNumber} подано в ваш суд`);

    await actAs(users.clerk);
    expect((await setHearingAction({ petitionId: id, version: await v(), hearingDate: today, hearingTime: '10:30', courtroom: '12' })).ok).toBe(true);
    expect(await recipientsOf('HEARING_SET', id)).toEqual([users.police.id]);

    const decided = await decidePetitionAction({
      petitionId: id,
      version: await v(),
      outcome: 'GRANTED_YEARS',
      termYears: '3',
      decisionNumber: 'N-1',
      decisionDate: today,
    });
    expect(decided.ok).toBe(true);
    // The drafter, the endorser and the person's officer; the district's police announce it.
    expect(await recipientsOf('DECISION_RECORDED', id)).toEqual(sorted(users.police.id, users.supervisor.id, users.officer.id));
    expect(await recipientsOf('ANNOUNCEMENT_DUE', id)).toEqual(sorted(users.police.id, policeB.id));
    const everyone = await db.notification.findMany({ where: { entityId: id }, select: { recipientId: true } });
    // Nobody outside the units (other region's supervisor, far district's police, other court's clerk).
    for (const outsider of [users.supervisor2.id, users.police2.id, clerkOther.id, users.officer2.id, users.admin.id]) {
      expect(everyone.map((n) => n.recipientId)).not.toContain(outsider);
    }
  });

  it('tell the person’s officer of a warning to serve, but not an officer who issued it', async () => {
    const { person } = await newPerson();
    await actAs(world.users.police);
    const byPolice = await issueWarningAction({ personId: person.id, type: 'LIFELONG_RESTRICTIONS_NOTICE', language: 'RU' });
    if (!byPolice.ok) throw new Error(JSON.stringify(byPolice));
    expect(await recipientsOf('WARNING_TO_SERVE', byPolice.data.warningId)).toEqual([world.users.officer.id]);
    await actAs(world.users.officer);
    const byOfficer = await issueWarningAction({ personId: person.id, type: 'PUBLIC_ORDER_WARNING', language: 'RU' });
    if (!byOfficer.ok) throw new Error(JSON.stringify(byOfficer));
    expect(await recipientsOf('WARNING_TO_SERVE', byOfficer.data.warningId)).toEqual([]);
  });

  it('tell the receiving and the former officers of a reassignment, with counts and no names', async () => {
    const officer3 = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    const a = (await newPerson(world.users.officer.id)).person;
    const b = (await newPerson(officer3.id)).person;
    const c = (await newPerson(officer3.id)).person;
    await actAs(world.users.supervisor);
    const result = await reassignPersonsAction({
      persons: [a, b, c].map((p) => ({ id: p.id, version: p.version })),
      toOfficerId: world.users.officer2.id,
      reason: 'Caseload balancing for December',
    });
    expect(result.ok).toBe(true);
    const toYou = await db.notification.findMany({ where: { kind: 'PERSONS_REASSIGNED_TO_YOU', recipientId: world.users.officer2.id } });
    expect(toYou.at(-1)).toMatchObject({ params: { count: 3 }, link: '/caseload' });
    const away = await db.notification.findMany({ where: { kind: 'PERSONS_REASSIGNED_AWAY', recipientId: { in: [world.users.officer.id, officer3.id] } } });
    expect(away.map((n) => [n.recipientId, (n.params as { count: number }).count]).sort()).toEqual(
      [
        [world.users.officer.id, 1],
        [officer3.id, 2],
      ].sort(),
    );
    expect(
      await db.notification.count({
        where: { recipientId: world.users.supervisor.id, kind: { in: ['PERSONS_REASSIGNED_TO_YOU', 'PERSONS_REASSIGNED_AWAY'] } },
      }),
    ).toBe(0);
  });

  it('tell the region’s supervisors how many imported persons await review', async () => {
    await actAs(world.users.admin);
    // A birth date no other test imports with: an IIN is birth date + serial, and the serial windows
    // of test files running at once on the server may overlap (a taken IIN fails the whole file).
    const birth_date = '1986-02-11';
    const rows = [validRow({ birth_date }), validRow({ birth_date }), validRow({ birth_date, district_code: world.district2.code })];
    const result = await importRegistryAction({ file: csvFile(csvText(rows), 'notify.csv') });
    expect(result).toMatchObject({ ok: true });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'registry.import', actorId: world.users.admin.id }, orderBy: { at: 'desc' } });
    expect(await recipientsOf('IMPORT_AWAITING_REVIEW', audit.targetId!)).toEqual(sorted(world.users.supervisor.id, supervisorB.id));
    const n = await db.notification.findFirstOrThrow({ where: { kind: 'IMPORT_AWAITING_REVIEW', entityId: audit.targetId!, recipientId: supervisorB.id } });
    expect(n).toMatchObject({ params: { count: 3 }, link: '/persons/review' });
  });
});

describe('the notification centre', () => {
  it('lists only one’s own, newest first; marking read refuses another user’s notification as not found', async () => {
    const mine = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    const theirs = await createUser(db, { role: 'OFFICER', districtId: world.district.id });
    const make = (recipientId: string, minutesAgo: number) =>
      db.notification.create({
        data: {
          recipientId,
          kind: 'PERSONS_REASSIGNED_TO_YOU',
          entityType: 'User',
          entityId: recipientId,
          link: '/caseload',
          params: { count: minutesAgo },
          createdAt: new Date(Date.now() - minutesAgo * 60_000),
        },
      });
    const older = await make(mine.id, 10);
    const newer = await make(mine.id, 1);
    const foreign = await make(theirs.id, 5);
    const me = await actorOf(mine);
    const list = await findNotifications({ db, actor: me, page: 1 });
    expect(list.rows.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(list).toMatchObject({ total: 2, unread: 2 });

    await actAs(mine);
    expect(await markNotificationReadAction({ notificationId: foreign.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
    expect(await markNotificationReadAction({ notificationId: older.id })).toMatchObject({ ok: true, data: { link: '/caseload' } });
    expect(await countUnread({ db, actor: me })).toBe(1);
    expect(await markAllNotificationsReadAction({})).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await countUnread({ db, actor: me })).toBe(0);
    // Mark all read is one's own too: the other user's stays unread.
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
  });
});

describe('e-mail of notifications', () => {
  const received: { to: string[]; text: string }[] = [];
  let rejectNext = 1;
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        // The first delivery fails (a busy server): the job must be retried.
        if (rejectNext > 0) {
          rejectNext -= 1;
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          // A text-only mail, its body in base64 (lib/notifications/email.ts).
          const raw = Buffer.concat(chunks).toString('utf8');
          const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/\s/g, '');
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), text: Buffer.from(body, 'base64').toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    delete process.env.SMTP_FROM;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const jobOf = async (notificationId: string) =>
    (
      await db.$queryRaw<{ id: string; attempts: number; last_error: string | null }[]>`
        SELECT id::text, attempts, last_error FROM graphile_worker.jobs
        WHERE key = ${`notification:email:${notificationId}`}`
    )[0];
  // The worker's log, kept rather than printed (a failed attempt is logged as an error).
  const workerLog: string[] = [];
  const logger = new Logger(() => (level, message) => void workerLog.push(`${level}: ${message}`));
  const work = () => runOnce({ connectionString: inject('databaseUrl'), taskList, logger, noPreparedStatements: inject('databaseKind') === 'embedded' });

  it('is a job enqueued with the change, retried after a failure and delivered without personal data', async () => {
    const { person } = await newPerson();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.SMTP_FROM = 'Nadzor <nadzor@test.kz>';
    await actAs(world.users.police);
    const issued = await issueWarningAction({ personId: person.id, type: 'LIFELONG_RESTRICTIONS_NOTICE', language: 'RU' });
    if (!issued.ok) throw new Error(JSON.stringify(issued));
    const notification = await db.notification.findFirstOrThrow({ where: { entityId: issued.data.warningId } });
    expect(await jobOf(notification.id)).toBeDefined();

    // First run: the server refuses; the job stays with its error, to be retried later.
    await work();
    const failed = await jobOf(notification.id);
    expect(failed.attempts).toBeGreaterThanOrEqual(1);
    expect(failed.last_error).toContain('451');
    expect(workerLog.some((line) => line.startsWith('error:') && line.includes('notification:email'))).toBe(true);
    expect(received.filter((m) => m.to.includes(world.users.officer.email))).toHaveLength(0);

    // The retry (made due now rather than after the back-off) delivers it. Another test's worker
    // may take it meanwhile (and fail without SMTP): so runs until delivered, a few at most.
    for (let i = 0; i < 5 && !received.some((m) => m.to.includes(world.users.officer.email)); i += 1) {
      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE id = ${BigInt(failed.id)}`;
      await work();
    }
    const mail = received.find((m) => m.to.includes(world.users.officer.email));
    expect(mail).toBeDefined();
    expect(mail!.text).toContain(`/warnings/${issued.data.warningId}`);
    expect(mail!.text).toContain('Уведомление о пожизненных ограничениях ожидает вручения под роспись');
    expect(mail!.text).not.toContain(person.lastName);
    expect(mail!.text).not.toContain(person.iin);
    expect(await jobOf(notification.id)).toBeUndefined();
  });

  it('is not enqueued when SMTP is not configured', async () => {
    delete process.env.SMTP_URL;
    const { person } = await newPerson();
    await actAs(world.users.police);
    const issued = await issueWarningAction({ personId: person.id, type: 'LIFELONG_RESTRICTIONS_NOTICE', language: 'RU' });
    if (!issued.ok) throw new Error(JSON.stringify(issued));
    const notification = await db.notification.findFirstOrThrow({ where: { entityId: issued.data.warningId } });
    expect(await jobOf(notification.id)).toBeUndefined();
  });
});
