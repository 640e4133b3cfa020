import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from '../../server/src/service/parser/parse';
import { LineTable } from '../../server/src/service/text';
import type { Block, SeedModel } from '../../server/src/service/model';
import { bodyFacts } from '../../server/src/service/views';
import { joinLines, seed } from '../helpers';

const shape = (b: Block) => (b.kind === 'list' ? `list(${b.items.length})` : b.kind === 'code' ? `code(${b.contentStart}-${b.contentEnd})` : b.kind);
const outline = (m: SeedModel) => m.sections.map((s) => `${s.heading.text}: ${s.blocks.map(shape).join(' ')}`);

describe('parser on the real articles', () => {
  test('seed 000: compact, no meta, four sections', () => {
    const m = parse(seed(0));
    assert.equal(m.title?.text, 'production checklist for making logs useful during incidents in python services');
    assert.deepEqual(m.intro.map(shape), ['paragraph']);
    assert.deepEqual(outline(m), [
      'production checks: paragraph paragraph paragraph paragraph',
      'the practical approach: paragraph',
      'implementation checklist: list(5)',
      'final notes: paragraph',
    ]);
    assert.equal(m.meta, undefined);
    assert.deepEqual(m.problems, []);
    assert.deepEqual(bodyFacts(m).checklist?.map((i) => i.text), ['inspect cache headers', 'test logged-in traffic', 'purge only the affected route', 'measure response time', 'keep a rollback command ready']);
  });

  test('seed 001: spaced, breadcrumb, meta with every field, trailer, 7 paragraphs', () => {
    const m = parse(seed(1));
    assert.equal(m.breadcrumbs.length, 1);
    assert.equal(m.title?.range.start.line, 2);
    assert.deepEqual(outline(m), [
      'production checks: paragraph paragraph paragraph paragraph',
      'the practical approach: paragraph paragraph',
      'implementation checklist: list(5)',
      'final notes: paragraph',
    ]);
    assert.equal(bodyFacts(m).paragraphs, 7);
    assert.equal(m.meta?.brand, 'alphanode');
    assert.deepEqual(m.meta?.fields.map((f) => f.name), ['topic', 'summary', 'ai outline', 'ai brief', 'stack', 'tools', 'code language', 'difficulty',
      'reading time', 'view count', 'score', 'revision', 'reference', 'hash', 'flags', 'checklist', 'entities', 'payload', 'notes']);
    const rt = m.meta?.fields.find((f) => f.name === 'reading time');
    assert.equal(rt?.value, '7');
    assert.deepEqual(rt?.valueRange, { start: { line: rt.line, character: 12 }, end: { line: rt.line, character: 13 } });
    assert.ok(m.trailer);
    assert.deepEqual(m.problems, []);
  });

  test('seed 002: six sections including security and maintenance notes', () => {
    const m = parse(seed(2));
    assert.deepEqual(m.sections.map((s) => s.heading.text), ['why this matters', 'production checks', 'the practical approach',
      'security and maintenance notes', 'implementation checklist', 'final notes']);
  });

  test('seed 003: an image with alt line in the intro, one unfenced code block of six lines, 6 paragraphs', () => {
    const m = parse(seed(3));
    assert.equal(m.breadcrumbs.length, 1);
    assert.deepEqual(m.intro.map(shape), ['paragraph', 'image']);
    const image = m.intro[1];
    assert.ok(image?.kind === 'image');
    assert.equal(image.caption, 'making service health visible with python services visual reference 1');
    assert.equal(image.source, 'loremflickr.com');
    assert.equal(image.altRange?.start.line, 6);
    assert.equal(image.captionRange.start.line, 7);
    const code = m.sections[0]?.blocks[4];
    assert.ok(code?.kind === 'code' && !code.fenced);
    assert.equal(code.contentEnd - code.contentStart + 1, 6);
    assert.equal(bodyFacts(m).paragraphs, 6);
    assert.equal(m.meta?.fields.find((f) => f.name === 'image sources')?.items.length, 3);
  });

  test('seed 004: `run linting` checklist', () => {
    const m = parse(seed(4));
    assert.deepEqual(bodyFacts(m).checklist?.map((i) => i.text)[0], 'run linting');
    assert.equal(m.sections.length, 5);
  });
});

describe('parser on text forms', () => {
  test('CRLF and a BOM give the same structure; positions are UTF-16 columns including the BOM', () => {
    const lf = seed(1);
    const crlf = `\ufeff${lf.replace(/\n/g, '\r\n')}`;
    const a = parse(lf);
    const b = parse(crlf);
    assert.deepEqual(outline(b), outline(a));
    assert.deepEqual(b.meta?.fields.map((f) => [f.name, f.value]), a.meta?.fields.map((f) => [f.name, f.value]));
    assert.equal(b.eol, '\r\n');
    // the BOM line is the breadcrumb `|` of seed 001: it starts after the BOM
    assert.deepEqual(b.breadcrumbs[0]?.range.start, { line: 0, character: 1 });
  });

  test('the line table grows past its first guess: every line of a text of very short lines is found', () => {
    // the table's first size is a guess from an average line length; lines of 0-3 characters overrun it
    for (const brk of ['\n', '\r\n', '\r']) {
      const lines = Array.from({ length: 3000 }, (_, i) => 'ab'.slice(0, i % 3) + (i % 7 === 0 ? ' ' : ''));
      const table = new LineTable(lines.join(brk));
      assert.equal(table.length, lines.length);
      for (let i = 0; i < lines.length; i++) assert.equal(table.text(i), lines[i], `line ${i} with ${JSON.stringify(brk)}`);
    }
  });

  test('a tab counts as four columns: a tab-indented line is code, tab-indented record keys sit at 4', () => {
    const m = parse(joinLines('title of the article', 'intro.', 'why this matters', '\tx.run()', 'done.'));
    assert.deepEqual(m.sections[0]?.blocks.map(shape), ['code(3-3)', 'paragraph']);
  });

  test('fences: a language word, nothing classified inside, closed by ``` with trailing spaces', () => {
    const m = parse(joinLines('title here', 'intro.', 'production checks', '```python', 'why this matters', '- not a list', '```  ', 'after.'));
    const b = m.sections[0]?.blocks;
    assert.deepEqual(b?.map(shape), ['code(4-5)', 'paragraph']);
    assert.equal(b?.[0]?.kind === 'code' && b[0].language, 'python');
    assert.equal(m.sections.length, 1);
  });

  test('an unclosed fence is an error and runs to the meta marker', () => {
    const m = parse(joinLines('title here', 'intro.', '```', 'code', 'alphanode post meta', 'topicx / y'));
    assert.equal(m.problems[0]?.code, 'syntax.unclosed-fence');
    assert.equal(m.problems[0]?.range.start.line, 2);
    assert.equal(m.meta?.fields[0]?.name, 'topic');
  });

  test('a meta marker first means no title', () => {
    const m = parse(joinLines('', 'alphanode post meta', 'topica / b'));
    assert.equal(m.title, undefined);
    assert.equal(m.problems[0]?.code, 'syntax.no-title');
  });

  test('heading-shaped lines need a following non-blank line, at most 8 words, no punctuation', () => {
    const m = parse(joinLines('title', 'intro.', 'Deploying the Service', 'text.', 'one two three four five six seven eight nine', 'not a heading, has a comma', 'last line heading shape'));
    assert.deepEqual(m.sections.map((s) => s.heading.text), ['Deploying the Service']);
    assert.deepEqual(m.sections[0]?.blocks.map(shape), ['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  test('field names: longest match, glued or with `: `', () => {
    const m = parse(joinLines('t', 'alphanode post meta', 'code languagepython', 'ai outline', '  • context: x', 'ai briefsome text', 'difficulty: advanced'));
    assert.deepEqual(m.meta?.fields.map((f) => [f.name, f.value, f.colon]), [
      ['code language', 'python', false], ['ai outline', '', false], ['ai brief', 'some text', false], ['difficulty', 'advanced', true]]);
  });

  test('meta: unknown lines, stray lines, orphan items, second marker, trailer', () => {
    const m = parse(joinLines('t', 'alphanode post meta', '  • orphan', 'categorytech', 'stack', '  stray', '  • python', 'alphanode post meta', 'Similar Posts', 'anything'));
    assert.equal(m.meta?.orphanItems.length, 1);
    assert.equal(m.meta?.unknown[0]?.text, 'categorytech');
    assert.equal(m.meta?.strayLines[0]?.text, 'stray');
    assert.equal(m.meta?.extraMarkers.length, 1);
    assert.equal(m.meta?.fields[0]?.items.length, 1);
    assert.equal(m.trailer?.range.start.line, 8);
  });
});

describe('the parser is total', () => {
  const inputs: [string, string][] = [
    ['empty', ''], ['blank lines', '\n\n  \n'], ['only a meta block', 'alphanode post meta\ntopica / b'],
    ['binary', 'title\n\0\x01\x02binary'], ['lone surrogates', 'ti\ud800tle\n\udfffx'], ['unbalanced', '```\n```\n```\n  •\n-\n•  \nalphanode post meta\n    •\n  • :\n:'],
    ['a 1 MB line', `title\n${'x'.repeat(1 << 20)}`], ['only CRs', '\r\r\r\n\r'],
  ];
  for (const [name, text] of inputs) {
    test(name, () => {
      const m = parse(text);
      assert.ok(m.lines.length >= 1);
    });
  }

  test('NUL bytes: not parsed as an article, one clear problem', () => {
    const m = parse('title\nx\0y');
    assert.equal(m.binary, true);
    assert.equal(m.title, undefined);
    assert.deepEqual(m.problems.map((p) => [p.code, p.range.start.line, p.range.start.character]), [['syntax.binary', 1, 1]]);
  });
});
