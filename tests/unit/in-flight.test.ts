import { describe, expect, it } from 'vitest';
import { createInFlightGuard } from '@/components/forms/in-flight';

// The double-submit guard of useActionForm (components/forms/use-action-form.ts): a second
// submit in the same tick, before React could re-render the button disabled, must not call the
// action again.

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('in-flight guard', () => {
  it('two synchronous calls run the action once', async () => {
    const guard = createInFlightGuard();
    const gate = deferred<string>();
    let calls = 0;
    const action = () => {
      calls += 1;
      return gate.promise;
    };
    const first = guard.run(action);
    const second = guard.run(action);
    expect(calls).toBe(1);
    expect(guard.busy).toBe(true);
    gate.resolve('done');
    expect(await first).toEqual({ ran: true, value: 'done' });
    expect(await second).toEqual({ ran: false });
    expect(calls).toBe(1);
  });

  it('runs again once the first call has settled, also after it failed', async () => {
    const guard = createInFlightGuard();
    await expect(guard.run(() => Promise.reject(new Error('network')))).rejects.toThrow('network');
    expect(guard.busy).toBe(false);
    let calls = 0;
    const outcome = await guard.run(async () => {
      calls += 1;
      return 7;
    });
    expect(outcome).toEqual({ ran: true, value: 7 });
    expect(calls).toBe(1);
  });
});
