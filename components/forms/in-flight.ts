/**
 * One submission at a time. The flag is set synchronously, before the first await, so a second
 * click that arrives before React re-renders (when `pending` state is still false) is refused
 * rather than sending the action twice. Pure, so it is tested without a DOM
 * (tests/unit/in-flight.test.ts); useActionForm keeps one per form in a ref.
 */
export type TInFlightGuard = {
  /** Runs `call` unless one is already running; a refused call resolves to `{ ran: false }`. */
  run<T>(call: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }>;
  readonly busy: boolean;
};

export function createInFlightGuard(): TInFlightGuard {
  let busy = false;
  return {
    get busy() {
      return busy;
    },
    async run<T>(call: () => Promise<T>) {
      if (busy) return { ran: false } as const;
      busy = true;
      try {
        return { ran: true, value: await call() } as const;
      } finally {
        busy = false;
      }
    },
  };
}
