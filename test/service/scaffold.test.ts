// Scaffolding a new article, syncing the derived meta fields, and the values the workspace uses.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkFileName, slugify, TITLE_SHAPES, type ScaffoldAnswers } from '../../server/src/service/index';
import { applyEdits, doc, edit, seed, service, TODAY } from '../helpers';

/** A fixed sequence of "random" numbers, as the host would pass from crypto. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] as number;
}

const ANSWERS: ScaffoldAnswers = {
  problem: 'making service health visible', stack: 'python services', scenario: 'behind a cdn',
  difficulty: 'beginner', codeLanguage: 'python', tools: ['fastapi', 'pytest', 'git'], style: 'spaced',
};

const describeDiag = (d: { range: { start: { line: number } }; code?: unknown; message: string }) => `${d.range.start.line}:${String(d.code)}: ${d.message}`;

/** A new article's only problems are its placeholders, one on each: the intro, three sections, the code block and the final notes. */
function assertClean(text: string, label: string): void {
  const diags = service().computeDiagnostics(doc(text));
  assert.deepEqual(diags.filter((d) => d.code !== 'body.placeholder').map(describeDiag), [], `${label} should have no other diagnostics`);
  const lines = text.split('\n');
  // (the code block's comment without its comment mark, which follows the language)
  assert.deepEqual(diags.map((d) => lines[d.range.start.line]?.trim().replace(/^(#|\/\/) /, '').slice(0, 24)), [
    'write the intro here: wh', 'explain what goes wrong ', 'list what to measure bef', 'describe the smallest sa',
    'the smallest example tha', 'keep the final commands,',
  ], label);
  // written over, they are gone: the article checks clean
  const written = lines.map((l, i) => (diags.some((d) => d.range.start.line === i) ? l.replace(/\S.*/, 'our own words, written over.') : l)).join('\n');
  assert.deepEqual(service().computeDiagnostics(doc(written)).map(describeDiag), [], `${label} once written over`);
}

describe('scaffoldArticle', () => {
  for (const style of ['spaced', 'compact'] as const) {
    for (const shape of Object.keys(TITLE_SHAPES) as (keyof typeof TITLE_SHAPES)[]) {
      test(`${style} article with the "${shape}" title: only its placeholders are reported`, () => {
        const r = service().scaffoldArticle({ ...ANSWERS, style, shape }, sequence(0.5));
        assert.deepEqual(r.problems, []);
        assertClean(r.text, `${style}/${shape}`);
      });
    }
  }

  test('the code block\'s placeholder comment is found in every comment style the scaffold writes', () => {
    for (const codeLanguage of ['python', 'javascript', 'sql', 'html', 'css', 'text']) {
      const r = service().scaffoldArticle({ ...ANSWERS, codeLanguage }, sequence(0.5));
      const codes = service().computeDiagnostics(doc(r.text)).map((d) => d.code);
      assert.deepEqual(codes, Array(6).fill('body.placeholder'), codeLanguage);
    }
  });

  test('a placeholder is reported only as the template wrote it: the writer\'s own sentence that starts the same way is not', () => {
    const own = seed(1).replace('\nfinal notes\n', '\nfinal notes\n\nlist what to measure before and after the change, and which dashboard shows it.\n');
    assert.deepEqual(service().computeDiagnostics(doc(own)).filter((x) => x.code === 'body.placeholder').map(describeDiag), []);
    const left = seed(1).replace('\nfinal notes\n', '\nfinal notes\n\n  list what to measure before and after the change, and where the numbers come from.\n');
    const [d, ...rest] = service().computeDiagnostics(doc(left)).filter((x) => x.code === 'body.placeholder');
    assert.equal(rest.length, 0);
    assert.deepEqual(d?.range.start, { line: left.split('\n').findIndex((l) => l.startsWith('  list what')), character: 2 }, 'from its first character');
    assert.equal(d?.severity, 2);
  });

  test('the spaced style has blank lines and • items; the compact style has none and - items', () => {
    const spaced = service().scaffoldArticle({ ...ANSWERS, style: 'spaced' }, sequence(0.1)).text;
    const compact = service().scaffoldArticle({ ...ANSWERS, style: 'compact' }, sequence(0.1)).text;
    assert.match(spaced, /\n\nimplementation checklist\n\n {2}• measure the current behaviour\n/);
    assert.match(spaced, /\n\nalphanode post meta\n\ntopic/);
    assert.doesNotMatch(compact.trimEnd(), /\n\n/);
    assert.match(compact, /\nimplementation checklist\n- measure the current behaviour\n/);
  });

  test('the title takes a house shape; the meta carries the answers and a consistent, fresh seed', () => {
    const svc = service();
    const r = svc.scaffoldArticle({ ...ANSWERS, shape: 'checklist' }, sequence(0.0123456, 0.9));
    const lines = r.text.split('\n');
    assert.equal(lines[0], 'production checklist for making service health visible in python services');
    assert.ok(lines.includes('topicmaking service health visible / python services'));
    assert.ok(lines.includes('  • context: behind a cdn'));
    assert.ok(lines.includes('  • scenario: behind a cdn'));
    assert.ok(lines.includes('code languagepython'));
    assert.ok(lines.includes('difficultybeginner'));
    assert.deepEqual(lines.slice(lines.indexOf('tools') + 1, lines.indexOf('tools') + 4), ['  • fastapi', '  • pytest', '  • git']);
    assert.ok(lines.includes(`  • last reviewed: ${TODAY}`));
    assert.ok(lines.includes('referenceanp-ref-012345-' + /referenceanp-ref-012345-(\d{4})/.exec(r.text)?.[1]), r.text);
    assert.ok(lines.includes('  • source id: alphanode-012345'));
    assert.ok(lines.includes('  • seed: 12345'));
    assert.match(r.text, /\nhash[0-9a-f]{24}\n/);
    const model = svc.getModel(doc(r.text));
    assert.equal(model.sections.map((s) => s.heading.text).join('|'), 'why this matters|production checks|the practical approach|implementation checklist|final notes');
    // another draw gives another seed: nothing in the service is random by itself
    const other = svc.scaffoldArticle({ ...ANSWERS, shape: 'checklist' }, sequence(0.7654321));
    assert.match(other.text, /source id: alphanode-765432/);
  });

  test('the selection is the intro placeholder, the first place to write', () => {
    for (const style of ['spaced', 'compact'] as const) {
      const r = service().scaffoldArticle({ ...ANSWERS, style }, sequence(0.3));
      const line = r.text.split('\n')[r.selection.start.line] ?? '';
      assert.equal(r.selection.start.line, style === 'spaced' ? 2 : 1);
      assert.equal(r.selection.start.character, 0);
      assert.equal(r.selection.end.character, line.length);
      assert.match(line, /^write the intro here/);
    }
  });

  test('file name: slug of problem and stack', () => {
    const r = service().scaffoldArticle(ANSWERS, sequence(0.3));
    assert.equal(r.fileName, 'making-service-health-visible-in-python-services.seed.txt');
    assert.equal(slugify('Ça va / très bien!', ''), 'ca-va-tres-bien');
    assert.equal(slugify('???'), 'new-article');
  });

  test('answers that cannot be used as given are reported, and the article is still clean', () => {
    const r = service().scaffoldArticle({ ...ANSWERS, problem: 'a / b', codeLanguage: 'Visual Basic!', difficulty: 'hard', tools: [] }, sequence(0.2));
    assert.equal(r.problems.length, 3, r.problems.join('\n'));
    assertClean(r.text, 'fallback article');
    const empty = service().scaffoldArticle({ ...ANSWERS, problem: '  ', stack: '', scenario: '', tools: [' '] }, sequence(0.2));
    assert.equal(empty.problems.length, 2);
    assertClean(empty.text, 'article from empty answers');
  });

  test('property: any words for problem, stack, scenario and tools give an article whose only errors or warnings are its placeholders', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcXYZ019 +.#=():;,!?\'"<>@{}[]-/|•*`~$%^&_é日\t'), minLength: 1, maxLength: 10 });
    const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(fc.property(phrase, phrase, phrase, fc.array(phrase, { maxLength: 4 }), fc.boolean(), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      (problem, stack, scenario, tools, spaced, r) => {
        const a: ScaffoldAnswers = { ...ANSWERS, problem, stack, scenario, tools, style: spaced ? 'spaced' : 'compact' };
        const out = service().scaffoldArticle(a, sequence(r));
        // (its placeholders are reported, as in every new article: assertClean checks them)
        const diags = service().computeDiagnostics(doc(out.text)).filter((d) => (d.severity === 1 || d.severity === 2) && d.code !== 'body.placeholder');
        assert.deepEqual(diags.map(describeDiag), [], out.text);
      }), { numRuns: 300 });
  });
});

describe('checkFileName', () => {
  test('plain names get .seed.txt; names that leave the folder are refused', () => {
    assert.deepEqual(checkFileName('notes'), { name: 'notes.seed.txt' });
    assert.deepEqual(checkFileName('notes.seed.txt'), { name: 'notes.seed.txt' });
    assert.deepEqual(checkFileName(' notes.seed '), { name: 'notes.seed' });
    for (const bad of ['', '  ', '../x', '..', 'a/b', 'a\\b', '/etc/passwd', 'C:evil', 'x\u0000y', '..\\x']) {
      assert.ok('error' in checkFileName(bad), `"${bad}" should be refused`);
    }
  });
});

describe('getSyncMetaEdits', () => {
  const sync = (text: string) => {
    const svc = service();
    return applyEdits(text, svc.getSyncMetaEdits(doc(text)));
  };
  const codes = (text: string) => service().computeDiagnostics(doc(text)).map((d) => String(d.code));

  test('nothing to do on the real articles', () => {
    for (const n of [0, 1, 2, 3, 4]) assert.deepEqual(service().getSyncMetaEdits(doc(seed(n))), [], `seed ${n}`);
  });

  test('paragraphs, checklist and has images go back to what the body says', () => {
    let t = seed(3);
    t = edit(t, '  • paragraphs: 6', '  • paragraphs: 9');
    t = edit(t, 'checklist\n  • inspect cache headers\n', 'checklist\n');
    t = edit(t, '  • has images: 1', '  • has images: 0');
    assert.deepEqual(codes(t).sort(), ['meta.checklist-mismatch', 'meta.images-mismatch', 'meta.paragraphs-mismatch']);
    assert.equal(sync(t), seed(3));
  });

  test('a new body image adds its image sources record and sets has images', () => {
    let t = seed(1);
    t = edit(t, 'the practical approach\n', 'the practical approach\n\nqueue dashboard\nqueue dashboard. image source: example.com\n');
    assert.ok(codes(t).includes('meta.images-mismatch'));
    const out = sync(t);
    assert.deepEqual(codes(out), []);
    assert.match(out, /\nimage sources\n {4}• source: example\.com\n {4}• url: https:\/\/example\.com\/\n {4}• caption: queue dashboard\npayload\n/);
    assert.match(out, /has images: 1/);
  });

  test('a second body image rewrites image sources, keeping the first record\'s url', () => {
    const t = edit(seed(3), 'production checks\n', 'production checks\n\nsecond view\nsecond view. image source: example.org\n');
    const out = sync(t);
    assert.deepEqual(codes(out), []);
    assert.match(out, /url: https:\/\/loremflickr\.com\/1200\/630\/code,developer\?lock=14787/);
    assert.match(out, /caption: second view\n/);
  });

  test('image sources without a body image are removed; a changed caption is copied', () => {
    const noImage = edit(seed(3), 'making service health visible with python services visual reference 1\nmaking service health visible with python services visual reference 1. image source: loremflickr.com\n', '');
    const out = sync(noImage);
    assert.deepEqual(codes(out), []);
    assert.doesNotMatch(out, /image sources/);
    const caption = edit(seed(3), '    • caption: making service health visible with python services visual reference 1', '    • caption: old caption');
    assert.equal(sync(caption), seed(3));
  });

  test('a missing checklist field is inserted in canonical order', () => {
    const t = edit(seed(1), 'checklist\n  • review query plans\n  • add indexes carefully\n  • test with realistic data\n  • compare before and after metrics\n  • document the migration\nentities', 'entities');
    assert.ok(codes(t).includes('meta.missing-field'));
    assert.equal(sync(t), seed(1));
  });

  test('no edits for an article without post meta (Insert Post Meta is for that)', () => {
    assert.deepEqual(service().getSyncMetaEdits(doc(seed(0))), []);
  });

  test('the sync works even when the settings turn the rules off', () => {
    const svc = service();
    svc.configure({ severity: { 'meta.paragraphs-mismatch': 'off' } });
    const t = edit(seed(1), '  • paragraphs: 7', '  • paragraphs: 1');
    assert.equal(applyEdits(t, svc.getSyncMetaEdits(doc(t))), seed(1));
  });
});

describe('valuesFromTexts', () => {
  test('ranks the values the articles use; reads stacks and scenarios from titles and intros when there is no meta', () => {
    const v = service().valuesFromTexts([0, 1, 2, 3, 4].map(seed));
    assert.equal(v.articles, 5);
    assert.deepEqual(v.stacks, ['python services']);
    assert.deepEqual(v.tools, ['fastapi', 'pytest', 'uvicorn', 'ruff', 'git', 'logs']);
    assert.deepEqual(v.codeLanguages, ['python']);
    assert.ok(v.scenarios.includes('behind a cdn') && v.scenarios.includes('while keeping the admin area responsive') && v.scenarios.includes('during a production cleanup'), v.scenarios.join('|'));
    assert.deepEqual(v.difficulties.slice().sort(), ['advanced', 'beginner', 'intermediate']);
    assert.deepEqual(v.difficulties.slice(0, 2).sort(), ['beginner', 'intermediate']);
  });

  test('ignores texts that are not articles', () => {
    const v = service().valuesFromTexts(['', '\u0000\u0001', 'alphanode post meta\ntopicx / y']);
    assert.equal(v.articles, 0);
    assert.deepEqual(v.stacks, []);
  });
});

describe('scaffolding follows the site config', () => {
  test('the configured brand and difficulties are used, and the article stays clean', () => {
    const svc = service();
    svc.configure({ brand: 'DevBlog.io', allowedValues: { difficulty: ['easy', 'hard'] } });
    const r = svc.scaffoldArticle({ ...ANSWERS, difficulty: 'beginner' }, sequence(0.4));
    assert.match(r.text, /\nDevBlog\.io post meta\n/);
    assert.match(r.text, /\ndifficultyeasy\n/);
    assert.equal(r.problems.length, 1, 'beginner is not one of this site\'s difficulties');
    assert.deepEqual(svc.computeDiagnostics(doc(r.text)).filter((d) => d.code !== 'body.placeholder').map(describeDiag), []);
    const ok = svc.scaffoldArticle({ ...ANSWERS, difficulty: 'hard' }, sequence(0.4));
    assert.deepEqual(ok.problems, []);
    assert.match(ok.text, /\ndifficultyhard\n/);
    assert.deepEqual(svc.valuesFromTexts([seed(1)]).difficulties, ['easy', 'hard']);
  });
});
