import type { Tx } from '@/lib/db/client';
import { parseRestrictionRow } from '@/lib/supervision/restrictions';
import { kzTodayString } from '@/lib/time/today';
import { riskSnapshotAsOf, type TRiskSnapshot } from './risk-snapshot';

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The record as of the drafting date, frozen into the petition: identity, convictions, the
 * order and its extension chain, restrictions in force and the compliance history. The court
 * reads what the police saw when they drafted, even if the record changes later.
 */
export async function buildPrefill(tx: Tx, { personId, orderId, asOf }: { personId: string; orderId: string; asOf: Date }) {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    include: {
      district: { include: { region: true } },
      addresses: { where: { validTo: null }, orderBy: { validFrom: 'desc' } },
      convictions: { include: { article: true, court: true }, orderBy: { verdictDate: 'asc' } },
    },
  });
  const order = await tx.supervisionOrder.findUniqueOrThrow({
    where: { id: orderId },
    include: { legalBasis: true, court: true, extensions: { orderBy: { sequence: 'asc' } }, restrictions: { where: { effectiveTo: null } } },
  });
  const checkIns = await tx.checkIn.groupBy({ by: ['outcome'], where: { personId, outcome: { not: 'SCHEDULED' } }, _count: { _all: true } });
  const violations = await tx.violation.groupBy({ by: ['status'], where: { personId }, _count: { _all: true } });
  // Listed with their dates, not only counted (issue 12): the court reads each one.
  const violationList = await tx.violation.findMany({
    where: { personId, occurredAt: { lte: asOf } },
    orderBy: { occurredAt: 'asc' },
    select: { occurredAt: true, type: true, status: true, protocolNumber: true, protocolDate: true },
  });
  const warnings = await tx.warning.groupBy({ by: ['outcome'], where: { personId }, _count: { _all: true } });
  // The latest countersigned risk assessment (issue 13): its whole content, frozen like the rest.
  const riskAssessment: TRiskSnapshot | null = await riskSnapshotAsOf(tx, personId, asOf);
  const count = <T extends { _count: { _all: number } }>(rows: T[], key: keyof T, value: string) => rows.find((r) => r[key] === value)?._count._all ?? 0;
  return {
    asOf: iso(asOf),
    person: {
      iin: person.iin,
      lastName: person.lastName,
      firstName: person.firstName,
      middleName: person.middleName,
      birthDate: iso(person.birthDate),
      sex: person.sex,
      district: { ru: person.district.nameRu, kk: person.district.nameKk },
      region: { ru: person.district.region.nameRu, kk: person.district.region.nameKk },
      address: person.addresses[0]
        ? `${person.addresses[0].locality ? `${person.addresses[0].locality}, ` : ''}${person.addresses[0].street} ${person.addresses[0].building}${person.addresses[0].apartment ? `-${person.addresses[0].apartment}` : ''}`
        : null,
    },
    convictions: person.convictions.map((c) => ({
      article: c.article.code,
      titleEn: c.article.titleEn as string | undefined,
      titleRu: c.article.titleRu,
      titleKk: c.article.titleKk,
      courtRu: c.court.nameRu,
      courtKk: c.court.nameKk,
      verdictDate: iso(c.verdictDate),
      sentenceEnd: iso(c.sentenceEnd),
    })),
    order: {
      rulingNumber: order.rulingNumber,
      rulingDate: iso(order.rulingDate),
      courtRu: order.court.nameRu,
      courtKk: order.court.nameKk,
      basisRu: order.legalBasis.titleRu,
      basisKk: order.legalBasis.titleKk,
      startDate: iso(order.startDate),
      endDate: iso(order.endDate),
      lifelong: order.lifelong,
      extensions: order.extensions.map((e) => ({
        from: iso(e.previousEndDate),
        to: iso(e.newEndDate),
        lifelong: e.lifelong,
        rulingNumber: e.rulingNumber,
        rulingDate: iso(e.rulingDate),
      })),
    },
    violations: violationList.map((v) => ({
      date: kzTodayString(v.occurredAt), // the calendar day in Kazakhstan
      type: v.type,
      status: v.status,
      protocolNumber: v.protocolNumber,
      protocolDate: iso(v.protocolDate),
    })),
    restrictions: order.restrictions.map((r) => parseRestrictionRow(r)).filter((r) => r !== null),
    compliance: {
      attended: count(checkIns, 'outcome', 'ATTENDED'),
      missed: count(checkIns, 'outcome', 'MISSED'),
      excused: count(checkIns, 'outcome', 'EXCUSED'),
      violationsRecorded: count(violations, 'status', 'RECORDED'),
      violationsProtocol: count(violations, 'status', 'ADMIN_PROTOCOL'),
      violationsReferral: count(violations, 'status', 'CRIMINAL_REFERRAL'),
      violationsDismissed: count(violations, 'status', 'DISMISSED'),
      warningsSigned: count(warnings, 'outcome', 'SIGNED'),
      warningsRefused: count(warnings, 'outcome', 'REFUSED'),
    },
    riskAssessment,
  };
}

type TBuilt = Awaited<ReturnType<typeof buildPrefill>>;
/**
 * Petitions drafted before issue 12 have no `violations` list in their frozen prefill, and those
 * drafted before issue 13 no `riskAssessment` (null: none was countersigned at drafting).
 */
export type TPrefill = Omit<TBuilt, 'violations' | 'riskAssessment'> & { violations?: TBuilt['violations']; riskAssessment?: TRiskSnapshot | null };
