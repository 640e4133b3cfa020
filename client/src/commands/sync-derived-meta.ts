// Seed: Sync Derived Meta — sets payload paragraphs, checklist, flags has images and image sources from the body.
import { SyncMetaEdits } from '../../../server/src/protocol';
import type { SeedServer } from '../server';
import { applyServerEdits, seedDocument } from './server-edits';

export const syncDerivedMeta = (server: SeedServer) => async (arg?: unknown): Promise<boolean> => {
  const doc = await seedDocument(arg);
  return !!doc && !!(await applyServerEdits(server, SyncMetaEdits.method, doc,
    'The derived meta fields already agree with the body (or the article has no post meta: use "Seed: Insert Post Meta").'));
};
