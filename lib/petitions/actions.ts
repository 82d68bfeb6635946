import { defineAction } from '@/lib/actions/define-action';
import { ZDecidePetition, ZPetitionMove, ZRecordAnnouncement, ZRescheduleHearing, ZSaveDraft, ZSetHearing, ZStartPetition, ZWithdrawPetition } from './schemas';
import { endorsePetition, filePetition, returnPetition, saveDraft, startPetition, withdrawPetition } from './manage-petition';
import { rescheduleHearing, setHearing } from './hearing';
import { decidePetition, recordAnnouncement } from './decide-petition';
import { addAttachment } from './documents';
import { ZAddAttachment } from './schemas';

const target = (id: string, details?: Record<string, unknown>) => ({ targetType: 'ExtensionPetition', targetId: id, details });

export const startPetitionAction = defineAction({
  name: 'petition.start',
  permission: 'petition.draft',
  schema: ZStartPetition,
  handler: async ({ tx, actor, input }) => {
    const p = await startPetition({ tx, actor, input });
    return { data: { petitionId: p.id }, audit: target(p.id, { personId: input.personId, orderId: input.orderId }) };
  },
});

export const saveDraftAction = defineAction({
  name: 'petition.saveDraft',
  permission: 'petition.draft',
  schema: ZSaveDraft,
  handler: async ({ tx, actor, input }) => {
    const p = await saveDraft({ tx, actor, input });
    return { data: { petitionId: p.id, version: p.version }, audit: target(p.id) };
  },
});

export const endorsePetitionAction = defineAction({
  name: 'petition.endorse',
  permission: 'petition.endorse',
  schema: ZPetitionMove,
  handler: async ({ tx, actor, input }) => {
    const p = await endorsePetition({ tx, actor, input });
    return { data: { petitionId: p.id }, audit: target(p.id) };
  },
});

export const returnPetitionAction = defineAction({
  name: 'petition.return',
  permission: 'petition.endorse',
  schema: ZPetitionMove,
  handler: async ({ tx, actor, input }) => {
    const p = await returnPetition({ tx, actor, input });
    return { data: { petitionId: p.id }, audit: target(p.id, { comment: input.comment }) };
  },
});

export const withdrawPetitionAction = defineAction({
  name: 'petition.withdraw',
  permission: 'petition.draft',
  schema: ZWithdrawPetition,
  handler: async ({ tx, actor, input }) => {
    const p = await withdrawPetition({ tx, actor, input });
    return { data: { petitionId: p.id }, audit: target(p.id, { reason: input.reason }) };
  },
});

export const filePetitionAction = defineAction({
  name: 'petition.file',
  permission: 'petition.file',
  schema: ZPetitionMove,
  handler: async ({ tx, actor, input }) => {
    const p = await filePetition({ tx, actor, input });
    return { data: { petitionId: p.id }, audit: target(p.id) };
  },
});

export const setHearingAction = defineAction({
  name: 'petition.setHearing',
  permission: 'petition.decide',
  schema: ZSetHearing,
  handler: async ({ tx, actor, input }) => {
    const { petition, hearing } = await setHearing({ tx, actor, input });
    return { data: { petitionId: petition.id }, audit: target(petition.id, { hearingDate: input.hearingDate.toISOString().slice(0, 10), hearing }) };
  },
});

export const rescheduleHearingAction = defineAction({
  name: 'petition.rescheduleHearing',
  permission: 'petition.decide',
  schema: ZRescheduleHearing,
  handler: async ({ tx, actor, input }) => {
    const { petitionId, from, to } = await rescheduleHearing({ tx, actor, input });
    return { data: { petitionId }, audit: target(petitionId, { from, to, reason: input.reason }) };
  },
});

export const decidePetitionAction = defineAction({
  name: 'petition.decide',
  permission: 'petition.decide',
  schema: ZDecidePetition,
  handler: async ({ tx, actor, input }) => {
    const { petition, decision, difference } = await decidePetition({ tx, actor, input });
    const differs = difference ? { differsFromRequest: true, requested: difference.requested, granted: difference.granted } : {};
    return {
      data: { petitionId: petition.id, decisionId: decision.id },
      audit: target(petition.id, { outcome: input.outcome, decisionNumber: input.decisionNumber, ...differs }),
    };
  },
});

export const recordAnnouncementAction = defineAction({
  name: 'petition.announce',
  permission: 'announcement.record',
  schema: ZRecordAnnouncement,
  handler: async ({ tx, actor, input }) => {
    const task = await recordAnnouncement({ tx, actor, input });
    return { data: { taskId: task.id }, audit: { targetType: 'AnnouncementTask', targetId: task.id, details: { outcome: input.outcome } } };
  },
});

export const addAttachmentAction = defineAction({
  name: 'petition.attach',
  permission: 'petition.draft',
  schema: ZAddAttachment,
  handler: async ({ tx, actor, input }) => {
    const a = await addAttachment({ tx, actor, input });
    return { data: { attachmentId: a.id }, audit: target(input.petitionId, { attachmentId: a.id, fileName: a.fileName }) };
  },
});
