import { defineAction } from '@/lib/actions/define-action';
import { importFileName, ZImportFile } from './schemas';
import { checkRegistryFile, importRegistry } from './import-registry';

// The file's content is never audited: only its name, its SHA-256 and the figures.

/** Dry run: every row checked, nothing written; the report lists every bad row with its reasons. */
export const checkImportAction = defineAction({
  name: 'registry.importCheck',
  permission: 'registry.import',
  schema: ZImportFile,
  handler: async ({ tx, actor, input }) => {
    const fileName = importFileName(input);
    const { sha256, rows, badRows, errors, conflicts } = await checkRegistryFile({ tx, actor, file: input.file });
    // Rows whose IIN is registered outside the user's scope: the records' ids, for auditors.
    const outsideScope = conflicts.length ? { existingPersonIds: conflicts.map((c) => c.existingPersonId) } : {};
    return {
      data: { fileName, rows, badRows, errors },
      audit: { targetType: 'RegistryImport', targetId: sha256, details: { fileName, rows, badRows, ...outsideScope } },
    };
  },
});

/** The import itself: all rows in this one transaction, or none (row errors in `extra.rowErrors`). */
export const importRegistryAction = defineAction({
  name: 'registry.import',
  permission: 'registry.import',
  schema: ZImportFile,
  handler: async ({ tx, actor, input }) => {
    const fileName = importFileName(input);
    const { sha256, rows, counts } = await importRegistry({ tx, actor, file: input.file, fileName });
    return {
      data: { fileName, rows, counts },
      audit: { targetType: 'RegistryImport', targetId: sha256, details: { fileName, rows, ...counts } },
    };
  },
});
