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
// Session settings: every client shares the one session, so what a client SETs stays for all
// (pg_dump sets search_path to ''). The app does not depend on it: its raw SQL names its schema
// ("public"."X", tests/unit/raw-sql-schema.test.ts) and Prisma's own queries always do. Resetting
// the session when a client leaves was tried (issue 11) and hung the app under the browser tests
// a few seconds after an idle connection closed; it is left out until that is understood
// (docs/decisions/001-embedded-database.md).

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

export function keepExtendedQueriesWhole(server: PGLiteSocketServer) {
  const queue = (server as unknown as { queryQueue: TQueue }).queryQueue;
  const db: PGlite = server.db;
  if (!queue || typeof queue.processQueue !== 'function' || !Array.isArray(queue.queue)) {
    throw new Error('pglite-socket internals changed: recheck prisma/tools/socket-queue.ts');
  }
  let midExtendedQuery = false;

  queue.processQueue = async function processQueue(this: TQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
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
    await this.processQueue();
  };
}
