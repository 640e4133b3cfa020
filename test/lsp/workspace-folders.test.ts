// Workspace folders added and removed while the server runs: an added folder is indexed (with
// progress), a removed one leaves the index, and the open documents' cross-file warnings follow.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, SymbolInformation } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { distinctSeed, seed } from '../helpers';
import { startServer, type TestServer } from './lsp-client';

let dir: string;
let server: TestServer;
const progress: string[] = [];
const folder = (name: string) => ({ uri: URI.file(path.join(dir, name)).toString(), name });
const open = 'untitled:Mine-1';

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-folders-'));
  fs.mkdirSync(path.join(dir, 'first'));
  fs.mkdirSync(path.join(dir, 'second'));
  fs.writeFileSync(path.join(dir, 'first', 'one.seed.txt'), distinctSeed(1));
  fs.writeFileSync(path.join(dir, 'second', 'copy.seed.txt'), seed(2)); // the same article as the open one
  server = await startServer(undefined, {
    capabilities: { workspace: { workspaceFolders: true }, window: { workDoneProgress: true } },
    onNotification: (m, p) => { if (m === '$/progress') progress.push((p as { value: { kind: string } }).value.kind); },
  });
});
after(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const changeFolders = (added: { uri: string }[], removed: { uri: string }[]) =>
  server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added, removed } });

/** The open document's diagnostics, once they satisfy `cond` (each publication is looked at). */
async function diagnosticsUntil(cond: (ds: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  for (;;) {
    const ds = await server.diagnostics(open);
    if (cond(ds)) return ds;
  }
}

describe('workspace folders', () => {
  test('the server says it follows workspace folders', () => {
    assert.deepEqual(server.initializeResult.capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  });

  test('an added folder is indexed with progress; a removed one leaves the index', { timeout: 20000 }, async () => {
    // the server started without folders: the open article has no twin
    server.open(open, seed(2));
    assert.deepEqual(await server.diagnostics(open), []);

    void changeFolders([folder('first'), folder('second')], []);
    const ds = await diagnosticsUntil((d) => d.length > 0);
    const twin = ds.find((d) => d.code === 'workspace.duplicate-title');
    assert.equal(twin?.relatedInformation?.[0]?.location.uri, URI.file(path.join(dir, 'second', 'copy.seed.txt')).toString());
    // progress begins once the client has answered the token's creation: it may end after the diagnostics
    while (!progress.includes('end')) await new Promise((r) => setImmediate(r));
    assert.deepEqual(progress.filter((k) => k !== 'report'), ['begin', 'end']);
    const symbols = await server.request<SymbolInformation[]>('workspace/symbol', { query: 'field notes 1' });
    assert.ok(symbols.some((s) => s.location.uri.endsWith('/first/one.seed.txt')), 'the other added folder is indexed too');

    void changeFolders([], [folder('second')]);
    assert.deepEqual(await diagnosticsUntil((d) => d.length === 0), []);
    const left = await server.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    assert.ok(!left.some((s) => s.location.uri.includes('/second/')), 'nothing of the removed folder stays');
    assert.ok(left.some((s) => s.location.uri.endsWith('/first/one.seed.txt')), 'the remaining folder stays');
  });
});
