// Seed: Sort Meta Fields — puts the meta fields into the canonical order.
import { SortFieldsEdits } from '../../../server/src/protocol';
import type { SeedServer } from '../server';
import { applyServerEdits, seedDocument } from './server-edits';

export const sortMetaFields = (server: SeedServer) => async (arg?: unknown): Promise<boolean> => {
  const doc = await seedDocument(arg);
  return !!doc && !!(await applyServerEdits(server, SortFieldsEdits.method, doc, 'The meta fields are already in canonical order.'));
};
