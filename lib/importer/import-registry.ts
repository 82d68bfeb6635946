import 'server-only';
import { createHash } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { DeniedFieldError, FieldError } from '@/lib/actions/errors';
import { recordRegistrationConflicts } from '@/lib/conflicts/record-conflicts';
import { localCalendarDay } from '@/lib/i18n/format';
import { parseRegistryCsv } from './parse-registry-csv';
import { findExistingIins, loadReferenceMaps, rowConvictionFacts, validateRows, type TValidRecord } from './validate-rows';
import { COLUMNS, type TImportCounts, type TRowError } from './schemas';
import { notify } from '@/lib/notifications/notify';
import { supervisorsOfRegion } from '@/lib/notifications/recipients';

/** Rows per INSERT: keeps each statement well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/**
 * Reads and checks a registry file without writing anything. A file that cannot be read as a
 * whole is a field error on `file`; row problems come back as the list of every reason.
 */
export async function checkRegistryFile({ tx, actor, file }: { tx: Tx; actor: TActor; file: Blob }) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = parseRegistryCsv(bytes);
  if (!parsed.ok) throw new FieldError({ file: parsed.error });
  const refs = await loadReferenceMaps(tx, parsed.rows);
  const existingIins = await findExistingIins(tx, actor, parsed.rows);
  const { records, errors, conflicts } = validateRows({ rows: parsed.rows, refs, existingIins });
  const columnOrder = (e: TRowError) => (e.column ? COLUMNS.indexOf(e.column) : -1);
  const all: TRowError[] = [...parsed.shapeErrors, ...errors].sort((a, b) => a.row - b.row || columnOrder(a) - columnOrder(b));
  return { sha256, rows: parsed.rows.length + parsed.shapeErrors.length, badRows: new Set(all.map((e) => e.row)).size, records, errors: all, conflicts };
}

/**
 * Imports a whole registry file, all or nothing: if any row is bad nothing is written and the
 * reasons are returned (as a FieldError, so the caller's transaction rolls back). Each row
 * becomes a person (created by the administrator, awaiting a supervisor's review: on no
 * caseload and not in the public registry until then, lib/review/), the registered
 * address, the conviction and the supervision order. Bulk inserts, a few statements per 500 rows.
 * Rows whose IIN is registered outside the user's scope are recorded, after the rollback, as
 * registration conflicts for their district's supervisors, with a DENIED audit event.
 */
export async function importRegistry({ tx, actor, file, fileName }: { tx: Tx; actor: TActor; file: Blob; fileName: string }) {
  const check = await checkRegistryFile({ tx, actor, file });
  if (check.errors.length) {
    const fieldErrors = { _form: { key: 'importer.result.rowsInvalid', values: { badRows: check.badRows } } };
    const extra = { rowErrors: check.errors };
    if (check.conflicts.length === 0) throw new FieldError(fieldErrors, extra);
    throw new DeniedFieldError(
      fieldErrors,
      async (denialTx) => {
        const conflictIds = await recordRegistrationConflicts({ tx: denialTx, actor, source: 'IMPORT', attempts: check.conflicts });
        return {
          targetType: 'RegistryImport',
          targetId: check.sha256,
          // Record ids for auditors; no IIN from the file.
          details: {
            reason: 'iinOutsideScope',
            fileName,
            rows: check.rows,
            badRows: check.badRows,
            conflictIds,
            existingPersonIds: check.conflicts.map((c) => c.existingPersonId),
          },
        };
      },
      extra,
    );
  }
  const counts = await writeRecords({ tx, actor, records: check.records });
  await notifyReviewers(tx, actor, check.sha256, check.records);
  return { sha256: check.sha256, rows: check.rows, counts };
}

/** The supervisors of each region that received persons review them: told how many await them. */
async function notifyReviewers(tx: Tx, actor: TActor, sha256: string, records: TValidRecord[]) {
  const districts = await tx.district.findMany({ where: { id: { in: [...new Set(records.map((r) => r.districtId))] } }, select: { id: true, regionId: true } });
  const regionOf = new Map(districts.map((d) => [d.id, d.regionId]));
  const perRegion = new Map<string, number>();
  for (const r of records) {
    const regionId = regionOf.get(r.districtId);
    if (regionId) perRegion.set(regionId, (perRegion.get(regionId) ?? 0) + 1);
  }
  for (const [regionId, count] of perRegion) {
    await notify(tx, actor, {
      kind: 'IMPORT_AWAITING_REVIEW',
      to: supervisorsOfRegion(regionId),
      entity: { type: 'RegistryImport', id: sha256, link: '/persons/review' },
      params: { count },
    });
  }
}

async function writeRecords({ tx, actor, records }: { tx: Tx; actor: TActor; records: TValidRecord[] }): Promise<TImportCounts> {
  const today = localCalendarDay();
  const personIdByIin = new Map<string, string>();
  for (const part of chunks(records)) {
    const created = await tx.person.createManyAndReturn({
      data: part.map((r) => ({
        iin: r.iin,
        lastName: r.last_name,
        firstName: r.first_name,
        middleName: r.middle_name ?? null,
        birthDate: r.birth_date,
        sex: r.sex,
        // In review until a supervisor assigns an officer: on no caseload, not in the public registry.
        districtId: r.districtId,
        officerId: null,
        createdById: actor.id,
        reviewStatus: 'PENDING_REVIEW' as const,
      })),
      select: { id: true, iin: true },
    });
    for (const p of created) personIdByIin.set(p.iin, p.id);
  }
  const personId = (r: TValidRecord) => personIdByIin.get(r.iin)!;

  let addresses = 0;
  let convictions = 0;
  let orders = 0;
  for (const part of chunks(records)) {
    addresses += (
      await tx.address.createMany({
        data: part.map((r) => ({
          personId: personId(r),
          kind: 'REGISTERED' as const,
          districtId: r.districtId,
          locality: r.locality,
          street: r.street,
          building: r.building,
          apartment: r.apartment ?? null,
          // The registry does not say since when; the address is known to hold from the import on.
          validFrom: today,
        })),
      })
    ).count;
    convictions += (
      await tx.conviction.createMany({
        data: part.map((r) => ({
          personId: personId(r),
          articleId: r.articleId,
          courtId: r.courtId,
          verdictDate: r.verdict_date,
          sentenceEnd: r.sentence_end,
          ...rowConvictionFacts(r),
        })),
      })
    ).count;
    orders += (
      await tx.supervisionOrder.createMany({
        data: part.map((r) => ({
          personId: personId(r),
          legalBasisId: r.legalBasisId,
          courtId: r.courtId,
          rulingNumber: r.ruling_number,
          rulingDate: r.ruling_date,
          startDate: r.order_start,
          endDate: r.lifelong ? null : r.order_end!,
          lifelong: r.lifelong,
          // An order whose last day has passed is history, not a live order (docs/import.md).
          status: !r.lifelong && r.order_end! < today ? ('EXPIRED' as const) : ('ACTIVE' as const),
        })),
      })
    ).count;
  }
  return { persons: personIdByIin.size, addresses, convictions, orders };
}
