// Benchmark (not a test): caseload and person page with 2 years of history, for a caseload of
// 50 and of 200 persons. Prints server time and SQL query count; the count must not grow with
// the caseload (no N+1). Uses a throwaway in-memory PGlite, or a throwaway database on the
// server named by DATABASE_URL.   npm run bench
import { benchSetup } from './bench-database';
import { createPerson, createUser } from '../seed/factories';
import { createRandom } from '../seed/random';
import { seedCheckInHistory } from '../seed/history';
import { findCaseload, ZCaseloadQuery } from '@/lib/caseload/find-caseload';
import { viewPerson } from '@/lib/persons/view-person';
import { getComplianceFigures } from '@/lib/compliance/compliance';
import { resolveSession } from '@/lib/auth/resolve-session';

async function main() {
  const { kind, db, measure, stop } = await benchSetup();
  const rng = createRandom(2026);
  const district = await db.district.findFirstOrThrow({ where: { code: 'astana-yesil' } });
  const court = await db.court.findFirstOrThrow({ where: { districtId: district.id } });
  const article = await db.criminalArticle.findFirstOrThrow();
  const basis = await db.legalBasis.findFirstOrThrow({ where: { defaultTermYears: { not: null } } });
  const police = await createUser(db, { role: 'POLICE', districtId: district.id });
  const now = new Date();
  console.log(`database: ${kind}`);
  console.log('caseload | persons | check-ins | caseload ms | caseload queries | person ms | person queries');

  for (const size of [50, 200]) {
    const officer = await createUser(db, { role: 'OFFICER', districtId: district.id });
    const ids: string[] = [];
    for (let i = 0; i < size; i++) {
      const { person } = await createPerson(db, {
        rng,
        districtId: district.id,
        createdById: police.id,
        officerId: officer.id,
        articleId: article.id,
        courtId: court.id,
        legalBasisId: basis.id,
        sentenceEnd: new Date(now.getTime() - 800 * 86_400_000),
        restrictions: [
          { type: 'REPORTING', timesPerMonth: rng.int(1, 4) },
          { type: 'CURFEW', from: '22:00', to: '06:00' },
        ],
      });
      ids.push(person.id);
    }
    const checkIns = await db.$transaction(
      (tx) => seedCheckInHistory(tx, rng, { personIds: ids, from: new Date(now.getTime() - 730 * 86_400_000), until: now, recorderId: officer.id }),
      { timeout: 600_000 },
    );
    const session = await db.authSession.create({ data: { userId: officer.id, sessionVersion: officer.sessionVersion, mfaVerifiedAt: new Date() } });
    const actor = (await resolveSession({ db, sessionId: session.id }))!;

    // Warm once, then the median of five runs of each page's data.
    const caseload = await measure(() => findCaseload({ db, actor, query: ZCaseloadQuery.parse({ page: '1' }), now }));
    const person = await measure(async () => {
      await viewPerson({ db, actor, meta: { ip: null, requestId: 'bench' }, personId: ids[0] });
      await getComplianceFigures({ db, personIds: [ids[0]], now });
    });
    console.log(
      `${String(size).padStart(8)} | ${String(ids.length).padStart(7)} | ${String(checkIns).padStart(9)} | ${caseload.ms.toFixed(1).padStart(11)} | ${String(caseload.q).padStart(16)} | ${person.ms.toFixed(1).padStart(9)} | ${String(person.q).padStart(14)}`,
    );
  }
  await stop();
}

void main();
