import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasPermission, type TPermission } from '@/lib/auth/permissions';
import { actAs, buildWorld, type TWorld } from '../helpers/world';
import { actionInput, DEFINED_ACTIONS, fuzzSeed, type TKnownIds } from '../helpers/fuzz';

// Every server action, called through defineAction as a user allowed to call it, with fuzzed
// input (shaped by its schema, with real ids mixed in so that some inputs reach real records):
// each call returns a result. Never a thrown error, never a database error: "unexpected error"
// results fail here, and so does the error line that defineAction logs for them (setup.ts).

const RUNS_PER_ACTION = 100;
let world: TWorld;
let known: TKnownIds;

beforeAll(async () => {
  world = await buildWorld();
  known = {
    personId: [world.person.id],
    orderId: [world.order.id],
    districtId: [world.district.id, world.district2.id],
    courtId: [world.court.id],
    articleId: [world.article.id],
    legalBasisId: [world.basis.id],
    regionId: [world.region.id],
  };
});

/** A user of the world whose role holds the permission (the officer first: the narrowest scope). */
function allowedUser(permission: string) {
  const order = ['officer', 'police', 'clerk', 'supervisor', 'admin'] as const;
  const name = order.find((n) => hasPermission(world.users[n].role, permission as TPermission));
  return name ? world.users[name] : null;
}

describe('every action through defineAction under fuzzed input', () => {
  const seed = fuzzSeed();
  for (const action of DEFINED_ACTIONS) {
    it(`${action.actionName}: returns a result for every input`, async () => {
      const user = allowedUser(action.permission);
      expect(user, `a role holds ${action.permission}`).not.toBeNull();
      await actAs(user!);
      const codes = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(actionInput(action.schema, known), async (input) => {
          const result = (await action(input)) as { ok: boolean; code?: string };
          expect(typeof result.ok).toBe('boolean');
          const code = result.ok ? 'ok' : result.code!;
          codes.set(code, (codes.get(code) ?? 0) + 1);
          expect(code, JSON.stringify(result)).not.toBe('error');
        }),
        { numRuns: RUNS_PER_ACTION, seed },
      );
      console.info(`[fuzz] ${action.actionName}: ${JSON.stringify(Object.fromEntries(codes))}`);
    });
  }
});
