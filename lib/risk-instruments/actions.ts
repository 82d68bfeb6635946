import { defineAction } from '@/lib/actions/define-action';
import { createInstrumentVersion, ZNewInstrumentVersion } from './new-version';

/** A new version of a risk instrument, made active at once (the previous one stays, inactive). */
export const createInstrumentVersionAction = defineAction({
  name: 'risk.instrument.create',
  permission: 'reference.manage',
  schema: ZNewInstrumentVersion,
  handler: async ({ tx, actor, input }) => {
    const created = await createInstrumentVersion({ tx, actor, input });
    // Reference data only: the instrument's code and versions, no personal data.
    return {
      data: { id: created.id, version: created.version },
      audit: {
        targetType: 'RiskInstrument',
        targetId: created.id,
        details: { code: created.code, version: created.version, previousVersion: created.previousVersion },
      },
    };
  },
});
