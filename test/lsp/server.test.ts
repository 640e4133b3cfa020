// The built server over stdio: every feature on the real articles.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, InitializeResult, TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { applyEdits, edit, seed, sample, SEED_FILES, versionedEdits } from '../helpers';
import { startServer, type TestServer } from './lsp-client';

let server: TestServer;
// These tests open several copies of the same article: the cross-file rules are tested elsewhere.
const noCrossFile = { settings: { severity: Object.fromEntries(['reference', 'hash', 'seed', 'title'].map((k) => [`workspace.duplicate-${k}`, 'off'])) } };
// what VS Code's client announces: it takes versioned edits
const documentChanges = { workspace: { workspaceEdit: { documentChanges: true } } };
before(async () => { server = await startServer(noCrossFile, { capabilities: documentChanges }); });
after(async () => { await server.stop(); });

const uriOf = (name: string) => `file:///work/${name}.seed.txt`;
const td = (uri: string) => ({ textDocument: { uri } });

describe('the seed language server over stdio', () => {
  test('initialize answers the capabilities and the server name', async () => {
    const s = await startServer();
    const res = await s.request<InitializeResult>('initialize', { processId: null, rootUri: null, capabilities: {} }).catch((e: Error) => e);
    await s.stop();
    // a second initialize is a protocol error; the first one (in startServer) succeeded
    assert.ok(res instanceof Error || (res as InitializeResult).serverInfo?.name === 'seed-language-server');
  });

  test('the five real articles: published diagnostics are empty', async () => {
    for (const [i, name] of SEED_FILES.entries()) {
      server.open(uriOf(name), seed(i));
      assert.deepEqual(await server.diagnostics(uriOf(name)), [], name);
    }
  });

  test('a broken article: codes, exact value ranges, related information', async () => {
    const uri = uriOf('broken');
    server.open(uri, sample('broken/meta-problems.seed.txt'));
    const ds = await server.diagnostics(uri);
    const codes = new Set(ds.map((d) => d.code));
    for (const c of ['meta.unknown-field', 'meta.invalid-value', 'meta.indentation', 'meta.missing-field', 'meta.unknown-key',
      'meta.topic-mismatch', 'meta.number-mismatch', 'meta.checklist-mismatch', 'meta.paragraphs-mismatch']) assert.ok(codes.has(c), c);
    const bad = ds.find((d) => d.message.startsWith('`difficulty`'));
    assert.deepEqual(bad?.range, { start: { line: 55, character: 10 }, end: { line: 55, character: 16 } });
    assert.ok(ds.find((d) => d.code === 'meta.topic-mismatch')?.relatedInformation?.length === 2);
    assert.ok(ds.every((d) => d.source === 'seed'));
  });

  test('incremental edits publish diagnostics for the new version', async () => {
    const uri = uriOf('edited');
    server.open(uri, seed(1));
    assert.deepEqual(await server.diagnostics(uri), []);
    const line = seed(1).split('\n').indexOf('difficultyintermediate');
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 10 }, end: { line, character: 22 } }, text: 'expert' }],
    });
    const ds = await server.diagnostics(uri, 2);
    assert.deepEqual(ds.map((d) => d.code), ['meta.invalid-value']);
  });

  test('document symbols of seed 003', async () => {
    const uri = uriOf(SEED_FILES[3] as string);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', td(uri));
    assert.deepEqual(symbols.map((s) => s.name), ['production checklist for making service health visible in python services', 'alphanode post meta']);
    assert.deepEqual(symbols[0]?.children?.map((c) => c.name).slice(1), ['production checks', 'why this matters', 'implementation checklist', 'final notes']);
    assert.equal(symbols[1]?.children?.length, 20);
  });

  test('folding ranges of seed 001', async () => {
    const ranges = await server.request<FoldingRange[]>('textDocument/foldingRange', td(uriOf(SEED_FILES[1] as string)));
    const lines = seed(1).split('\n');
    assert.ok(ranges.some((r) => lines[r.startLine] === 'alphanode post meta'));
    assert.ok(ranges.some((r) => lines[r.startLine] === 'production checks'));
    assert.ok(ranges.some((r) => lines[r.startLine] === 'entities'));
  });

  test('completion inside the meta block', async () => {
    const uri = uriOf('complete');
    const text = edit(seed(1), 'hash2736193aad21a30a0d5fff2a\n', '\n');
    server.open(uri, text);
    await server.diagnostics(uri);
    const line = text.split('\n').indexOf('referenceanp-ref-012838-3303') + 1;
    const list = await server.request<CompletionList>('textDocument/completion', { ...td(uri), position: { line, character: 0 } });
    assert.deepEqual(list.items.map((i) => i.label), ['hash']);
  });

  test('completion sends snippets only to a client that takes them', async () => {
    const text = edit(seed(1), 'difficultyintermediate\n', '\n');
    const line = text.split('\n').indexOf('reading time7') - 1;
    // this server was started with no capabilities: plain text, the first choice written out
    const uri = uriOf('plain-completion');
    server.open(uri, text);
    await server.diagnostics(uri);
    const plain = await server.request<CompletionList>('textDocument/completion', { ...td(uri), position: { line, character: 0 } });
    const item = plain.items.find((i) => i.label === 'difficulty');
    assert.equal(item?.insertTextFormat ?? 1, 1);
    assert.equal((item?.textEdit as { newText: string } | undefined)?.newText, 'difficultybeginner');
    const snippety = await startServer(undefined, { capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } } });
    try {
      snippety.open(uri, text);
      await snippety.diagnostics(uri);
      const list = await snippety.request<CompletionList>('textDocument/completion', { ...td(uri), position: { line, character: 0 } });
      const s = list.items.find((i) => i.label === 'difficulty');
      assert.equal(s?.insertTextFormat, 2);
      assert.match((s?.textEdit as { newText: string } | undefined)?.newText ?? '', /^difficulty\$\{1\|/);
    } finally {
      await snippety.stop();
    }
  });

  test('hover on a field name', async () => {
    const uri = uriOf(SEED_FILES[1] as string);
    const line = seed(1).split('\n').indexOf('reading time7');
    const h = await server.request<Hover>('textDocument/hover', { ...td(uri), position: { line, character: 3 } });
    assert.match((h.contents as { value: string }).value, /Minutes a reader needs/);
  });

  test('code actions: the quick fix for an invalid value, applied, clears it', async () => {
    const uri = uriOf('fix');
    const text = edit(seed(1), 'difficultyintermediate', 'difficultyintermediat');
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri);
    const d = diagnostics[0] as Diagnostic;
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { ...td(uri), range: d.range, context: { diagnostics } });
    const fix = actions.find((a) => a.title === 'Change to `intermediate`');
    assert.ok(fix?.isPreferred);
    assert.equal(applyEdits(text, versionedEdits(fix?.edit, uri, 1)), seed(1));
  });

  test('seed/insertMetaEdits (with the version) and seed/previewModel', async () => {
    const uri = uriOf(SEED_FILES[0] as string);
    const answer = await server.request<TextDocumentEdit>('seed/insertMetaEdits', { uri });
    assert.deepEqual(answer.textDocument, { uri, version: 1 });
    assert.match(applyEdits(seed(0), answer.edits), /\nalphanode post meta\ntopicmaking logs useful during incidents \/ python services\n/);
    const model = await server.request<{ title: { text: string }; meta: { fields: { name: string; status: string }[] } }>('seed/previewModel', { uri: uriOf(SEED_FILES[3] as string) });
    assert.equal(model.title.text, 'production checklist for making service health visible in python services');
    assert.ok(model.meta.fields.every((f) => f.status === 'ok'));
  });

  test('settings: a code turned off is no longer published', async () => {
    const uri = uriOf('settings');
    server.open(uri, edit(seed(1), 'difficultyintermediate', 'difficultyexpert'));
    assert.equal((await server.diagnostics(uri)).length, 1);
    const off = { ...noCrossFile.settings.severity, 'meta.invalid-value': 'off' };
    void server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { seed: { diagnostics: { severity: off } } } });
    assert.deepEqual(await server.diagnostics(uri), []);
    void server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { seed: { diagnostics: { severity: noCrossFile.settings.severity } } } });
    assert.equal((await server.diagnostics(uri)).length, 1);
  });
});
