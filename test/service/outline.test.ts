import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { doc, seed, service, SEED_FILES } from '../helpers';

const KIND: Record<number, string> = { 1: 'File', 2: 'Module', 3: 'Namespace', 7: 'Property', 12: 'Function', 15: 'String', 18: 'Array', 19: 'Object', 20: 'Key', 23: 'Struct' };
const tree = (s: DocumentSymbol, depth: number): unknown =>
  depth === 0 || !s.children?.length ? `${KIND[s.kind]} ${s.name}` : { [`${KIND[s.kind]} ${s.name}`]: s.children.map((c) => tree(c, depth - 1)) };

const inside = (outer: Range, inner: Range) =>
  (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character))
  && (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));

function checkNesting(s: DocumentSymbol): void {
  assert.ok(inside(s.range, s.selectionRange), `${s.name}: selectionRange inside range`);
  for (const c of s.children ?? []) {
    assert.ok(inside(s.range, c.range), `${c.name} inside ${s.name}`);
    checkNesting(c);
  }
}

describe('document symbols', () => {
  test('seed 000: title → sections → the checklist list', () => {
    const symbols = service().getDocumentSymbols(doc(seed(0)));
    assert.deepEqual(symbols.map((s) => tree(s, 2)), [{
      'Module production checklist for making logs useful during incidents in python services': [
        'Namespace production checks', 'Namespace the practical approach', { 'Namespace implementation checklist': ['Array list'] }, 'Namespace final notes'],
    }]);
    assert.equal(symbols[0]?.children?.[2]?.children?.[0]?.detail, '5 items');
    assert.equal(symbols[0]?.children?.[0]?.detail, '4 paragraphs');
  });

  test('seed 003: the intro image, the code block, and the meta block with fields, pairs and records', () => {
    const [title, meta] = service().getDocumentSymbols(doc(seed(3)));
    assert.deepEqual(tree(title as DocumentSymbol, 2), {
      'Module production checklist for making service health visible in python services': [
        'File making service health visible with python services visual reference 1',
        { 'Namespace production checks': ['Function code'] }, 'Namespace why this matters',
        { 'Namespace implementation checklist': ['Array list'] }, 'Namespace final notes'],
    });
    assert.equal(title?.children?.[0]?.detail, 'image from loremflickr.com');
    assert.equal(title?.children?.[1]?.children?.[0]?.detail, '6 lines');
    assert.equal(meta?.name, 'alphanode post meta');
    assert.equal(meta?.children?.length, 20);
    const field = (n: string) => meta?.children?.find((c) => c.name === n);
    assert.equal(field('difficulty')?.detail, 'beginner');
    assert.equal(field('stack')?.detail, '3 items');
    assert.deepEqual(field('score')?.children?.map((c) => `${c.name}=${c.detail}`), ['quality=98', 'freshness=54', 'depth=71', 'clarity=76']);
    assert.deepEqual(field('entities')?.children?.map((c) => `${KIND[c.kind]} ${c.name} (${c.detail})`),
      ['Object python services (stack)', 'Object backend (area)', 'Object making service health visible (problem)']);
    assert.equal(field('image sources')?.detail, '1 record');
  });

  for (const [i, name] of SEED_FILES.entries()) {
    test(`${name}: every child range lies inside its parent`, () => {
      for (const s of service().getDocumentSymbols(doc(seed(i)))) checkNesting(s);
    });
  }
});

describe('folding ranges', () => {
  test('seed 001: sections, the checklist list, the meta block, multi-line fields and each record', () => {
    const text = seed(1);
    const lines = text.split('\n');
    const ranges = service().getFoldingRanges(doc(text));
    const start = (l: number) => lines[l]?.trim();
    const starts = ranges.map((r) => start(r.startLine));
    for (const s of ['production checks', 'the practical approach', 'implementation checklist', 'final notes', 'alphanode post meta',
      'ai outline', 'stack', 'score', 'entities', '• name: python services', 'payload', 'notes', '• review query plans']) {
      assert.ok(starts.includes(s), `a range starts at ${s}`);
    }
    const meta = ranges.find((r) => start(r.startLine) === 'alphanode post meta');
    assert.equal(start(meta?.endLine ?? 0), '• content is generated for import/load testing and should be reviewed before indexing');
    for (let i = 1; i < ranges.length; i++) assert.ok((ranges[i]?.startLine ?? 0) >= (ranges[i - 1]?.startLine ?? 0), 'sorted');
    for (const r of ranges) assert.ok(r.endLine > r.startLine);
  });
  test('seed 003: the unfenced code block folds', () => {
    const text = seed(3);
    const code = text.split('\n').indexOf('from fastapi import FastAPI');
    assert.ok(service().getFoldingRanges(doc(text)).some((r) => r.startLine === code && r.endLine === code + 5));
  });
});
