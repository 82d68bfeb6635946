'use server';

import 'server-only';

import { checkImportAction, importRegistryAction } from '@/lib/importer/actions';

export async function checkImport(input: unknown) {
  return checkImportAction(input);
}

export async function importRegistry(input: unknown) {
  return importRegistryAction(input);
}
