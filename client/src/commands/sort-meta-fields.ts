// Seed: Sort Meta Fields — puts the meta fields into the canonical order.
import { SortFieldsEdits } from '../../../server/src/protocol';
import type { SeedServer } from '../server';
import { applyServerEdits } from './server-edits';

export const sortMetaFields = (server: SeedServer) => (arg?: unknown) =>
  applyServerEdits(server, SortFieldsEdits.method, arg, 'The meta fields are already in canonical order.');
