import { defineAction } from '@/lib/actions/define-action';
import { ZAddAddress, ZAddConviction, ZRegisterPerson } from './schemas';
import { registerPerson } from './register-person';
import { addAddress, addConviction } from './add-records';
import { ZCreateOrder } from '@/lib/supervision/schemas';
import { createOrder } from '@/lib/supervision/create-order';

// Action definitions (permission, schema, domain call, audit target). The 'use server' module
// in app/ only re-exports them, so tests exercise exactly what the browser calls.

export const registerPersonAction = defineAction({
  name: 'person.register',
  permission: 'person.register',
  schema: ZRegisterPerson,
  handler: async ({ tx, actor, input }) => {
    const { person, flags } = await registerPerson({ tx, actor, input });
    return {
      data: { personId: person.id, flags },
      audit: { targetType: 'Person', targetId: person.id, details: { districtId: person.districtId, proximityFlags: flags.length } },
    };
  },
});

export const addAddressAction = defineAction({
  name: 'person.addAddress',
  permission: 'person.update',
  schema: ZAddAddress,
  handler: async ({ tx, actor, input }) => {
    const { address, flags } = await addAddress({ tx, actor, input });
    return {
      data: { addressId: address.id, flags },
      audit: { targetType: 'Person', targetId: input.personId, details: { addressId: address.id, proximityFlags: flags.length } },
    };
  },
});

export const addConvictionAction = defineAction({
  name: 'conviction.create',
  permission: 'conviction.create',
  schema: ZAddConviction,
  handler: async ({ tx, actor, input }) => {
    const conviction = await addConviction({ tx, actor, input });
    return { data: { convictionId: conviction.id }, audit: { targetType: 'Person', targetId: input.personId, details: { convictionId: conviction.id } } };
  },
});

export const createOrderAction = defineAction({
  name: 'order.create',
  permission: 'order.create',
  schema: ZCreateOrder,
  handler: async ({ tx, actor, input }) => {
    const order = await createOrder({ tx, actor, input });
    return {
      data: { orderId: order.id },
      audit: {
        targetType: 'SupervisionOrder',
        targetId: order.id,
        details: { personId: input.personId, lifelong: order.lifelong, restrictions: input.restrictions.length },
      },
    };
  },
});
