import { defineAction } from '@/lib/actions/define-action';
import { ZRegistryDecision } from './schemas';
import { setRegistryWithheld } from './withhold';

export const withholdFromRegistryAction = defineAction({
  name: 'registry.withhold',
  permission: 'registry.withhold',
  schema: ZRegistryDecision,
  handler: async ({ tx, actor, input }) => {
    const data = await setRegistryWithheld({ tx, actor, input, withheld: true });
    return { data, audit: { targetType: 'Person', targetId: data.personId, details: { reason: input.reason } } };
  },
});

export const reinstateInRegistryAction = defineAction({
  name: 'registry.reinstate',
  permission: 'registry.withhold',
  schema: ZRegistryDecision,
  handler: async ({ tx, actor, input }) => {
    const data = await setRegistryWithheld({ tx, actor, input, withheld: false });
    return { data, audit: { targetType: 'Person', targetId: data.personId, details: { reason: input.reason } } };
  },
});
