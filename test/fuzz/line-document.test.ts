// The server's row-backed documents against LSP's own TextDocument: after any sequence of edits (line
// breaks of every kind, BOMs, NULs, surrogates, ranges past the end or reversed) both hold the same
// text, and the rows the parser reads are the lines the flat line table finds in that text. The
// service then gives the same answers on both.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../../server/src/line-document';
import { createLanguageService } from '../../server/src/service/index';
import { LineTable } from '../../server/src/service/text';
import { BASES, insertion } from './arbitraries';
import { params } from './config';

const piece = fc.oneof(
  { arbitrary: insertion, weight: 4 },
  { arbitrary: fc.constantFrom('\r', '\n', '\r\n', '\n\r', '\r\r\n', '\uFEFF', '\0', 'x', ''), weight: 3 },
);

const editArb = fc.record({
  a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat(),
  text: fc.array(piece, { maxLength: 4 }).map((xs) => xs.join('')),
  full: fc.nat(30),
});

const startArb = fc.oneof(
  fc.constantFrom(...BASES.slice(0, 3)),
  fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')),
);

function sameLines(doc: LineDocument, text: string): void {
  const rows = doc.lineTable();
  const flat = new LineTable(text);
  assert.equal(rows.length, flat.length, 'line count');
  for (let i = 0; i < flat.length; i++) assert.equal(rows.text(i), flat.text(i), `line ${i}`);
  assert.equal(rows.col(0), flat.col(0), 'BOM column');
  assert.equal(rows.textLength, text.length, 'text length');
  assert.equal(rows.hasNul, flat.hasNul, 'NUL');
  assert.equal(rows.firstBreak, flat.firstBreak, 'first break');
}

describe('fuzz: row-backed documents', () => {
  test('edits leave the same text as LSP\'s TextDocument, and the rows are its lines', () => fc.assert(fc.property(startArb, fc.array(editArb, { maxLength: 8 }), (start, edits) => {
    let ref = TextDocument.create('file:///x', 'seed', 1, start);
    const doc = new LineDocument('file:///x', 'seed', 1, start);
    sameLines(doc, start);
    let version = 1;
    for (const e of edits) {
      const lines = ref.lineCount;
      // positions mostly inside, sometimes one line past the end or past a line's end; ranges may be reversed
      const p = { line: e.a % (lines + 1), character: e.b % 12 };
      const q = { line: e.c % (lines + 1), character: e.d % 12 };
      const change = e.full === 0 ? { text: e.text } : { range: { start: p, end: q }, text: e.text };
      version++;
      // the reference is rebuilt from its text after each edit: TextDocument.update counts a CR inserted
      // before an LF as a line of its own until then, and would read the next edit's positions that way
      ref = TextDocument.update(ref, [change], version);
      doc.lineTable(); // hand out a table, so the next edit must not change the rows under it
      const before = doc.lineTable();
      const beforeRows = Array.from({ length: before.length }, (_, i) => before.text(i));
      doc.update([change], version);
      assert.equal(doc.getText(), ref.getText(), `after ${JSON.stringify(change)}`);
      // lines and offsets from the text itself (an incremental TextDocument miscounts a CR inserted before an LF)
      const fresh = TextDocument.create('file:///x', 'seed', version, ref.getText());
      ref = fresh;
      assert.equal(doc.lineCount, fresh.lineCount, 'lineCount');
      sameLines(doc, ref.getText());
      assert.deepEqual(Array.from({ length: before.length }, (_, i) => before.text(i)), beforeRows, 'an earlier table is unchanged');
      const probe = { line: e.a % (lines + 1), character: e.d % 12 };
      assert.equal(doc.offsetAt(probe), fresh.offsetAt(probe), 'offsetAt');
      const offset = e.b % (ref.getText().length + 2);
      assert.deepEqual(doc.positionAt(offset), fresh.positionAt(offset), 'positionAt');
    }
  }), params(1)));

  test('the outline of each version, made with the sections the last version lends, is the outline made afresh', () => fc.assert(fc.property(fc.constantFrom(...BASES), fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
    const doc = new LineDocument('file:///x.seed.txt', 'seed', 1, start);
    const live = createLanguageService({ today: () => '2025-12-31' });
    live.getDocumentSymbols(doc);
    let version = 1;
    for (const e of edits) {
      const lines = doc.lineCount;
      doc.update([{ range: { start: { line: e.a % lines, character: e.b % 12 }, end: { line: (e.a + (e.c % 3)) % lines, character: e.d % 12 } }, text: e.text }], ++version);
      const fresh = createLanguageService({ today: () => '2025-12-31' });
      assert.deepEqual(live.getDocumentSymbols(doc), fresh.getDocumentSymbols({ uri: doc.uri, version: doc.version, getText: () => doc.getText() }));
    }
  }), params(0.5)));

  test('a keystroke in one paragraph keeps the other sections\' symbols', () => {
    const doc = new LineDocument('file:///x.seed.txt', 'seed', 1, BASES[1] as string);
    const svc = createLanguageService({ today: () => '2025-12-31' });
    const before = svc.getDocumentSymbols(doc)[0]?.children ?? [];
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('keep the implementation boring'));
    assert.ok(line > 0);
    doc.update([{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: 'x' }], 2);
    const after = svc.getDocumentSymbols(doc)[0]?.children ?? [];
    assert.equal(after.length, before.length);
    const kept = after.filter((s, i) => s === before[i]).length;
    assert.equal(kept, after.length - 1, 'all sections but the edited one are the same objects');
  });

  test('the service answers the same on a row-backed document as on its text', () => fc.assert(fc.property(fc.constantFrom(...BASES), fc.array(editArb, { maxLength: 3 }), (start, edits) => {
    const doc = new LineDocument('file:///x.seed.txt', 'seed', 1, start);
    let version = 1;
    for (const e of edits) {
      const lines = doc.lineCount;
      doc.update([{ range: { start: { line: e.a % lines, character: e.b % 12 }, end: { line: e.c % lines, character: e.d % 12 } }, text: e.text }], ++version);
    }
    const flat = { uri: doc.uri, version: doc.version, getText: () => doc.getText() };
    const rows = createLanguageService({ today: () => '2025-12-31' });
    const text = createLanguageService({ today: () => '2025-12-31' });
    assert.deepEqual(rows.computeDiagnostics(doc), text.computeDiagnostics(flat));
    assert.deepEqual(rows.getDocumentSymbols(doc), text.getDocumentSymbols(flat));
    assert.deepEqual(rows.getFoldingRanges(doc), text.getFoldingRanges(flat));
  }), params(0.3)));
});
