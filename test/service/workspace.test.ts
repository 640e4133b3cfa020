import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, parseConfig, WorkspaceIndex, type SeedLanguageService } from '../../server/src/service/index';
import { doc, edit, seed, TODAY, withCursor } from '../helpers';

function workspace(files: Record<string, string>): { index: WorkspaceIndex; svc: SeedLanguageService } {
  const index = new WorkspaceIndex();
  const svc = createLanguageService({ today: () => TODAY, index });
  for (const [uri, text] of Object.entries(files)) index.set(svc.summarize(doc(text, uri)));
  return { index, svc };
}

/** seed 001 with its own ids, so it does not collide with the original. */
function other(n: number): string {
  return seed(1).replace(/012838/g, `0300${String(n).padStart(2, '0')}`).replace('seed: 12838', `seed: 300${String(n).padStart(2, '0')}`)
    .replace('hash2736193aad21a30a0d5fff2a', `hash2736193aad21a30a0d5f${String(n).padStart(4, '0')}`)
    .replace('field notes on making logs', `field notes ${n} on making logs`);
}

describe('workspace index and cross-file rules', () => {
  test('distinct articles: no cross-file diagnostics', () => {
    const { svc } = workspace({ 'file:///a.txt': seed(1), 'file:///b.txt': other(1), 'file:///c.txt': seed(3) });
    assert.deepEqual(svc.computeDiagnostics(doc(seed(1), 'file:///a.txt')), []);
  });
  test('the same reference, hash, seed number and title in another article, with related information there', () => {
    const { svc } = workspace({ 'file:///a.txt': seed(1), 'file:///copy.txt': seed(1) });
    const ds = svc.computeDiagnostics(doc(seed(1), 'file:///a.txt'));
    assert.deepEqual(ds.map((d) => d.code).sort(), ['workspace.duplicate-hash', 'workspace.duplicate-reference', 'workspace.duplicate-seed', 'workspace.duplicate-title']);
    for (const d of ds) {
      assert.equal(d.severity, 2);
      assert.equal(d.relatedInformation?.[0]?.location.uri, 'file:///copy.txt');
      assert.match(d.message, /is also used by copy\.txt/);
    }
    const ref = ds.find((d) => d.code === 'workspace.duplicate-reference');
    assert.equal(ref?.relatedInformation?.[0]?.location.range.start.line, seed(1).split('\n').indexOf('referenceanp-ref-012838-3303'));
  });
  test('one file spelled two ways (Neovim leaves `(` unencoded, VS Code writes `%28`) is one article, not its own duplicate', () => {
    const { index, svc } = workspace({ 'file:///ws/sub%20dir/notes%281%29.seed.txt': seed(1) });
    const nvim = 'file:///ws/sub%20dir/notes(1).seed.txt';
    index.set(svc.summarize(doc(seed(1), nvim)));
    assert.equal(index.size, 1);
    assert.deepEqual(svc.computeDiagnostics(doc(seed(1), nvim)), []);
  });
  test('the seed number matches across `payload seed` and `source id`', () => {
    const onlySource = other(2).replace(/  • seed: \d+\n/, '').replace('alphanode-030002', 'alphanode-012838');
    const { svc } = workspace({ 'file:///a.txt': seed(1), 'file:///b.txt': onlySource });
    assert.ok(svc.computeDiagnostics(doc(seed(1), 'file:///a.txt')).some((d) => d.code === 'workspace.duplicate-seed'));
  });
  test('removing the other article clears the warnings; the index version moves', () => {
    const { index, svc } = workspace({ 'file:///a.txt': seed(1), 'file:///copy.txt': seed(1) });
    const v = index.version;
    index.remove('file:///copy.txt');
    assert.ok(index.version > v);
    assert.deepEqual(svc.computeDiagnostics(doc(seed(1), 'file:///a.txt')), []);
  });
  test('an edit that moves positions only does not change what other files see', () => {
    const { index, svc } = workspace({ 'file:///a.txt': seed(1) });
    const v = index.version;
    index.set(svc.summarize(doc(edit(seed(1), 'production checks\n', 'production checks\n\nmore text here.\n'), 'file:///a.txt')));
    assert.equal(index.version, v);
  });
  test('a value used once next to a near spelling used often gets a hint with a fix', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 4; i++) files[`file:///o${i}.txt`] = other(i);
    const typo = edit(other(9), '  • pytest', '  • pytset');
    files['file:///typo.txt'] = typo;
    const { svc } = workspace(files);
    const d = svc.computeDiagnostics(doc(typo, 'file:///typo.txt')).find((x) => x.code === 'workspace.rare-value');
    assert.equal(d?.message, '`pytset` is used only here; did you mean `pytest`, used in 4 articles?');
    assert.equal(d?.severity, 4);
    const fix = svc.getCodeActions(doc(typo, 'file:///typo.txt'), { range: d!.range, diagnostics: [d!] });
    assert.equal(fix[0]?.title, 'Change to `pytest`');
    // a guess from how often a spelling is used: offered, never preferred (seed-check --fix leaves it)
    assert.equal(fix[0]?.isPreferred, false);
  });
  test('corpus completions: stack, tools, code language, scenario, entity names, ranked by use', () => {
    const files: Record<string, string> = { 'file:///a.txt': other(1), 'file:///b.txt': other(2), 'file:///c.txt': edit(other(3), '  • ruff', '  • black') };
    const { svc } = workspace(files);
    const { text, position } = withCursor(edit(other(4), '  • ruff\n', '  • ¦\n'), '¦');
    const labels = svc.getCompletions(doc(text, 'file:///d.txt'), position).items.map((i) => `${i.label} (${i.detail})`);
    assert.deepEqual(labels.slice(0, 2), ['ruff (used in 2 articles)', 'black (used in 1 article)']);
    const lang = withCursor(edit(other(4), 'code languagepython', 'code language¦'), '¦');
    assert.ok(svc.getCompletions(doc(lang.text, 'file:///d.txt'), lang.position).items.some((i) => i.label === 'python' && i.detail === 'used in 3 articles'));
  });
  test('workspace symbols find articles by title or topic, and their sections', () => {
    const { svc } = workspace({ 'file:///a.txt': seed(1), 'file:///c.txt': seed(3) });
    const byTitle = svc.getWorkspaceSymbols('service health');
    assert.ok(byTitle.some((s) => s.name.startsWith('production checklist for making service health visible') && s.location.uri === 'file:///c.txt'));
    const sections = svc.getWorkspaceSymbols('practical approach');
    assert.ok(sections.some((s) => s.name === 'the practical approach' && s.containerName?.startsWith('field notes')));
  });
});

describe('seed.config.json', () => {
  test('a valid config', () => {
    const r = parseConfig('{ "meta": { "brand": "alphanode", "allowedValues": { "difficulty": ["easy", "hard"] } }, "exclude": ["drafts/**"] }');
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.meta?.brand, 'alphanode');
  });
  test('invalid JSON points at the error', () => {
    const r = parseConfig('{\n  "meta": { "brand": "x", }\n}');
    assert.equal(r.problems[0]?.code, 'config.invalid');
    assert.deepEqual(r.problems[0]?.range.start, { line: 1, character: 26 });
    assert.match(r.problems[0]?.message ?? '', /not valid JSON: expected a property name/);
  });
  test('an unknown key and a wrong type point at the key and the value', () => {
    const text = '{\n  "heading": {},\n  "meta": { "requiredFields": ["topic", "topix"] }\n}';
    const r = parseConfig(text);
    const unknown = r.problems.find((p) => /unknown key `heading`/.test(p.message));
    assert.deepEqual(unknown?.range.start, { line: 1, character: 2 });
    const bad = r.problems.find((p) => /meta\.requiredFields\.1/.test(p.message));
    assert.deepEqual(bad?.range.start, { line: 2, character: 40 });
    assert.deepEqual(r.config, {}, 'nothing of an invalid config is applied');
  });
  test('an extra heading the parser reads as something else first is left out with a warning; the rest of the file applies', () => {
    const text = '{ "meta": { "brand": "acme" }, "headings": { "extraVocabulary": ["rollout notes", "```python", "- release notes", "Similar Posts"] } }';
    const r = parseConfig(text);
    assert.deepEqual(r.problems.map((p) => [p.severity, p.message]), [
      [2, 'seed.config.json: `headings.extraVocabulary.1`: expected a line that can head a section, but the parser reads "```python" as a code fence first; it is left out.'],
      [2, 'seed.config.json: `headings.extraVocabulary.2`: expected a line that can head a section, but the parser reads "- release notes" as a list item first; it is left out.'],
      [2, 'seed.config.json: `headings.extraVocabulary.3`: expected a line that can head a section, but the parser reads "Similar Posts" as the line that ends the article (Similar Posts) first; it is left out.'],
    ]);
    assert.deepEqual(r.problems[0]?.range.start, { line: 0, character: text.indexOf('"```python"') });
    assert.deepEqual(r.config, { meta: { brand: 'acme' }, headings: { extraVocabulary: ['rollout notes'] } });
  });
  test('such a heading from the editor settings is left out, so no fix writes a fence as a heading', () => {
    const svc = createLanguageService({ today: () => TODAY });
    svc.configure({ extraHeadings: ['```python', 'rollout notes'] });
    const text = edit(seed(1), '\nfinal notes\n', '\n```python:\n\nrollout notes\n\nwe rolled it out slowly and watched the error rate.\n\nfinal notes\n');
    const ds = svc.computeDiagnostics(doc(text));
    assert.deepEqual(ds.filter((d) => d.code === 'body.heading-near-miss'), []);
    assert.ok(svc.getDocumentSymbols(doc(text))[0]?.children?.some((c) => c.name === 'rollout notes'), 'the valid extra heading still heads a section');
  });
  test('allowed values, required fields and the brand change the checks', () => {
    const svc = createLanguageService({ today: () => TODAY });
    svc.configure({ allowedValues: { difficulty: ['novice', 'expert'] }, requiredFields: ['topic'], brand: 'otherbrand' });
    const text = edit(edit(seed(1), 'view count341601\n', ''), 'difficultyintermediate', 'difficultyintermediate');
    const ds = svc.computeDiagnostics(doc(text));
    assert.deepEqual(ds.map((d) => d.code).sort(), ['meta.brand', 'meta.invalid-value']);
    assert.match(ds.find((d) => d.code === 'meta.invalid-value')?.message ?? '', /expected one of novice, expert/);
  });
});
