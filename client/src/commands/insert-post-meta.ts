// Seed: Insert Post Meta — for an article without one: a complete block prefilled from the body.
import { InsertMetaEdits } from '../../../server/src/protocol';
import type { SeedServer } from '../server';
import { applyServerEdits } from './server-edits';

export const insertPostMeta = (server: SeedServer) => (arg?: unknown) =>
  applyServerEdits(server, InsertMetaEdits.method, arg, 'This article already has a post meta block.');
