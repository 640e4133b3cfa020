// Every edit the built server hands out names the version of the text it was computed from, so a client
// can refuse it once the text has moved on; a client that cannot take versioned edits gets plain changes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { INSERT_META_KIND } from '../../server/src/service/features/code-actions';
import { applyEdits, edit, seed, versionedEdits } from '../helpers';
import { startServer, type TestServer } from './lsp-client';

const documentChanges = { workspace: { workspaceEdit: { documentChanges: true } } };
const td = (uri: string) => ({ textDocument: { uri } });
const whole = { start: { line: 0, character: 0 }, end: { line: 10000, character: 0 } };
const typo = edit(seed(1), 'difficultyintermediate', 'difficultyintermediat');

function change(server: TestServer, uri: string, version: number, text: string): void {
  void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

async function quickFix(server: TestServer, uri: string, diagnostics: Diagnostic[]): Promise<CodeAction> {
  const actions = await server.request<CodeAction[]>('textDocument/codeAction', { ...td(uri), range: whole, context: { diagnostics } });
  const fix = actions.find((a) => a.title === 'Change to `intermediate`');
  assert.ok(fix, `the quick fix is offered: ${JSON.stringify(actions.map((a) => a.title))}`);
  return fix;
}

describe('versioned edits over stdio (a client that announces documentChanges)', () => {
  let server: TestServer;
  before(async () => { server = await startServer(undefined, { capabilities: documentChanges }); });
  after(async () => { await server.stop(); });

  test('a quick fix names the version of the text it was computed from', async () => {
    const uri = 'file:///versioned/fix.seed.txt';
    server.open(uri, seed(1), 5);
    await server.diagnostics(uri, 5);
    change(server, uri, 6, typo);
    const fix = await quickFix(server, uri, await server.diagnostics(uri, 6));
    assert.equal(applyEdits(typo, versionedEdits(fix.edit, uri, 6)), seed(1));
  });

  test('a fix asked for just before an edit still names the older version, so the client can refuse it', async () => {
    const uri = 'file:///versioned/race.seed.txt';
    server.open(uri, typo, 1);
    const diagnostics = await server.diagnostics(uri, 1);
    // the server answers in order: the request is answered for version 1, then the change makes version 2
    const asked = quickFix(server, uri, diagnostics);
    change(server, uri, 2, `${typo}\n`);
    versionedEdits((await asked).edit, uri, 1);
    await server.diagnostics(uri, 2);
    versionedEdits((await quickFix(server, uri, diagnostics)).edit, uri, 2);
  });

  test('"insert post meta block" names the version too', async () => {
    const uri = 'file:///versioned/no-meta.seed.txt';
    server.open(uri, seed(0), 3);
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { ...td(uri), range: whole, context: { diagnostics: [], only: [INSERT_META_KIND] } });
    assert.equal(actions.length, 1);
    assert.match(applyEdits(seed(0), versionedEdits(actions[0]?.edit, uri, 3)), /\nalphanode post meta\n/);
  });

  test('the edit requests of the commands name the version', async () => {
    const uri = 'file:///versioned/commands.seed.txt';
    server.open(uri, seed(0), 8);
    for (const method of ['seed/insertMetaEdits', 'seed/sortFieldsEdits', 'seed/syncMetaEdits']) {
      const answer = await server.request<TextDocumentEdit>(method, { uri });
      assert.deepEqual(answer.textDocument, { uri, version: 8 }, method);
    }
  });
});

describe('a client that does not announce documentChanges', () => {
  let server: TestServer;
  before(async () => { server = await startServer(undefined, { capabilities: {} }); });
  after(async () => { await server.stop(); });

  test('gets the same edits as changes', async () => {
    const uri = 'file:///versioned/plain.seed.txt';
    server.open(uri, typo, 4);
    const fix = await quickFix(server, uri, await server.diagnostics(uri, 4));
    assert.equal(fix.edit?.documentChanges, undefined);
    assert.deepEqual(Object.keys(fix.edit?.changes ?? {}), [uri]);
    assert.equal(applyEdits(typo, fix.edit?.changes?.[uri] ?? []), seed(1));
  });
});
