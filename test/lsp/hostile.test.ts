// Bad input never crashes the server: it answers every request while such a file is open.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompletionList, DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { bigArticle, seed } from '../helpers';
import { startServer, type TestServer } from './lsp-client';

let server: TestServer;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const inputs: [string, () => string][] = [
  ['empty', () => ''],
  ['only a meta block', () => seed(1).slice(seed(1).indexOf('alphanode post meta'))],
  ['binary bytes', () => 'PK\u0003\u0004\0\0\u0014\0\b\0\b\0\u00ff\u00fe\nrest'],
  ['lines of 1 MB', () => `title\n${'word '.repeat(210000)}\n${'x'.repeat(1 << 20)}\nproduction checks\n${'- item '.repeat(150000)}`],
  ['unbalanced everything', () => '```\n```js\n(((\n{{{\nalphanode post meta\n  •\n    • name\n- \n• :\n```\nSimilar Posts\n```'],
  ['a 50 MB article', () => bigArticle(50 * 1024 * 1024)],
];

describe('hostile documents', () => {
  for (const [name, make] of inputs) {
    test(`${name}: diagnostics are published and every request is answered`, async () => {
      const uri = `file:///hostile/${name.replace(/\W+/g, '-')}.seed.txt`;
      const text = make();
      server.open(uri, text);
      const diagnostics = await server.diagnostics(uri);
      assert.ok(Array.isArray(diagnostics));
      const td = { textDocument: { uri } };
      const pos = { line: 1, character: 0 };
      const [symbols, folding, completion, hover] = await Promise.all([
        server.request<DocumentSymbol[]>('textDocument/documentSymbol', td),
        server.request<FoldingRange[]>('textDocument/foldingRange', td),
        server.request<CompletionList>('textDocument/completion', { ...td, position: pos }),
        server.request<unknown>('textDocument/hover', { ...td, position: pos }),
        server.request<unknown>('textDocument/codeAction', { ...td, range: { start: pos, end: pos }, context: { diagnostics } }),
      ]);
      assert.ok(Array.isArray(symbols) && Array.isArray(folding) && Array.isArray(completion.items));
      assert.ok(hover === null || typeof hover === 'object');
      if (name === 'empty') assert.deepEqual(diagnostics.map((d) => d.code), ['syntax.empty']);
      if (name === 'binary bytes') assert.deepEqual(diagnostics.map((d) => d.code), ['syntax.binary']);
      if (name === 'a 50 MB article') {
        assert.ok(symbols[0]?.children && symbols[0].children.length > 1000, 'the outline is kept on huge files');
        assert.ok(diagnostics.every((d) => String(d.code).startsWith('syntax.')), 'only structure is checked above the size limit');
      }
      void server.connection.sendNotification('textDocument/didClose', td);
    });
  }
  test('the server is still alive and answers after all of them', async () => {
    assert.equal(server.process.exitCode, null);
    const uri = 'file:///hostile/after.seed.txt';
    server.open(uri, seed(0));
    assert.deepEqual(await server.diagnostics(uri), []);
    assert.deepEqual(server.stderr.join(''), '');
  });
});
