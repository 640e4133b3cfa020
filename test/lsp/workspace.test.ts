// The workspace index over a real temporary folder: crawl with progress, cross-file diagnostics that
// follow create, rename and delete on disk, workspace symbols, and seed.config.json problems.
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
const notifications: [string, unknown][] = [];
const uri = (name: string) => URI.file(path.join(dir, name)).toString();
const waitFor = async <T>(fn: () => T | undefined, what: string, ms = 15000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
};

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-ws-'));
  fs.mkdirSync(path.join(dir, 'articles'));
  fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'articles', 'one.seed.txt'), distinctSeed(1));
  fs.writeFileSync(path.join(dir, 'articles', 'health.txt'), seed(3)); // a detected .txt article
  fs.writeFileSync(path.join(dir, 'articles', 'readme.txt'), 'just some notes\nnot an article.');
  fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'copy.seed.txt'), seed(1)); // never indexed
  fs.writeFileSync(path.join(dir, 'seed.config.json'), '{ "exclude": ["drafts/**"], "meta": { "brand": 7 } }');
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.writeFileSync(path.join(dir, 'drafts', 'copy.seed.txt'), seed(1)); // excluded by the config... once it is valid
  server = await startServer(undefined, {
    rootUri: URI.file(dir).toString(),
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
    onNotification: (m, p) => notifications.push([m, p]),
  });
});
after(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const change = (name: string, type: 1 | 2 | 3) =>
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(name), type }] });

describe('workspace index over a real folder', () => {
  test('indexing reports progress from begin to end', async () => {
    await waitFor(() => notifications.find(([m, p]) => m === '$/progress' && (p as { value: { kind: string } }).value.kind === 'end'), 'progress end');
    const kinds = notifications.filter(([m]) => m === '$/progress').map(([, p]) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
  });

  test('an invalid seed.config.json gets a clear diagnostic on the file itself', async () => {
    const ds = await server.diagnostics(uri('seed.config.json'));
    assert.equal(ds[0]?.code, 'config.invalid');
    assert.match(ds[0]?.message ?? '', /`meta\.brand`/);
  });

  test('a copy of an article on disk: cross-file warnings point at the other file', async () => {
    // the invalid config is not applied, so drafts/ is not excluded: the copy there is indexed
    const open = uri('mine.seed.txt');
    server.open(open, seed(1));
    const ds = await server.diagnostics(open);
    const ref = ds.find((d) => d.code === 'workspace.duplicate-reference');
    assert.equal(ref?.relatedInformation?.[0]?.location.uri, uri('drafts/copy.seed.txt'));
    assert.ok(!ds.some((d) => d.relatedInformation?.some((r) => r.location.uri.includes('node_modules'))), 'node_modules is never indexed');
  });

  test('a valid config excludes drafts/: the warnings go away', async () => {
    fs.writeFileSync(path.join(dir, 'seed.config.json'), '{ "exclude": ["drafts/**"] }');
    void change('seed.config.json', 2);
    assert.deepEqual(await server.diagnostics(uri('seed.config.json')), []);
    const open = uri('mine.seed.txt');
    let ds: Diagnostic[] = await server.diagnostics(open);
    while (ds.length) ds = await server.diagnostics(open);
    assert.deepEqual(ds, []);
  });

  test('create, rename and delete on disk are followed without a restart', async () => {
    const open = uri('mine.seed.txt');
    fs.writeFileSync(path.join(dir, 'articles', 'twin.seed.txt'), seed(1));
    void change('articles/twin.seed.txt', 1);
    let ds = await server.diagnostics(open);
    while (!ds.some((d) => d.code === 'workspace.duplicate-hash')) ds = await server.diagnostics(open);
    assert.equal(ds.find((d) => d.code === 'workspace.duplicate-hash')?.relatedInformation?.[0]?.location.uri, uri('articles/twin.seed.txt'));

    fs.renameSync(path.join(dir, 'articles', 'twin.seed.txt'), path.join(dir, 'articles', 'renamed.seed.txt'));
    void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [
      { uri: uri('articles/twin.seed.txt'), type: 3 }, { uri: uri('articles/renamed.seed.txt'), type: 1 }] });
    ds = await server.diagnostics(open);
    while (ds.find((d) => d.code === 'workspace.duplicate-hash')?.relatedInformation?.[0]?.location.uri !== uri('articles/renamed.seed.txt')) ds = await server.diagnostics(open);

    fs.rmSync(path.join(dir, 'articles', 'renamed.seed.txt'));
    void change('articles/renamed.seed.txt', 3);
    ds = await server.diagnostics(open);
    while (ds.length) ds = await server.diagnostics(open);
    assert.deepEqual(ds, []);
  });

  test('an untitled editor counts while it is open and is forgotten when it closes', async () => {
    const open = uri('mine.seed.txt');
    const untitled = 'untitled:Untitled-1';
    server.open(untitled, seed(1));
    let ds = await server.diagnostics(open);
    while (!ds.some((d) => d.relatedInformation?.some((r) => r.location.uri === untitled))) ds = await server.diagnostics(open);
    void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
    ds = await server.diagnostics(open);
    while (ds.length) ds = await server.diagnostics(open);
    assert.deepEqual(ds, []);
  });

  test('workspace symbols find articles by title and topic', async () => {
    const symbols = await server.request<SymbolInformation[]>('workspace/symbol', { query: 'service health' });
    assert.ok(symbols.some((s) => s.location.uri === uri('articles/health.txt')), 'the detected .txt article is indexed');
    assert.ok(!symbols.some((s) => s.location.uri.endsWith('readme.txt')));
  });
});
