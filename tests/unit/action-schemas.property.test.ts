import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionInput, CATALOGUE_KEYS, DEFINED_ACTIONS, fuzzSeed } from '../helpers/fuzz';

// Property: for every server action's schema, parsing never throws, and every input either
// parses or yields field errors whose messages are keys of the catalogue (so the form shows a
// sentence next to the field, not "Something went wrong"). 1,000 generated inputs per action.

const ACTIONS = DEFINED_ACTIONS;

/** The field-error mapping of defineAction (lib/actions/define-action.ts), kept in step by the last test. */
function messageKey(message: string) {
  return /^(\w+\.)?validation\./.test(message) ? message : 'validation.invalid';
}

describe('every server action schema under fuzzed input', () => {
  const seed = fuzzSeed();

  it('finds every action defined with defineAction', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    // A domain's actions.ts may re-export its parts' modules (`export * from './x-actions'`).
    const count = (file: string): number => {
      const text = fs.readFileSync(file, 'utf8');
      const parts = [...text.matchAll(/^export \* from '\.\/([\w-]+)';$/gm)].map((m) => path.join(path.dirname(file), `${m[1]}.ts`));
      return (text.match(/defineAction\(/g) ?? []).length + parts.reduce((n, part) => n + count(part), 0);
    };
    const defined = fs
      .readdirSync(path.join(root, 'lib'))
      .map((dir) => path.join(root, 'lib', dir, 'actions.ts'))
      .filter((file) => fs.existsSync(file))
      .reduce((n, file) => n + count(file), 0);
    expect(ACTIONS.length).toBe(defined);
    expect(ACTIONS.length).toBeGreaterThanOrEqual(32);
  });

  for (const action of ACTIONS) {
    it(`${action.actionName}: parses or yields field errors, never throws`, () => {
      let parsed = 0;
      fc.assert(
        fc.property(actionInput(action.schema), (input) => {
          const result = action.schema.safeParse(input);
          if (result.success) {
            parsed += 1;
            return;
          }
          expect(result.error.issues.length).toBeGreaterThan(0);
          for (const issue of result.error.issues) {
            const key = messageKey(issue.message);
            if (!CATALOGUE_KEYS.has(key))
              throw new Error(`${action.actionName}: message "${issue.message}" at ${issue.path.join('.') || '(form)'} is not in the catalogue`);
          }
        }),
        { numRuns: 1000, seed },
      );
      // The generator is shaped by the schema, so some inputs get through to the handler.
      console.info(`[fuzz] ${action.actionName}: ${parsed} of 1000 inputs parsed`);
    });
  }
});
