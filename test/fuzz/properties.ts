// The fuzz properties of the language service, shared by the test files (a few thousand cases) and
// the soak (npm run fuzz). Each property builds a fresh service, so no case leaks into the next.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { applyEdits } from '../../server/src/service/apply-edits';
import { claimedByIndentedField } from '../../server/src/service/rules/stray-line';
import { hasHost } from '../../server/src/service/derive';
import { bodyFacts } from '../../server/src/service/views';
import type { SeedDocument, SeedLanguageService, SeedSettings } from '../../server/src/service/index';
import { doc, service } from '../helpers';
import { article, body, picks, positionOf, rangeOf, settings, type Case } from './arbitraries';
import {
  assertCodeActions, assertCompletion, assertDiagnostics, assertEdits, assertFolding, assertRange, assertSymbols, linesOf,
} from './invariants';

const URI = 'file:///fuzz/article.seed.txt';
const cmp = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

function open(c: Case, s?: SeedSettings): { svc: SeedLanguageService; d: SeedDocument; lines: string[] } {
  const svc = service();
  if (s) svc.configure(s);
  return { svc, d: doc(c.text, URI), lines: linesOf(c.text) };
}

const count = (ds: readonly Diagnostic[], code: unknown) => ds.filter((d) => d.code === code).length;
const sameRange = (a: Range, b: Range) => cmp(a.start, b.start) === 0 && cmp(a.end, b.end) === 0;
/**
 * Errors about the block's structure. A fix may make more of the content checkable (renaming `payloa`
 * to `payload` turns one missing field into its missing keys), but must not break the structure.
 */
const STRUCTURE = new Set(['syntax.empty', 'syntax.no-title', 'syntax.unclosed-fence', 'syntax.binary', 'meta.unknown-field',
  'meta.item-outside-field', 'meta.stray-line', 'meta.duplicate-marker', 'meta.indentation', 'meta.shape', 'meta.pair-syntax',
  'meta.unknown-key', 'meta.duplicate-key']);
const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => STRUCTURE.has(String(d.code)));
/**
 * How many lines carry a structure error. Lines, not errors: renaming an unknown field re-homes the
 * orphan items below it, which may then break the new field's item rules (two errors where one was).
 */
/**
 * Items under no field, and items under an indented field header, count too: under a misspelled field name they get no diagnostic of their own (the
 * name's diagnostic and its rename speak for them), but they are out of place all the same.
 */
const badLines = (ds: readonly Diagnostic[], text: string) => {
  const model = service().getModel(doc(text, URI));
  return new Set([
    ...errors(ds).map((d) => d.range.start.line),
    ...(model.meta?.orphanItems ?? []).map((i) => i.line),
    // and items an indented field header will take back: the header's diagnostic speaks for them
    ...claimedByIndentedField(model),
  ]).size;
};

/** 1. No service function throws; every range it returns lies inside the document. */
export const noThrowInside = fc.property(article, fc.option(settings, { nil: undefined, freq: 3 }), picks, picks, (c, s, ps, rs) => {
  const { svc, d, lines } = open(c, s);
  const withFixes = svc.computeDiagnosticsWithFixes(d);
  assertDiagnostics(lines, withFixes, URI);
  for (const x of withFixes) for (const f of x.fixes ?? []) assertEdits(lines, f.edits, `fix "${f.title}" of ${x.code}`);
  const ds = svc.computeDiagnostics(d);
  assertDiagnostics(lines, ds, URI);
  assertSymbols(lines, svc.getDocumentSymbols(d));
  assertFolding(lines, svc.getFoldingRanges(d));
  for (const p of ps) {
    const pos = positionOf(lines, p);
    assertCompletion(lines, svc.getCompletions(d, pos).items, pos);
    const h = svc.getHover(d, pos);
    if (h?.range) assertRange(lines, h.range, `hover at ${pos.line}:${pos.character}`);
  }
  for (let i = 0; i + 1 < rs.length || i === 0; i += 2) {
    const range = rangeOf(lines, rs[i] as [number, number], (rs[i + 1] ?? rs[i]) as [number, number]);
    assertCodeActions(lines, svc.getCodeActions(d, { range, diagnostics: ds }), URI, d.version);
    // stale or foreign diagnostics from the client must not matter either
    assertCodeActions(lines, svc.getCodeActions(d, { range, diagnostics: [{ range, message: 'x', code: 'meta.shape' }], only: ['quickfix'] }), URI, d.version);
  }
  for (const [name, edits] of [['insert meta', svc.getInsertMetaEdits(d)], ['sort fields', svc.getSortFieldsEdits(d)], ['sync meta', svc.getSyncMetaEdits(d)]] as const) {
    assertEdits(lines, edits, name);
    applyEdits(c.text, edits);
  }
  const preview = svc.getPreviewModel(d);
  assert.equal(preview.uri, URI);
  svc.isReduced(d);
});

/** 2. Symbols nest: children inside parents, selectionRange inside range (checked by assertSymbols). */
export const symbolsNest = fc.property(article, fc.boolean(), (c, shape) => {
  const { svc, d, lines } = open(c, { detectHeadingShape: shape });
  assertSymbols(lines, svc.getDocumentSymbols(d));
});

/** 3. Folding ranges are sorted by startLine and valid. */
export const foldingValid = fc.property(article, (c) => {
  const { svc, d, lines } = open(c);
  assertFolding(lines, svc.getFoldingRanges(d));
});

/**
 * 4. Every quick fix applies cleanly and does not create a new diagnostic of its own code: the code's
 * count does not grow and the fixed one is gone (other instances may remain, or come into view: of two
 * identical unknown keys only the first is reported, the second once the first is renamed).
 */
export const fixesFix = fc.property(article, (c) => {
  const { svc, d } = open(c);
  const before = svc.computeDiagnosticsWithFixes(d);
  for (const diag of before) {
    for (const fix of diag.fixes ?? []) {
      let after: string;
      try {
        after = applyEdits(c.text, fix.edits);
      } catch (err) {
        assert.fail(`fix "${fix.title}" of ${diag.code} does not apply: ${String(err)}`);
      }
      const ds = service().computeDiagnostics(doc(after, URI));
      const was = count(before, diag.code);
      const now = count(ds, diag.code);
      const where = `fix "${fix.title}" of ${diag.code} at ${diag.range.start.line}:${diag.range.start.character}`;
      const left = () => `after the fix: ${JSON.stringify(ds.filter((x) => x.code === diag.code).map((x) => [x.range.start.line, x.message]))}`;
      assert.ok(now <= was, `${where}: ${was} ${diag.code} before, ${now} after\n${left()}`);
      // the fixed one is gone; with as many as before, another instance came into view (a duplicate behind it)
      assert.ok(now < was || !ds.some((x) => x.code === diag.code && x.message === diag.message && sameRange(x.range, diag.range)),
        `${where}: the diagnostic is still there\n${left()}`);
      // a preferred fix (the one seed-check --fix applies unasked) leaves no more lines with structure errors than before;
      // but mending a nearly-right marker turns the body below it into a meta block, with whatever mistakes it holds
      if (!fix.preferred || diag.code === 'meta.marker-near-miss') continue;
      assert.ok(badLines(ds, after) <= badLines(before, c.text), `${where}: structure errors on ${badLines(before, c.text)} lines before, ${badLines(ds, after)} after\n`
        + `new: ${JSON.stringify(errors(ds).filter((x) => !errors(before).some((y) => y.code === x.code && y.message === x.message)).map((x) => [x.code, x.range.start.line, x.message]))}`);
    }
  }
});

/**
 * 4b. All preferred fixes at once, as seed-check --fix applies them (skipping any that touch an edit
 * already taken): they apply cleanly and leave no more lines with structure errors than before.
 */
export const preferredFixesTogether = fc.property(article, (c) => {
  const { svc, d } = open(c);
  const before = svc.computeDiagnosticsWithFixes(d);
  if (before.some((x) => String(x.code).startsWith('syntax.'))) return; // --fix leaves such files alone
  if (before.some((x) => x.code === 'meta.marker-near-miss')) return; // the meta block below it comes into view
  const edits: TextEdit[] = [];
  const touches = (a: TextEdit, b: TextEdit) => cmp(a.range.start, b.range.end) <= 0 && cmp(b.range.start, a.range.end) <= 0;
  for (const x of before) {
    const fix = x.fixes?.find((f) => f.preferred);
    if (fix && !fix.edits.some((e) => edits.some((o) => touches(o, e)))) edits.push(...fix.edits);
  }
  const after = applyEdits(c.text, edits);
  const ds = service().computeDiagnostics(doc(after, URI));
  assert.ok(badLines(ds, after) <= badLines(before, c.text), `structure errors on ${badLines(before, c.text)} lines before the preferred fixes, ${badLines(ds, after)} after: `
    + JSON.stringify(errors(ds).map((x) => [x.code, x.range.start.line, x.message])));
});

const DERIVED = ['meta.checklist-mismatch', 'meta.paragraphs-mismatch', 'meta.images-mismatch', 'meta.topic-mismatch', 'meta.scenario-mismatch',
  'meta.stack-mismatch', 'meta.entities-mismatch', 'meta.number-mismatch'];

/**
 * 5. Inserting the post meta into a meta-less article gives consistent derived fields and writes nothing
 * the rules call invalid. What the body cannot supply may still be reported: a missing `checklist` (no
 * body checklist) and a title that names no stack (`meta.title-mismatch`, on the title).
 */
export const insertMetaConsistent = fc.property(body, (c) => {
  const { svc, d } = open(c);
  const edits = svc.getInsertMetaEdits(d);
  const model = svc.getModel(d);
  if (model.meta || !model.title || model.binary) {
    assert.deepEqual(edits, [], 'insert meta offered for an article that has a meta block or no title');
    return;
  }
  // a line that is nearly a marker is to be mended, not joined by a second block
  if (svc.computeDiagnostics(d).some((x) => x.code === 'meta.marker-near-miss')) {
    assert.deepEqual(edits, [], 'insert meta offered next to a nearly-right marker');
    return;
  }
  assert.ok(edits.length > 0, 'no insert-meta edits for an article without a meta block');
  const after = applyEdits(c.text, edits);
  const d2 = doc(after, URI);
  assert.ok(svc.getModel(d2).meta, 'no meta block after inserting it');
  const ds = svc.computeDiagnostics(d2);
  const bad = ds.filter((x) => DERIVED.includes(String(x.code)));
  assert.deepEqual(bad.map((x) => `${String(x.code)}: ${x.message}`), [], `derived fields disagree after inserting the meta:\n${after.slice(-2500)}`);
  // nothing the insert wrote is invalid in itself; only the checklist may be missing (a body without one)
  const own = ds.filter((x) => String(x.code).startsWith('meta.') && !DERIVED.includes(String(x.code)) && x.code !== 'meta.title-mismatch'
    && !(x.code === 'meta.missing-field' && x.message.includes('no `checklist` field'))
    // an image whose source names no host (`/health`) gives no url to write
    && !(x.message.includes('`image sources url`') && bodyFacts(model).images.some((im) => !hasHost(im.source))));
  assert.deepEqual(own.map((x) => `${String(x.code)}: ${x.message}`), [], `the inserted meta is reported:\n${after.slice(-2500)}`);
});

/** 6. Sorting the fields leaves no field-order hint and changes nothing but the order. */
export const sortFieldsSorts = fc.property(article, (c) => {
  const { svc, d } = open(c);
  const edits = svc.getSortFieldsEdits(d);
  const after = applyEdits(c.text, edits);
  const ds = service().computeDiagnostics(doc(after, URI));
  if (svc.getModel(d).meta && !svc.getModel(d).binary) assert.equal(count(ds, 'meta.field-order'), 0, 'fields still out of order after sorting');
  const sorted = (t: string) => linesOf(t).sort();
  assert.deepEqual(sorted(after).filter((l) => l.trim()), sorted(c.text).filter((l) => l.trim()), 'sorting lost or changed a line');
});

/** 7. Syncing the derived meta applies cleanly and leaves fewer (or no more) derived mismatches. */
export const syncMetaHelps = fc.property(article, (c) => {
  const { svc, d } = open(c);
  const edits = svc.getSyncMetaEdits(d);
  const after = applyEdits(c.text, edits);
  const before = svc.computeDiagnostics(d);
  const ds = service().computeDiagnostics(doc(after, URI));
  for (const code of ['meta.checklist-mismatch', 'meta.paragraphs-mismatch', 'meta.images-mismatch']) {
    assert.ok(count(ds, code) <= count(before, code), `${code}: ${count(before, code)} before syncing, ${count(ds, code)} after`);
  }
  assert.equal(count(ds, 'meta.paragraphs-mismatch'), 0, 'paragraphs still differ after syncing');
});

/** 8. The custom requests that take free input from the client never throw. */
export const customRequests = fc.property(
  fc.record({
    problem: fc.string(), stack: fc.string(), scenario: fc.string(), difficulty: fc.string(), codeLanguage: fc.string(),
    tools: fc.array(fc.string(), { maxLength: 3 }), style: fc.constantFrom('compact', 'spaced') as fc.Arbitrary<'compact' | 'spaced'>,
    brand: fc.string(),
  }),
  fc.double(),
  fc.array(article.map((c) => c.text), { maxLength: 3 }),
  (answers, r, texts) => {
    const svc = service();
    const result = svc.scaffoldArticle(answers, () => r);
    const lines = linesOf(result.text);
    assertRange(lines, result.selection, 'scaffold selection');
    svc.valuesFromTexts(texts);
  },
);

export interface SoakRun { readonly failed: boolean; readonly numRuns: number; readonly interrupted: boolean; readonly report: string }
export interface SoakEntry {
  readonly name: string;
  /** its share of FUZZ_RUNS and of the time */
  readonly weight: number;
  check(seed: number, numRuns: number, timeLimitMs: number): SoakRun;
}

function entry<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IPropertyWithHooks<Ts>, weight: number): SoakEntry {
  return {
    name, weight,
    check(seed, numRuns, timeLimitMs) {
      const d = fc.check(property, { seed, numRuns, includeErrorInReport: true, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false }) as fc.RunDetails<Ts>;
      return { failed: d.failed, numRuns: d.numRuns, interrupted: d.interrupted, report: fc.defaultReportMessage(d) ?? '' };
    },
  };
}

/** Every property with its weight, for the soak. */
export const ALL: readonly SoakEntry[] = [
  entry('no function throws, every range inside the document', noThrowInside, 1),
  entry('symbols nest', symbolsNest, 0.5),
  entry('folding sorted and valid', foldingValid, 0.5),
  entry('each quick fix fixes its own diagnostic', fixesFix, 0.6),
  entry('preferred fixes together', preferredFixesTogether, 0.6),
  entry('insert meta is consistent', insertMetaConsistent, 1),
  entry('sort fields sorts', sortFieldsSorts, 0.5),
  entry('sync meta helps', syncMetaHelps, 0.5),
  entry('custom requests take any input', customRequests, 0.3),
];
