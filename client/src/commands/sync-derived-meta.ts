// Seed: Sync Derived Meta — sets payload paragraphs, checklist, flags has images and image sources from
// the body, and says which fields it set (the server's model of the article before and after, compared).
// Returns the names of those fields ([] when it changed nothing), for automation and the e2e tests.
import * as vscode from 'vscode';
import { PreviewModelRequest, SyncMetaEdits, type PreviewArticle } from '../../../server/src/protocol';
import { changedFields, listOf } from '../field-changes';
import type { SeedServer } from '../server';
import { applyServerEdits, seedDocument } from './server-edits';

/**
 * The server's model of `doc` at `version`, or undefined. An edit just applied may still be on its way to
 * the server (the client sends didChange on its own schedule): an older answer is asked again, a few times.
 */
async function modelAt(server: SeedServer, doc: vscode.TextDocument, version: number): Promise<PreviewArticle | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const model = await server.request<PreviewArticle | null>(PreviewModelRequest.method, { uri: doc.uri.toString() }).catch(() => null);
    if (!model || model.version > version) return undefined;
    if (model.version === version) return model;
    await new Promise((resolve) => setTimeout(resolve, 10 * (attempt + 1)));
  }
  return undefined;
}

export const syncDerivedMeta = (server: SeedServer) => async (arg?: unknown): Promise<string[]> => {
  const doc = await seedDocument(arg);
  if (!doc) return [];
  const before = await modelAt(server, doc, doc.version);
  const applied = await applyServerEdits(server, SyncMetaEdits.method, doc,
    'The derived meta fields already agree with the body (or the article has no post meta: use "Seed: Insert Post Meta").');
  if (!applied) return [];
  const after = await modelAt(server, doc, doc.version);
  // names only when the models are of the texts just before and just after the edit
  const fields = before?.version === applied.version && after ? changedFields(before, after) : [];
  void vscode.window.showInformationMessage(fields.length
    ? `Sync Derived Meta set ${listOf(fields)} from the body.`
    : 'Sync Derived Meta updated the derived meta fields from the body.');
  return fields;
};
