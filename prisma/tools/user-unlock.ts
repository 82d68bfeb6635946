// `npm run user:unlock -- <email>`: ends a user's sign-in lock from the server's shell, audited
// (lib/users/unlock-command.ts). For when every administrator is locked out. Uses DATABASE_URL,
// else the embedded database folder (stop the app first: the folder can be opened only once).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from './connect';
import { DataDirBusyError, startEmbeddedDb, type TEmbeddedDb } from './embedded-db';
import { unlockByCommand } from '../../lib/users/unlock-command';

const root = fileURLToPath(new URL('../..', import.meta.url));
const email = process.argv[2];
if (!email || process.argv.length > 3) {
  console.error('Usage: npm run user:unlock -- <email>');
  process.exit(2);
}

let embedded: TEmbeddedDb | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  try {
    embedded = await startEmbeddedDb({ dataDir: path.resolve(root, process.env.NADZOR_DATA_DIR ?? '.data/pglite') });
  } catch (error) {
    if (error instanceof DataDirBusyError) {
      console.error(`${error.message}\nOr set DATABASE_URL to the database the running app uses.`);
      process.exit(1);
    }
    throw error;
  }
  url = embedded.url;
}
const db = connect(url);
try {
  const result = await unlockByCommand({ db, email });
  if (!result.found) {
    console.error(`No user with the e-mail ${email}.`);
    process.exitCode = 1;
  } else {
    console.log(
      result.wasLocked ? `Unlocked ${email} (audited as user.unlock via command).` : `${email} was not locked; its failure count was reset (audited).`,
    );
  }
} finally {
  await db.$disconnect();
  await embedded?.stop();
}
