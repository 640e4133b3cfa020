// How often diagnostics are published: opening many documents at once publishes each about once
// (not once per other document), while the cross-file warnings between them still come and go.
// Documents opened while the first settings are awaited are all indexed before any is checked.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { distinctSeed } from '../helpers';
import { startServer, type TestServer } from './lsp-client';

const N = 12;
const uris = Array.from({ length: N }, (_, i) => `file:///many/article-${i}.seed.txt`);
const DUPLICATES = ['workspace.duplicate-hash', 'workspace.duplicate-reference', 'workspace.duplicate-seed', 'workspace.duplicate-title'];

let server: TestServer;
const publications: PublishDiagnosticsParams[] = [];
before(async () => {
  server = await startServer(undefined, {
    onNotification: (m, p) => { if (m === 'textDocument/publishDiagnostics') publications.push(p as PublishDiagnosticsParams); },
  });
});
after(async () => { await server.stop(); });

const latest = (uri: string) => [...publications].reverse().find((p) => p.uri === uri);
const codes = (uri: string) => (latest(uri)?.diagnostics.map((d) => String(d.code)) ?? []).sort();
const count = () => publications.filter((p) => uris.includes(p.uri)).length;

/** Waits (on the server's publications, no timer) until `cond` holds. */
async function until(cond: () => boolean, what: string, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${uris.map((u) => `${u.split('/').pop()} v${latest(u)?.version} [${codes(u).join(',')}]`).join('; ')}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('publications', () => {
  test(`opening ${N} documents at once publishes about N times, and the cross-file warnings are right in both copies`, async () => {
    // articles 0 and 1 are the same article; the others are all different
    uris.forEach((uri, i) => server.open(uri, distinctSeed(i === 1 ? 0 : i)));
    const settled = () => uris.every((u, i) => latest(u) !== undefined && (i < 2 ? codes(u).join() === DUPLICATES.join() : codes(u).length === 0));
    await until(settled, 'the duplicate warnings in the two copies, none elsewhere');
    assert.ok(count() <= 2 * N, `${count()} publications for ${N} documents`);

    // made a different article: the warnings go from both, and only those two are published again
    const before = count();
    void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[1], version: 2 }, contentChanges: [{ text: distinctSeed(N + 1) }] });
    await until(() => latest(uris[1] as string)?.version === 2 && codes(uris[1] as string).length === 0 && codes(uris[0] as string).length === 0, 'the warnings to go');
    assert.ok(count() - before <= 3, `${count() - before} publications after one edit`);
  });
});

describe('publications at start', () => {
  test('documents opened before the settings came: the first publication of each already has the warnings between them', async () => {
    let answer: (settings: unknown) => void = () => undefined;
    const first: PublishDiagnosticsParams[] = [];
    const twins = ['file:///start/a.seed.txt', 'file:///start/b.seed.txt'];
    const s = await startServer(undefined, {
      capabilities: { workspace: { configuration: true } },
      // held until both documents are open: nothing is published before the settings are read
      requests: { 'workspace/configuration': () => new Promise((resolve) => { answer = resolve; }) },
      onNotification: (m, p) => {
        const pub = p as PublishDiagnosticsParams;
        if (m === 'textDocument/publishDiagnostics' && !first.some((f) => f.uri === pub.uri)) first.push(pub);
      },
    });
    try {
      for (const uri of twins) s.open(uri, distinctSeed(0));
      await s.request('textDocument/documentSymbol', { textDocument: { uri: twins[1] } }); // both opens were read
      assert.equal(first.length, 0, 'nothing published before the settings');
      answer([{}]);
      await Promise.all(twins.map((uri) => s.diagnostics(uri)));
      for (const uri of twins) {
        const firstCodes = first.find((f) => f.uri === uri)?.diagnostics.map((d) => String(d.code)).sort();
        assert.deepEqual(firstCodes, DUPLICATES, uri);
      }
    } finally {
      await s.stop();
    }
  });
});
