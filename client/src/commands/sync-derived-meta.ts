// Seed: Sync Derived Meta — sets payload paragraphs, checklist, flags has images and image sources from the body.
import { SyncMetaEdits } from '../../../server/src/protocol';
import type { SeedServer } from '../server';
import { applyServerEdits } from './server-edits';

export const syncDerivedMeta = (server: SeedServer) => (arg?: unknown) =>
  applyServerEdits(server, SyncMetaEdits.method, arg,
    'The derived meta fields already agree with the body (or the article has no post meta: use "Seed: Insert Post Meta").');
