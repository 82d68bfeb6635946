import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import type { TActor } from '@/lib/auth/actor';
import { ConflictError, FieldError, NotFoundError } from '@/lib/actions/errors';
import { getScopedPersonId } from '@/lib/persons/scoped-person';
import { personScope } from '@/lib/persons/scope';
import { addAddress } from '@/lib/persons/add-records';
import { ZAddress } from '@/lib/persons/schemas';
import { toDateInput } from '@/lib/validation/fields';
import type { ZConfirmAddressChange, ZRejectAddressChange, ZReportAddressChange } from './schemas';

/** The stored address: the address form's input (strings), so it is validated again on confirmation. */
export type TStoredAddress = {
  kind: 'REGISTERED' | 'RESIDENCE';
  districtId: string;
  locality: string;
  street: string;
  building: string;
  apartment: string;
  latitude: string;
  longitude: string;
  validFrom: string;
};

/** An officer records a change of address found on a home visit; pending until police decide. */
export async function reportAddressChange({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZReportAddressChange> }) {
  await getScopedPersonId(tx, actor, input.personId);
  const district = await tx.district.findUnique({ where: { id: input.address.districtId } });
  if (!district) throw new FieldError({ 'address.districtId': { key: 'validation.invalid' } });
  const a = input.address;
  const address: TStoredAddress = {
    kind: a.kind,
    districtId: a.districtId,
    locality: a.locality,
    street: a.street,
    building: a.building,
    apartment: a.apartment ?? '',
    latitude: a.latitude === null ? '' : String(a.latitude),
    longitude: a.longitude === null ? '' : String(a.longitude),
    validFrom: toDateInput(a.validFrom),
  };
  return tx.addressChange.create({ data: { personId: input.personId, address, foundOn: input.foundOn, note: input.note ?? null, reportedById: actor.id } });
}

async function pendingChange(tx: Tx, actor: TActor, ref: { changeId: string; version: number }) {
  const change = await tx.addressChange.findFirst({ where: { id: ref.changeId, person: personScope(actor) } });
  if (!change) throw new NotFoundError('AddressChange');
  if (change.version !== ref.version || change.status !== 'PENDING') throw new ConflictError({ key: 'escalation.errors.addressDecided' });
  return change;
}

async function decide(tx: Tx, id: string, version: number, data: Record<string, unknown>) {
  const updated = await tx.addressChange.updateMany({ where: { id, version, status: 'PENDING' }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new ConflictError({ key: 'escalation.errors.addressDecided' });
}

/**
 * Police confirm: the address becomes the person's current one through the existing address code
 * (lib/persons/add-records.ts: closes the previous address of its kind, checks facilities near it).
 */
export async function confirmAddressChange({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZConfirmAddressChange> }) {
  const change = await pendingChange(tx, actor, input);
  const parsed = ZAddress.safeParse(change.address);
  if (!parsed.success) throw new FieldError({ _form: { key: 'escalation.errors.addressNoLongerValid' } });
  let result;
  try {
    result = await addAddress({ tx, actor, input: { personId: change.personId, address: parsed.data } });
  } catch (error) {
    // The address form's own field errors have no field here: the change cannot apply as found.
    if (error instanceof FieldError) throw new FieldError({ _form: { key: 'escalation.errors.addressNoLongerValid' } });
    throw error;
  }
  await decide(tx, change.id, input.version, { status: 'ACCEPTED', decidedById: actor.id, decidedAt: new Date(), addressId: result.address.id });
  return { change, address: result.address, flags: result.flags };
}

/** Police reject a found change with a reason; the person's addresses stay as they are. */
export async function rejectAddressChange({ tx, actor, input }: { tx: Tx; actor: TActor; input: z.output<typeof ZRejectAddressChange> }) {
  const change = await pendingChange(tx, actor, input);
  await decide(tx, change.id, input.version, { status: 'DECLINED', decidedById: actor.id, decidedAt: new Date(), rejectReason: input.reason });
  return change;
}
