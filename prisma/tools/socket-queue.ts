import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// pglite-socket 0.2.17 serves one PGlite session to many connections by queueing their protocol
// messages one at a time. It keeps a client's *transaction* together, but not a client's
// *extended query*: Parse, Bind, Describe, Execute and Sync are separate messages, so two clients
// sending parameterised queries at once interleave them, and one client's Bind lands on the
// other's unnamed statement ("bind message supplies 2 parameters, but prepared statement
// requires 1"). That is why the app used to be limited to one connection in all, which also
// ruled out a worker process beside it.
//
// This replaces the queue's scheduling loop on the server instance (same algorithm as the
// library's, plus one rule): after a client's extended-query message, only that client is
// served until its Sync. tests/integration/embedded-socket.test.ts interleaves two clients' messages
// through the patched and the unpatched queue to prove it.
// Pinned to pglite-socket 0.2.17 (package.json); recheck on upgrade.
//
// Session hygiene: since every client shares the one session, what a client SETs stays for all
// (pg_dump sets search_path to '', and the app's raw SQL used to fail until a restart). When a
// client disconnects, its open transaction is rolled back (the library does that) and, as soon as
// no other client is inside a transaction or an extended query, the session's settings are reset
// (SESSION_RESET: the part of DISCARD ALL that is safe while other clients stay connected;
// DISCARD ALL itself would also drop their prepared statements, cursors and LISTENs).

type TQueued = {
  handlerId: number;
  message: Uint8Array;
  resolve: (size: number) => void;
  reject: (error: Error) => void;
  onData: (data: Uint8Array) => void;
};

type TQueue = {
  queue: TQueued[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

/** Frontend messages that belong to an extended query, which ends at Sync ('S'). */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/** Run between clients' statements after one disconnects. */
export const SESSION_RESET = 'SET SESSION AUTHORIZATION DEFAULT; RESET ALL;';

/** SESSION_RESET as a simple-query ('Q') protocol message: type, length, text, NUL. */
const RESET_MESSAGE = (() => {
  const text = new TextEncoder().encode(SESSION_RESET);
  const message = new Uint8Array(1 + 4 + text.length + 1);
  message[0] = 'Q'.charCodeAt(0);
  new DataView(message.buffer).setInt32(1, 4 + text.length + 1);
  message.set(text, 5);
  return message;
})();
const ERROR_RESPONSE = 'E'.charCodeAt(0);

/** Whether backend messages (type byte, int32 length including itself, body) hold an ErrorResponse. */
function hasErrorResponse(data: Uint8Array): boolean {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 0; at + 5 <= data.length; at += 1 + view.getInt32(at + 1)) {
    if (data[at] === ERROR_RESPONSE) return true;
  }
  return false;
}

export function keepExtendedQueriesWhole(server: PGLiteSocketServer) {
  const queue = (server as unknown as { queryQueue: TQueue }).queryQueue;
  const db: PGlite = server.db;
  if (!queue || typeof queue.processQueue !== 'function' || !Array.isArray(queue.queue)) {
    throw new Error('pglite-socket internals changed: recheck prisma/tools/socket-queue.ts');
  }
  let midExtendedQuery = false;
  let resetPending = false;

  /** Resets the session if a client left and nobody is mid-transaction or mid-query. Only called while the queue is held (processing). */
  const resetIfIdle = async () => {
    if (!resetPending || midExtendedQuery || db.isInTransaction()) return;
    resetPending = false;
    // Through the wire protocol, exactly as a client's query runs (not db.exec, whose own parsing
    // of the session's replies interleaved with the clients' raw streams and hung the app).
    let failed = false;
    await db
      .runExclusive(() =>
        db.execProtocolRawStream(RESET_MESSAGE, {
          onRawData: (data: Uint8Array) => {
            if (hasErrorResponse(data)) failed = true;
          },
        }),
      )
      .catch(() => {
        failed = true;
      });
    if (failed) console.warn('⚠ Could not reset the embedded session');
  };

  queue.processQueue = async function processQueue(this: TQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        await resetIfIdle();
        let next: TQueued | undefined;
        if ((db.isInTransaction() || midExtendedQuery) && this.lastHandlerId !== null) {
          // Serve only the client whose transaction or extended query is open; others wait.
          const i = this.queue.findIndex((q) => q.handlerId === this.lastHandlerId);
          next = i === -1 ? undefined : this.queue.splice(i, 1)[0];
        } else {
          next = this.queue.shift();
        }
        if (!next) break;
        const query = next;
        let size = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(query.message, {
              onRawData: (data: Uint8Array) => {
                size += data.length;
                query.onData(data);
              },
            }),
          );
        } catch (error) {
          midExtendedQuery = false;
          query.reject(error as Error);
          continue;
        }
        this.lastHandlerId = query.handlerId;
        midExtendedQuery = EXTENDED.has(query.message[0]);
        query.resolve(size);
      }
      await resetIfIdle();
    } finally {
      this.processing = false;
    }
  };

  // A client that disconnects in the middle of an extended query must not block the others.
  const clearTransaction = queue.clearTransactionIfNeeded.bind(queue);
  queue.clearTransactionIfNeeded = async function clearTransactionIfNeeded(this: TQueue, handlerId: number) {
    if (this.lastHandlerId === handlerId && midExtendedQuery) {
      midExtendedQuery = false;
      this.lastHandlerId = null;
    }
    await clearTransaction(handlerId);
    resetPending = true;
    if (!this.processing) {
      // Hold the queue while resetting, so no client's message runs in between.
      this.processing = true;
      try {
        await resetIfIdle();
      } finally {
        this.processing = false;
      }
    }
    await this.processQueue();
  };
}
