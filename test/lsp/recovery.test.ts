// Recovery and limits of the built server over stdio: bursts of edits, cancellation, unknown
// documents, binary files, the size limit, and requests and notifications made to throw.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, ResponseError, Trace, TraceFormat } from 'vscode-jsonrpc/node';
import type { CompletionList, Diagnostic, DocumentSymbol, FoldingRange, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, edit, seed, service as localService } from '../helpers';
import { startServer, type TestServer } from './lsp-client';

/** Every notification the server sends, seen through the connection's tracer (the client's own handlers stay in place). */
interface Observed { method: string; params: unknown }
function observe(server: TestServer): Observed[] {
  const seen: Observed[] = [];
  void server.connection.trace(Trace.Messages, {
    log: (data: unknown) => {
      const m = data as { type?: string; message?: { method?: string; params?: unknown } };
      if (m?.type === 'receive-notification' && m.message?.method) seen.push({ method: m.message.method, params: m.message.params });
    },
  }, { sendNotification: false, traceFormat: TraceFormat.JSON });
  return seen;
}

const publications = (seen: readonly Observed[], uri: string) =>
  seen.filter((o) => o.method === 'textDocument/publishDiagnostics' && (o.params as PublishDiagnosticsParams).uri === uri)
    .map((o) => o.params as PublishDiagnosticsParams);

const until = async (cond: () => boolean, ms = 20000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const td = (uri: string) => ({ textDocument: { uri } });
const codes = (ds: readonly Diagnostic[]) => ds.map((d) => String(d.code));

let server: TestServer;
let seen: Observed[];
before(async () => {
  server = await startServer();
  seen = observe(server);
});
after(async () => { await server.stop(); });

/** The server answers a plain request and its process is alive. */
async function alive(s: TestServer = server): Promise<void> {
  const id = Math.random().toString(36).slice(2);
  const uri = `file:///recovery/alive-${id}.seed.txt`;
  // a title of its own: the workspace rules flag open articles that share one
  s.open(uri, seed(0).replace('in python services\n', `in python services ${id}\n`));
  assert.deepEqual(await s.diagnostics(uri), []);
  const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', td(uri));
  assert.match(symbols[0]?.name ?? '', /^production checklist for making logs useful/);
  assert.equal(s.process.exitCode, null);
  void s.connection.sendNotification('textDocument/didClose', td(uri));
}

describe('recovery and limits', () => {
  test('a burst of 1,000 incremental edits: the last publication is for the final version and far fewer than 1,000 happen', async (t) => {
    const uri = 'file:///recovery/burst.seed.txt';
    const text = seed(1);
    server.open(uri, text, 1);
    assert.deepEqual(await server.diagnostics(uri), []);
    const start = publications(seen, uri).length;
    let local = TextDocument.create(uri, 'seed', 1, text);
    const lines = text.split('\n');
    const reading = lines.indexOf('reading time7');
    const difficulty = lines.indexOf('difficultyintermediate');
    const summary = lines.findIndex((l) => l.startsWith('summary'));
    // 998 edits toggle `reading time7` ↔ `reading time7x` (even: ends clean), then `intermediate` → `expert`, then a summary edit
    const changes = Array.from({ length: 1000 }, (_, i) => {
      if (i < 998) {
        return i % 2 === 0
          ? { range: { start: { line: reading, character: 13 }, end: { line: reading, character: 13 } }, text: 'x' }
          : { range: { start: { line: reading, character: 13 }, end: { line: reading, character: 14 } }, text: '' };
      }
      if (i === 998) return { range: { start: { line: difficulty, character: 10 }, end: { line: difficulty, character: 22 } }, text: 'expert' };
      return { range: { start: { line: summary, character: 7 }, end: { line: summary, character: 7 } }, text: 'the final version: ' };
    });
    for (const [i, change] of changes.entries()) {
      local = TextDocument.update(local, [change], i + 2);
      void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
    }
    const final = 1001;
    await until(() => publications(seen, uri).some((p) => p.version === final));
    await sleep(500); // nothing may come after the final version's publication
    const burst = publications(seen, uri).slice(start);
    const last = burst[burst.length - 1] as PublishDiagnosticsParams;
    assert.equal(last.version, final, `the last publication is for version ${last.version}`);
    const expected = localService().computeDiagnostics(doc(local.getText()));
    assert.deepEqual(last.diagnostics, JSON.parse(JSON.stringify(expected)), 'the last publication reflects the final text');
    assert.deepEqual(codes(last.diagnostics), ['meta.invalid-value']);
    assert.match(last.diagnostics[0]?.message ?? '', /found `expert`/);
    t.diagnostic(`${burst.length} publication(s) for 1,000 edits: versions ${burst.map((p) => p.version).join(', ')}`);
    assert.ok(burst.length < 100, `${burst.length} publications for 1,000 edits`);
    // versions only go up
    for (let i = 1; i < burst.length; i++) assert.ok((burst[i]?.version ?? 0) > (burst[i - 1]?.version ?? 0), 'publications out of order');
    // the server's text is the client's text
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', td(uri));
    assert.ok(symbols.length === 2);
    void server.connection.sendNotification('textDocument/didClose', td(uri));
  });

  test('cancellation: a cancelled request is answered with RequestCancelled or a normal answer, never a crash', async (t) => {
    const uri = 'file:///recovery/cancel.seed.txt';
    // a big article keeps the server busy, so the cancellations arrive while the requests are queued
    const body = seed(3).slice(0, seed(3).indexOf('alphanode post meta'));
    server.open(uri, body + 'production checks\n' + 'a paragraph line of the section.\n'.repeat(60000) + seed(3).slice(seed(3).indexOf('alphanode post meta')));
    const requests: [string, unknown][] = [
      ['textDocument/documentSymbol', td(uri)],
      ['textDocument/foldingRange', td(uri)],
      ['textDocument/hover', { ...td(uri), position: { line: 3, character: 3 } }],
      ['textDocument/completion', { ...td(uri), position: { line: 3, character: 0 } }],
      ['textDocument/codeAction', { ...td(uri), range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }, context: { diagnostics: [] } }],
      ['seed/previewModel', { uri }],
    ];
    const outcomes = await Promise.all(requests.flatMap(([method, params]) => [0, 1, 2].map(async () => {
      const source = new CancellationTokenSource();
      const answer = server.connection.sendRequest(method, params, source.token);
      source.cancel();
      try {
        await answer;
        return 'answered';
      } catch (err) {
        assert.ok(err instanceof ResponseError, `${method}: ${String(err)}`);
        assert.equal(err.code, -32800, `${method}: ${err.message}`);
        return 'cancelled';
      }
    })));
    assert.equal(outcomes.length, 18);
    t.diagnostic(`${outcomes.filter((o) => o === 'cancelled').length} of 18 cancelled requests answered RequestCancelled, the rest normally`);
    assert.ok(outcomes.includes('cancelled'), `no request was cancelled: ${outcomes.join(', ')}`);
    // and the same requests, not cancelled, are answered
    const folding = await server.request<FoldingRange[]>('textDocument/foldingRange', td(uri));
    assert.ok(folding.length > 0);
    void server.connection.sendNotification('textDocument/didClose', td(uri));
    await alive();
  });

  test('requests on a document that was never opened are answered', async () => {
    const uri = 'file:///recovery/never-opened.seed.txt';
    const pos = { line: 0, character: 0 };
    assert.deepEqual(await server.request('textDocument/documentSymbol', td(uri)), []);
    assert.deepEqual(await server.request('textDocument/foldingRange', td(uri)), []);
    assert.deepEqual(await server.request<CompletionList>('textDocument/completion', { ...td(uri), position: pos }), { isIncomplete: false, items: [] });
    assert.equal(await server.request('textDocument/hover', { ...td(uri), position: pos }), null);
    assert.deepEqual(await server.request('textDocument/codeAction', { ...td(uri), range: { start: pos, end: pos }, context: { diagnostics: [] } }), []);
    // no document, so no version to compute edits for: null, not an empty edit that reads as "nothing to do"
    for (const m of ['seed/insertMetaEdits', 'seed/sortFieldsEdits', 'seed/syncMetaEdits']) assert.equal(await server.request(m, { uri }), null, m);
    assert.equal(await server.request('seed/previewModel', { uri }), null);
    // edits to and closing of a document that is not open are ignored
    void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    void server.connection.sendNotification('textDocument/didClose', td(uri));
    await alive();
  });

  test('a file with NUL bytes is not parsed as an article: one syntax.binary diagnostic, empty outline', async () => {
    const uri = 'file:///recovery/binary.seed.txt';
    server.open(uri, `${seed(1).slice(0, 2000)}\0\0\u0001\u00ff${seed(1).slice(2000)}`);
    const ds = await server.diagnostics(uri);
    assert.deepEqual(codes(ds), ['syntax.binary']);
    assert.deepEqual(await server.request('textDocument/documentSymbol', td(uri)), []);
    assert.deepEqual(await server.request('textDocument/foldingRange', td(uri)), []);
    assert.deepEqual((await server.request<CompletionList>('textDocument/completion', { ...td(uri), position: { line: 40, character: 0 } })).items, []);
    assert.deepEqual(await server.request('seed/insertMetaEdits', { uri }), { textDocument: { uri, version: 1 }, edits: [] });
    void server.connection.sendNotification('textDocument/didClose', td(uri));
  });

  test('above maxFullCheckSize: outline and folding stay, the expensive checks are skipped, and the server says so once per document', async () => {
    const s = await startServer();
    const notes = observe(s);
    try {
      void s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { seed: { limits: { maxFullCheckSize: 3000 } } } });
      const broken = edit(seed(1), 'difficultyintermediate', 'difficultyexpert'); // 4 KB, over the limit
      const small = edit(seed(0), 'production checks', 'production checks'); // 2 KB, under it
      const big1 = 'file:///recovery/big-1.seed.txt';
      const big2 = 'file:///recovery/big-2.seed.txt';
      const under = 'file:///recovery/under.seed.txt';
      s.open(big1, broken);
      assert.deepEqual(await s.diagnostics(big1), [], 'the meta rules are skipped above the limit');
      const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', td(big1));
      assert.deepEqual(symbols.map((x) => x.kind), [2, 23], 'the outline has the article and its meta block');
      assert.ok((symbols[1]?.children?.length ?? 0) > 15);
      assert.ok((await s.request<FoldingRange[]>('textDocument/foldingRange', td(big1))).length > 10, 'folding stays');
      // more edits to the same document: no second message
      for (let v = 2; v <= 4; v++) {
        void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: big1, version: v }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }] });
        await s.diagnostics(big1, v);
      }
      s.open(big2, seed(3)); // another article, so no cross-file rule ties the two
      await s.diagnostics(big2);
      s.open(under, small);
      assert.deepEqual(await s.diagnostics(under), []);
      // an article under the limit is checked in full
      void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: under, version: 2 }, contentChanges: [{ text: `${seed(0).slice(0, 1500)}\nalphanode post meta\ndifficultyexpert` }] });
      assert.ok(codes(await s.diagnostics(under, 2)).includes('meta.invalid-value'));
      await sleep(200);
      const messages = notes.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
      assert.equal(messages.filter((m) => m.startsWith('big-1.seed.txt')).length, 1, messages.join('\n'));
      assert.equal(messages.filter((m) => m.startsWith('big-2.seed.txt')).length, 1, messages.join('\n'));
      assert.equal(messages.length, 2, messages.join('\n'));
      assert.match(messages[0] ?? '', /larger than the full-check limit: outline and folding stay/);
      // back under the limit: full checks again
      void s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { seed: {} } });
      void s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: big1, version: 5 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, text: '' }] });
      assert.deepEqual(codes(await s.diagnostics(big1, 5)), ['meta.invalid-value']);
    } finally {
      await s.stop();
    }
  });

  test('requests with params of the wrong shape are answered InvalidParams, saying what was found and what was expected', async () => {
    const uri = 'file:///recovery/invalid-params.seed.txt';
    server.open(uri, seed(1));
    await server.diagnostics(uri);
    const bad: [string, unknown, RegExp][] = [
      ['textDocument/hover', td(uri), /`position` is missing; expected an object \{ line, character \}/],
      ['textDocument/hover', { ...td(uri), position: { line: 'x', character: {} } }, /`position\.line` is the string "x"; expected a non-negative integer/],
      ['textDocument/completion', { ...td(uri), position: { line: 1, character: -1 } }, /`position\.character` is number -1; expected a non-negative integer/],
      ['textDocument/documentSymbol', {}, /`textDocument` is missing; expected an object \{ uri: string \}/],
      ['textDocument/foldingRange', { textDocument: null }, /`textDocument` is null; expected an object/],
      ['textDocument/semanticTokens/full', { textDocument: 'file:///x.seed.txt' }, /`textDocument` is the string "file:\/\/\/x\.seed\.txt"; expected an object/],
      ['textDocument/documentSymbol', { textDocument: { uri: 7 } }, /`textDocument\.uri` is number 7; expected a string/],
      ['textDocument/codeAction', { ...td(uri), range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } }, /`context` is missing/],
      ['textDocument/codeAction', { ...td(uri), range: { start: { line: 0, character: 0 } }, context: { diagnostics: [] } }, /`range\.end` is missing/],
      ['workspace/symbol', {}, /`query` is missing; expected a string/],
      ['seed/scaffold', {}, /`answers` is missing; expected an object/],
      ['seed/valuesFromTexts', null, /`params` is null; expected an object \{ texts \}/],
      ['seed/valuesFromTexts', { texts: ['a', 1] }, /`texts` is .*; expected an array of strings/],
      ['seed/previewModel', null, /`params` is null; expected an object \{ uri \}/],
    ];
    for (const [method, params, message] of bad) {
      const answer = await server.request(method, params).then((r) => r, (e: unknown) => e);
      assert.ok(answer instanceof ResponseError, `${method} ${JSON.stringify(params)} → ${JSON.stringify(answer)}`);
      assert.equal(answer.code, -32602, `${method} ${JSON.stringify(params)}`);
      assert.match(answer.message, message);
    }
    // well-formed requests for a document that is not open stay an empty answer, as LSP clients expect
    assert.equal(await server.request('textDocument/hover', { textDocument: { uri: 'file:///recovery/not-open.seed.txt' }, position: { line: 0, character: 0 } }), null);
    void server.connection.sendNotification('textDocument/didClose', td(uri));
  });

  test('a request made to throw inside its handler is answered with the fallback and logged, and the server lives on', async () => {
    const answer = await server.request('seed/scaffold', { answers: { problem: 1, tools: 'x' } }).catch((e: Error) => e);
    assert.equal(answer, null);
    // an unknown method is a protocol error, not a crash
    const unknown = await server.request('seed/noSuchRequest', {}).catch((e: ResponseError<unknown>) => e);
    assert.ok(unknown instanceof ResponseError && unknown.code === -32601);
    await alive();
    const logged = seen.filter((o) => o.method === 'window/logMessage').map((o) => (o.params as { message: string }).message).join('\n');
    assert.match(logged, /seed\/scaffold failed/);
  });

  test('notifications with bad params (an open document without text, bad ranges, bad settings) do not take the server down', async () => {
    const s = await startServer();
    const notes = observe(s);
    try {
      const n = (method: string, params: unknown) => void s.connection.sendNotification(method, params);
      n('textDocument/didOpen', { textDocument: { uri: 'file:///recovery/null.seed.txt', languageId: 'seed', version: 1, text: null } });
      n('textDocument/didOpen', { textDocument: { uri: 'file:///recovery/number.seed.txt', languageId: 'seed', version: 1, text: 42 } });
      n('textDocument/didOpen', {});
      n('textDocument/didChange', { textDocument: { uri: 'file:///recovery/null.seed.txt', version: 2 }, contentChanges: null });
      n('workspace/didChangeConfiguration', { settings: { seed: { limits: { maxFullCheckSize: 'x' }, diagnostics: { severity: 'loud' }, headings: { extraVocabulary: [1, null, {}], detectShape: 'yes' } } } });
      n('workspace/didChangeConfiguration', null);
      const uri = 'file:///recovery/ranges.seed.txt';
      s.open(uri, seed(0));
      await s.diagnostics(uri);
      // a change far past the end and a reversed range: the document clamps them
      n('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 9999, character: 9999 }, end: { line: 9999, character: 99999 } }, text: '\nfinal line' }] });
      n('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 3, character: 5 }, end: { line: 1, character: 0 } }, text: '' }] });
      const ds = await s.diagnostics(uri, 3);
      assert.ok(Array.isArray(ds));
      n('textDocument/didClose', { textDocument: { uri: 'file:///recovery/null.seed.txt' } });
      n('textDocument/didClose', { textDocument: { uri: 'file:///recovery/number.seed.txt' } });
      await alive(s);
      // the handlers did throw (and said so in the log) rather than quietly do nothing
      const logged = notes.filter((o) => o.method === 'window/logMessage').map((o) => (o.params as { message: string }).message).join('\n');
      assert.match(logged, /null\.seed\.txt failed/);
      assert.match(logged, /number\.seed\.txt failed/);
    } finally {
      await s.stop();
    }
  });

  test('a malformed message on the wire (bad JSON) is survived', async () => {
    const s = await startServer();
    try {
      await alive(s);
      const body = '{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":{';
      s.process.stdin?.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      await sleep(200);
      await alive(s);
    } finally {
      await s.stop();
    }
  });

  test('a broken frame (no Content-Length) makes the server say so and exit 1, so the client can restart it', async () => {
    const s = await startServer();
    try {
      await alive(s);
      const exited = new Promise<number | null>((resolve) => s.process.once('exit', (code) => resolve(code)));
      s.process.stdin?.write('Content-Type: application/json\r\n\r\n{}');
      assert.equal(await exited, 1);
      assert.match(s.stderr.join(''), /cannot read the client's messages any more/);
    } finally {
      await s.stop().catch(() => undefined);
    }
  });

  test('a lone CR ends a line for the client (LSP: LF, CRLF and CR end lines), so ranges after it point at the same text', async () => {
    const uri = 'file:///recovery/lone-cr.seed.txt';
    const text = edit(edit(seed(1), 'difficultyintermediate', 'difficultyexpert'), 'field notes on', 'field\rnotes on');
    server.open(uri, text);
    const d = (await server.diagnostics(uri)).find((x) => x.code === 'meta.invalid-value');
    const client = TextDocument.create(uri, 'seed', 1, text);
    void server.connection.sendNotification('textDocument/didClose', td(uri));
    assert.equal(d && client.getText(d.range), 'expert');
  });

  test('the server is still alive after all of it, and wrote nothing to stderr', async () => {
    await alive();
    assert.equal(server.stderr.join(''), '');
  });
});
