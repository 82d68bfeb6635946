// Serves a throwaway in-memory PGlite for `npm run bench:national`, in its own process: PGlite is
// single-threaded WebAssembly, and in the bench's own process every query the app sends would
// stall the load generator's clock (in `npm start` too the database has a process of its own).
// Prints {"url": …} once ready; exits when the parent closes stdin or sends a signal.
import { benchDatabase } from '../bench-database';

async function main() {
  delete process.env.DATABASE_URL;
  const db = await benchDatabase();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await db.stop();
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  process.stdout.write(`${JSON.stringify({ url: db.url, kind: db.kind })}\n`);
}

void main();
