// Typing in a huge document: its checks are slow, so they wait for a pause in typing; one
// publication for the text as typed, and requests answered meanwhile; typing on without a pause, it
// is still checked every few seconds. A small document is unaffected.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompletionList, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { bigArticle, seed } from '../helpers';
import { startServer, type TestServer } from './lsp-client';

let server: TestServer;
const events: string[] = [];
before(async () => {
  server = await startServer(undefined, {
    onNotification: (m, p) => {
      if (m === 'textDocument/publishDiagnostics') events.push(`publish ${(p as PublishDiagnosticsParams).uri} v${(p as PublishDiagnosticsParams).version}`);
    },
  });
});
after(async () => { await server.stop(); });

const big = 'file:///typing/big.seed.txt';
const small = 'file:///typing/small.seed.txt';
const typeAt = (uri: string, version: number, character: number) => server.connection.sendNotification('textDocument/didChange', {
  textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character }, end: { line: 0, character } }, text: 'x' }],
});

describe('typing in a huge document', () => {
  test('a burst of edits, each answered by the server before the next, is checked once, for the last version', { timeout: 60000 }, async () => {
    server.open(big, bigArticle(50 * 1024 * 1024));
    await server.diagnostics(big); // the first check, which the server times
    server.open(small, seed(0));
    await server.diagnostics(small);
    events.length = 0;
    const LAST = 8;
    for (let v = 2; v <= LAST; v++) {
      void typeAt(big, v, v);
      // a round trip between keystrokes: the server has read the edit before the next one is sent
      await server.request('workspace/symbol', { query: 'logs' });
    }
    // a request meanwhile is answered before the check of the huge document
    const completion = server.request<CompletionList>('textDocument/completion', { textDocument: { uri: big }, position: { line: 1, character: 0 } })
      .then((c) => { events.push('completion'); return c; });
    assert.ok(Array.isArray((await completion).items));
    await server.diagnostics(big, LAST);
    assert.deepEqual(events.filter((e) => e.startsWith(`publish ${big}`) || e === 'completion'), ['completion', `publish ${big} v${LAST}`]);
  });

  test('typing on and on without a pause, the huge document is still checked meanwhile', { timeout: 60000 }, async () => {
    events.length = 0;
    const published = () => events.some((e) => e.startsWith(`publish ${big}`));
    const started = Date.now();
    let v = 8; // where the first test left it, with nothing more to check
    // keystrokes far closer together than the pause the server waits for; a generous bound, not a sleep
    while (!published() && Date.now() - started < 30000) {
      void typeAt(big, ++v, 0);
      await server.request('workspace/symbol', { query: 'logs' });
    }
    assert.ok(published(), `no diagnostics in ${Date.now() - started} ms of typing (${v - 8} edits)`);
  });

  test('a small document is still checked at once, edit by edit', async () => {
    events.length = 0;
    for (let v = 2; v <= 4; v++) {
      void typeAt(small, v, 0);
      assert.ok(Array.isArray(await server.diagnostics(small, v)));
    }
    assert.deepEqual(events.filter((e) => e.startsWith(`publish ${small}`)), [`publish ${small} v2`, `publish ${small} v3`, `publish ${small} v4`]);
  });
});
