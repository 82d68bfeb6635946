// Deletes the embedded database folder. Refuses while a running app owns it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataDirBusyError, startEmbeddedDb } from './embedded-db';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = path.resolve(root, process.env.NADZOR_DATA_DIR ?? '.data/pglite');

try {
  // Taking the lock proves no other process has the folder open.
  const db = await startEmbeddedDb({ dataDir });
  await db.stop();
} catch (error) {
  if (error instanceof DataDirBusyError) {
    console.error(error.message);
    process.exit(1);
  }
}
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`Deleted ${path.relative(root, dataDir)}; the next npm start recreates it with demo data.`);
