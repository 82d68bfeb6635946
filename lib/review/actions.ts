import { defineAction } from '@/lib/actions/define-action';
import { reviewPersons, ZReviewPersons } from './review-persons';

/** One audit event for the whole review: the officer, how many, and the persons' ids (no names, no IINs). */
export const reviewPersonsAction = defineAction({
  name: 'person.review',
  permission: 'person.review',
  schema: ZReviewPersons,
  handler: async ({ tx, actor, input }) => {
    const result = await reviewPersons({ tx, actor, input });
    return {
      data: { count: result.personIds.length, officerId: result.officerId },
      audit: {
        targetType: 'User',
        targetId: result.officerId,
        details: { count: result.personIds.length, personIds: result.personIds, districtId: result.districtId, slotsAdded: result.slotsAdded },
      },
    };
  },
});
