// Migration commands that work offline (see docs/decisions/002-offline-migrations.md):
//   tsx prisma/tools/migrate.ts create <name>   write the next migration from schema changes
//   tsx prisma/tools/migrate.ts deploy          apply pending migrations (and the job runner's schema), then the
//                                               app role's grants (prisma/tools/app-role.ts)
//   tsx prisma/tools/migrate.ts status          applied / pending / failed / edited migrations; exits 1
//                                               unless every migration is applied unchanged
//   tsx prisma/tools/migrate.ts resolve --rolled-back <name> | --applied <name>
//                                               what `prisma migrate resolve` does (docs/operations.md)
// As the owner: MIGRATION_DATABASE_URL when set (the app then logs in with DATABASE_URL as a member
// of the app role, docs/decisions/008-least-privilege-database.md), else DATABASE_URL.
import { createMigration } from './schema-engine';
import { prepareDatabase } from './prepare-database';
import { migrationStatusReport, ResolveRefusedError, resolveMigration } from './migration-commands';

const [command, name, ...rest] = process.argv.slice(2);

function requireUrl(): string {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    console.error('Neither MIGRATION_DATABASE_URL nor DATABASE_URL is set. The embedded database is migrated automatically by `npm start`, which owns it.');
    process.exit(1);
  }
  return url;
}

async function run() {
  switch (command) {
    case 'create': {
      if (!name) {
        console.error('Usage: npm run db:migrate:create -- <name>');
        process.exit(1);
      }
      const folder = await createMigration(name);
      console.log(folder ? `Created ${folder}` : 'No schema changes: no migration created.');
      break;
    }
    case 'deploy': {
      const { applied, warning } = await prepareDatabase(requireUrl(), { appRoleRequired: Boolean(process.env.MIGRATION_DATABASE_URL) });
      if (warning) console.warn(`⚠ ${warning}`);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
      break;
    }
    case 'status': {
      const { code, lines } = await migrationStatusReport(requireUrl());
      for (const line of lines) console.log(line);
      process.exitCode = code;
      break;
    }
    case 'resolve': {
      const as = name === '--rolled-back' ? 'rolled-back' : name === '--applied' ? 'applied' : null;
      if (!as || rest.length !== 1 || !rest[0]) {
        console.error('Usage: npm run db:migrate:resolve -- --rolled-back <name> | --applied <name>');
        process.exit(2);
      }
      try {
        console.log(await resolveMigration(requireUrl(), as, rest[0]));
      } catch (error) {
        if (!(error instanceof ResolveRefusedError)) throw error;
        console.error(`✖ ${error.message}`);
        process.exitCode = 1;
      }
      break;
    }
    default:
      console.error('Usage: tsx prisma/tools/migrate.ts create <name> | deploy | status | resolve --rolled-back|--applied <name>');
      process.exit(1);
  }
}

try {
  await run();
} catch (error) {
  // The engine's message already names the failing migration and the database error; the JS
  // stack of the wasm glue adds nothing.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
