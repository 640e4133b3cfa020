// Sync Derived Meta says which fields it set (client/src/field-changes.ts): the server's models of the
// article before and after the edit, compared field by field.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedFields, listOf } from '../../client/src/field-changes';
import { createLanguageService } from '../../server/src/service/index';
import { seed } from '../helpers';

const svc = createLanguageService({ today: () => '2026-11-23' });
const URI = 'file:///work/article.seed.txt';
const model = (text: string, version: number) => svc.getPreviewModel({ uri: URI, version, getText: () => text });

/** The text after Sync Derived Meta's edits. */
function synced(text: string): string {
  const edits = svc.getSyncMetaEdits({ uri: URI, version: 2, getText: () => text });
  assert.ok(edits.length > 0, 'sync has something to do');
  return TextDocument.applyEdits(TextDocument.create(URI, 'seed', 2, text), edits);
}

test('a new body checklist item: the checklist field', () => {
  const text = seed(1).replace('\nfinal notes', '\n  • tell the on-call team\n\nfinal notes');
  assert.notEqual(text, seed(1));
  assert.deepEqual(changedFields(model(text, 2), model(synced(text), 3)), ['checklist']);
});

test('a new body paragraph and checklist item: payload (its paragraphs) and checklist, in article order', () => {
  const text = seed(1).replace('\nfinal notes', '\n  • tell the on-call team\n\nfinal notes\n\none more paragraph for the payload count.\n');
  const fields = changedFields(model(text, 2), model(synced(text), 3));
  assert.deepEqual(fields, ['checklist', 'payload']);
});

test('nothing changed: no fields; a field removed: named', () => {
  const m = model(seed(1), 1);
  assert.deepEqual(changedFields(m, m), []);
  assert.ok(m.meta);
  const without = { meta: { ...m.meta, fields: m.meta.fields.filter((f) => f.name !== 'notes') } };
  assert.deepEqual(changedFields(m, without), ['notes']);
  assert.deepEqual(changedFields({ meta: undefined }, m).length, m.meta.fields.length);
});

test('listOf', () => {
  assert.equal(listOf(['checklist']), 'checklist');
  assert.equal(listOf(['checklist', 'payload']), 'checklist and payload');
  assert.equal(listOf(['checklist', 'payload', 'flags']), 'checklist, payload and flags');
});
