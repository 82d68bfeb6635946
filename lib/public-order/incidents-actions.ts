import 'server-only';
import { defineAction } from '@/lib/actions/define-action';
import { ZAddIncidentFiles, ZRecordIncident } from './incidents-schemas';
import { addIncidentFiles, recordIncident } from './incidents';

// Public-order incident mutations (issue 14; docs/decisions/032-public-order-incidents.md).
// Audit details carry ids and counts only: never names, IINs, places or descriptions.

export const recordIncidentAction = defineAction({
  name: 'publicOrder.incident.record',
  permission: 'publicOrder.record',
  schema: ZRecordIncident,
  handler: async ({ tx, actor, input }) => {
    const { incidentId, files } = await recordIncident({ tx, actor, input });
    return {
      data: { incidentId },
      audit: {
        targetType: 'PublicOrderIncident',
        targetId: incidentId,
        details: { subjectKind: input.subject.kind, subjectId: input.subject.id, kindId: input.kindId, files, protocol: input.protocolNumber !== null },
      },
    };
  },
});

export const addIncidentFilesAction = defineAction({
  name: 'publicOrder.incident.addFiles',
  permission: 'publicOrder.record',
  schema: ZAddIncidentFiles,
  handler: async ({ tx, actor, input }) => {
    const { incidentId, files } = await addIncidentFiles({ tx, actor, input });
    return { data: { incidentId }, audit: { targetType: 'PublicOrderIncident', targetId: incidentId, details: { files } } };
  },
});
