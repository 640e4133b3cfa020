// Document symbols (the Outline): the title holds the sections; the post meta block holds its fields.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { lineOf, openWithServer, waitFor } from './helpers';

const TITLE = 'field notes on making logs useful during incidents for python services';
const SECTIONS = ['production checks', 'the practical approach', 'implementation checklist', 'final notes'];
const META = 'alphanode post meta';
// seed 001's fields in file order (it has no images, so no `image sources`)
const FIELDS = ['topic', 'summary', 'ai outline', 'ai brief', 'stack', 'tools', 'code language', 'difficulty',
  'reading time', 'view count', 'score', 'revision', 'reference', 'hash', 'flags', 'checklist', 'entities',
  'payload', 'notes'];

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

describe('document symbols', () => {
  let doc: vscode.TextDocument;
  let symbols: vscode.DocumentSymbol[];

  before(async () => {
    ({ doc } = await openWithServer('seed-001.seed.txt'));
    symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 0 ? s : undefined;
    }, 'document symbols of seed-001');
    // hierarchical symbols, not the flat SymbolInformation form: the outline depends on it
    assert.ok(symbols.every((s) => Array.isArray(s.children)), 'the server returns DocumentSymbol[] (with children)');
  });

  it('the title holds the four sections, in order and at their heading lines', () => {
    const title = symbols.find((s) => s.name === TITLE);
    assert.ok(title, `a top-level symbol for the title; got ${JSON.stringify(symbols.map((s) => s.name))}`);
    assert.strictEqual(title.selectionRange.start.line, lineOf(doc, TITLE));
    const sections = title.children.filter((c) => c.name !== META);
    assert.deepStrictEqual(sections.map((c) => c.name), SECTIONS);
    for (const s of sections) {
      assert.strictEqual(s.selectionRange.start.line, lineOf(doc, s.name), `selection of ${s.name}`);
    }
  });

  it(`"${META}" holds the meta fields`, () => {
    const meta = flatten(symbols).find((s) => s.name === META);
    assert.ok(meta, `a symbol "${META}"`);
    assert.strictEqual(meta.selectionRange.start.line, lineOf(doc, META));
    assert.deepStrictEqual(meta.children.map((c) => c.name), FIELDS);
  });
});
