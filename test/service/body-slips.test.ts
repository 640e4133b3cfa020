// Slips in the body that change its counts are reported where they are, and the meta is not compared
// with the body while one stands: before, `--fix` copied the slip into the meta (a glued checklist
// bullet deleted the meta's checklist items below it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SeedSettings } from '../../server/src/service/index';
import { applyEdits, doc, edit, lineOf, seed, service } from '../helpers';

function check(text: string, settings?: SeedSettings) {
  const svc = service();
  if (settings) svc.configure(settings);
  return svc.computeDiagnosticsWithFixes(doc(text));
}
const codes = (text: string, settings?: SeedSettings) => check(text, settings).map((d) => String(d.code));

/** The only diagnostic, and the text after its preferred fix. */
function only(text: string, code: string, settings?: SeedSettings) {
  const ds = check(text, settings);
  assert.deepEqual(ds.map((d) => d.code), [code], JSON.stringify(ds.map((d) => d.message)));
  const d = ds[0]!;
  const fix = d.fixes?.find((f) => f.preferred);
  assert.ok(fix, `no preferred fix for ${code}`);
  return { d, fixed: applyEdits(text, fix.edits) };
}

describe('a list item glued to its bullet', () => {
  test('in the checklist (`•add`): one warning on the line, no checklist or paragraph mismatch, the fix adds the space', () => {
    const text = edit(seed(1), '\n  • add indexes carefully\n', '\n  •add indexes carefully\n');
    const { d, fixed } = only(text, 'body.glued-bullet');
    assert.equal(d.range.start.line, lineOf(text, '•add indexes'));
    assert.match(d.message, /Found `•add indexes carefully`: expected a list item, the bullet then a space \(`• add indexes carefully`\)/);
    assert.equal(fixed, seed(1));
  });

  test('a `-` checklist item without its space (seed 000)', () => {
    const text = edit(seed(0), '- test logged-in traffic', '-test logged-in traffic');
    assert.equal(only(text, 'body.glued-bullet').fixed, seed(0));
  });

  test('prose that starts with `-` or `*` away from a list is no item', () => {
    const text = edit(seed(1), '\nfinal notes\n', '\nfinal notes\n\n-5 degrees outside is no excuse for a slow query.\n\n*note* the plan changes with the data.\n');
    // the two new paragraphs are counted as written: the mismatch is the right report here
    assert.deepEqual(codes(text), ['meta.paragraphs-mismatch']);
  });
});

describe('a heading written nearly right', () => {
  const variants: [string, string][] = [
    ['Implementation Checklist:', 'Implementation Checklist'],
    ['## Implementation checklist', 'Implementation checklist'],
    ['implementation  checklist', 'implementation checklist'],
  ];
  for (const [written, fixedTo] of variants) {
    test(JSON.stringify(written), () => {
      const text = edit(seed(1), '\nimplementation checklist\n', `\n${written}\n`);
      const { d, fixed } = only(text, 'body.heading-near-miss');
      assert.equal(d.range.start.line, lineOf(text, `\n${written}\n`) + 1);
      assert.match(d.message, /nearly the heading `implementation checklist`: expected/);
      assert.equal(fixed, edit(seed(1), '\nimplementation checklist\n', `\n${fixedTo}\n`));
      assert.deepEqual(codes(fixed), []);
    });
  }

  test('a typo in a heading of shape: reported, the vocabulary heading offered but not applied unasked', () => {
    for (const [written, fixedTo] of [['implementation checklsit', 'implementation checklist'], ['Implementation Checklsit', 'Implementation Checklist']]) {
      const text = edit(seed(1), '\nimplementation checklist\n', `\n${written}\n`);
      // the checklist is found by its heading: the meta is not compared with a body that has none
      const ds = check(text);
      assert.deepEqual(ds.map((d) => d.code), ['body.heading-near-miss'], written);
      const fix = ds[0]?.fixes?.[0];
      assert.ok(fix && !fix.preferred, written);
      assert.equal(applyEdits(text, fix.edits), edit(seed(1), '\nimplementation checklist\n', `\n${fixedTo}\n`));
    }
    // another heading with a typo is a heading of shape, shown as a heading either way: no slip, and the counts are compared
    const other = edit(seed(1), '\nfinal notes\n', '\nfinal nodes\n\nan extra paragraph the meta does not count.\n');
    assert.deepEqual(codes(other), ['meta.paragraphs-mismatch']);
  });

  test('`Final Notes:` is read as a paragraph: reported, not counted', () => {
    const text = edit(seed(1), '\nfinal notes\n', '\nFinal Notes:\n');
    const { fixed } = only(text, 'body.heading-near-miss');
    assert.deepEqual(codes(fixed), []);
  });

  test('a heading the site adds to the vocabulary counts too', () => {
    const text = edit(seed(1), '\nfinal notes\n', '\nfinal notes\n\nFurther Reading:\n\nthe planner docs explain each node of a query plan.\n');
    const settings: SeedSettings = { extraHeadings: ['further reading'] };
    assert.ok(!codes(text).includes('body.heading-near-miss'), 'not in the default vocabulary');
    assert.ok(codes(text, settings).includes('body.heading-near-miss'));
  });

  test('a long heading the site adds is found too (the caps follow the vocabulary)', () => {
    const long = 'notes on the rollout of the new indexes across every region that the team runs today';
    const text = edit(seed(1), '\nfinal notes\n', `\nfinal notes\n\n${long[0]?.toUpperCase()}${long.slice(1)}:\n`);
    assert.ok(codes(text, { extraHeadings: [long] }).includes('body.heading-near-miss'));
  });

  test('a heading-like paragraph far from the vocabulary is no slip', () => {
    const text = edit(seed(1), '\nfinal notes\n', '\nfinal notes\n\nRollout plan:\n');
    assert.ok(!codes(text).includes('body.heading-near-miss'));
  });
});

describe('a heading written with Markdown emphasis or other punctuation', () => {
  // each is read as a paragraph (or, ended with `;`, as code): the checklist section is not found
  const variants: [string, string][] = [
    ['**Implementation Checklist**', 'Implementation Checklist'],
    ['__Implementation Checklist__', 'Implementation Checklist'],
    ['*Implementation checklist*', 'Implementation checklist'],
    ['***Implementation checklist***', 'Implementation checklist'],
    ['**Implementation Checklist:**', 'Implementation Checklist'],
    ['**Implementation Checklist**:', 'Implementation Checklist'],
    ['## **Implementation Checklist**', 'Implementation Checklist'],
    ['Implementation Checklist!', 'Implementation Checklist'],
    ['Implementation checklist?', 'Implementation checklist'],
    ['Implementation checklist -', 'Implementation checklist'],
    ['Implementation checklist \u2014', 'Implementation checklist'],
    ['Implementation checklist;', 'Implementation checklist'],
  ];
  for (const [written, fixedTo] of variants) {
    test(JSON.stringify(written), () => {
      const text = edit(seed(1), '\nimplementation checklist\n', `\n${written}\n`);
      const { d, fixed } = only(text, 'body.heading-near-miss');
      assert.equal(d.range.start.line, lineOf(text, `\n${written}\n`) + 1);
      assert.match(d.message, /nearly the heading `implementation checklist`: expected `Implementation [Cc]hecklist` alone on its line/);
      assert.equal(fixed, edit(seed(1), '\nimplementation checklist\n', `\n${fixedTo}\n`));
      assert.deepEqual(codes(fixed), []);
    });
  }

  test('`__Final Notes__`: the paragraph count waits for it', () => {
    const text = edit(seed(1), '\nfinal notes\n', '\n__Final Notes__\n');
    assert.equal(only(text, 'body.heading-near-miss').fixed, edit(seed(1), '\nfinal notes\n', '\nFinal Notes\n'));
  });

  test('a heading ended with `;` is read as code: reported there too, also as the last line of a code block', () => {
    // seed 003's python block is followed by a blank line and `why this matters`: with a `;` that line joins the block
    const text = edit(seed(3), '\nwhy this matters\n', '\nWhy this matters;\n');
    const { d, fixed } = only(text, 'body.heading-near-miss');
    assert.match(d.message, /As written it is a line of code/);
    assert.equal(fixed, edit(seed(3), '\nwhy this matters\n', '\nWhy this matters\n'));
  });

  test('a heading read as code waits for the paragraph count only in the intro (there the paragraphs below it are not counted)', () => {
    const first = edit(seed(1), '\nproduction checks\n', '\nProduction checks;\n');
    assert.deepEqual(codes(first), ['body.heading-near-miss']);
    // in a section the paragraphs below it stay counted: a wrong count is still reported
    const later = edit(edit(seed(1), '\nfinal notes\n', '\nFinal notes;\n'), '  • paragraphs: 7', '  • paragraphs: 9');
    assert.deepEqual(codes(later).sort(), ['body.heading-near-miss', 'meta.paragraphs-mismatch']);
  });

  test('a heading slip inside the checklist section, above its list, makes the checklist comparison wait', () => {
    // mended, the list below it leaves the checklist section: as written, the list compared is not the checklist
    const [body, meta] = seed(1).split('\nalphanode post meta\n') as [string, string];
    const otherMeta = `\nalphanode post meta\n${edit(meta, '  • review query plans', '  • review the plans')}`;
    assert.deepEqual(codes(`${body}${otherMeta}`), ['meta.checklist-mismatch'], 'the changed meta item is a mismatch');
    for (const slip of ['Why this matters;', '**Why this matters**']) {
      const text = `${edit(body, '\nimplementation checklist\n\n', `\nimplementation checklist\n\n${slip}\n\n`)}${otherMeta}`;
      assert.deepEqual(codes(text), ['body.heading-near-miss'], slip);
    }
  });

  test('a bold heading with a typo is offered the heading, not given it (as any typo)', () => {
    const text = edit(seed(1), '\nimplementation checklist\n', '\n**Implementation Checklsit**\n');
    const ds = check(text);
    assert.deepEqual(ds.map((d) => d.code), ['body.heading-near-miss']);
    const fix = ds[0]?.fixes?.[0];
    assert.ok(fix && !fix.preferred);
    assert.equal(applyEdits(text, fix.edits), edit(seed(1), '\nimplementation checklist\n', '\nImplementation Checklist\n'));
  });

  test('bold and emphasis that do not wrap a whole vocabulary heading are no slip', () => {
    for (const prose of [
      '**Important:** do this before the deploy.',
      '**Rollout Plan**',
      '**Final Notes:** keep the commands close to the article.',
      'the **implementation checklist** above is the one to keep.',
      'the *final notes* are in the runbook.',
      'Implementation *checklist*',
      '*Final* notes',
      '**Final notes*',
      '*Final notes**',
      '** Final notes **',
    ]) {
      // one paragraph more, counted as written: the mismatch is the right report
      const text = edit(seed(1), '\nfinal notes\n', `\nfinal notes\n\n${prose}\n`);
      assert.deepEqual(codes(text), ['meta.paragraphs-mismatch'], prose);
    }
  });

  test('a list item in bold, a line of code one typo from a heading, and an indented heading are no slip', () => {
    const item = edit(seed(1), '\nfinal notes\n', '\nfinal notes\n\n  • **Final Notes**\n');
    assert.deepEqual(codes(item), []);
    // code is asked for the heading exactly: `finalNotes;` is a statement, not `final notes` with a typo
    const code = edit(seed(1), '\nfinal notes\n', '\nfinal notes\n\nfinalNotes;\n');
    assert.deepEqual(codes(code), []);
    // indented 4 columns (or a tab) is a code block on purpose, as in Markdown, `;` or not (and a fix keeping the indent would keep it code)
    for (const indented of ['    final notes', '    Final notes;', '\tFinal notes;']) {
      assert.deepEqual(codes(edit(seed(1), '\nfinal notes\n', `\n${indented}\n`)), [], indented);
    }
    assert.deepEqual(codes(edit(seed(1), '\nfinal notes\n', '\n  Final notes;\n')), ['body.heading-near-miss']);
  });
});

describe('an image caption line written nearly right', () => {
  for (const sep of ['. Image source: ', '. IMAGE SOURCE: ', '. image source:', '.image source: ', '. image  source: ']) {
    test(JSON.stringify(sep), () => {
      const text = edit(seed(3), '. image source: ', sep);
      const { d, fixed } = only(text, 'body.image-near-miss');
      assert.match(d.message, /nearly an image caption line: expected `.*\. image source: loremflickr\.com`/);
      assert.equal(fixed, seed(3));
    });
  }

  test('prose that mentions an image source without the caption shape is no slip', () => {
    const text = edit(seed(1), '\nfinal notes\n', '\nfinal notes\n\nalways credit the image source: the team asked for it.\n');
    assert.ok(!codes(text).includes('body.image-near-miss'));
  });
});

describe('found by a review of the body slips', () => {
  test('prose that starts with `-` or `*` beside a list is no item: a digit, a sentence, an emphasis', () => {
    // beside seed 000's `-` list, so that only the rule named decides each line (a `*` line beside it is asked too)
    const after = '- keep a rollback command ready\n';
    for (const prose of ['-1 as a lock timeout means wait forever', '-document the migration.', '-really? yes!']) {
      const text = edit(seed(0), after, `${after}${prose}\n`);
      assert.ok(!codes(text).includes('body.glued-bullet'), prose);
    }
    const starred = edit(edit(seed(0), '- inspect cache headers\n- test logged-in traffic\n- purge only the affected route\n- measure response time\n- keep a rollback command ready\n',
      '* inspect cache headers\n* test logged-in traffic\n* purge only the affected route\n* measure response time\n* keep a rollback command ready\n'),
    '* keep a rollback command ready\n', '* keep a rollback command ready\n*purge the cdn* first\n');
    assert.ok(!codes(starred).includes('body.glued-bullet'), 'an emphasis');
    // and the same lines written as items glued to their bullet are slips
    assert.ok(codes(edit(seed(0), after, `${after}-document the migration\n`)).includes('body.glued-bullet'));
    // beside a `-` list, flags are no items
    for (const flag of ['-Xmx512m', '-Dlog.level=debug']) {
      assert.ok(!codes(edit(seed(0), '- keep a rollback command ready', `- keep a rollback command ready\n${flag}`)).includes('body.glued-bullet'), flag);
    }
    // beside a `-` list, a `*` line is no slip of that list either
    assert.ok(!codes(edit(seed(0), '- keep a rollback command ready', '- keep a rollback command ready\n*purge the cdn')).includes('body.glued-bullet'));
  });

  test('a glued item read as code (tab-indented items, or a trailing `)`) is one warning; the meta checklist is not touched', () => {
    const [body, meta] = seed(1).split('\nalphanode post meta\n') as [string, string];
    const tabbedOnce = `${body.replace(/\n {2}• /g, '\n\t• ')}\nalphanode post meta\n${meta}`;
    assert.deepEqual(codes(tabbedOnce), [], 'tab-indented items are items');
    const text = edit(tabbedOnce, '\t• add indexes carefully', '\t•add indexes carefully');
    const { fixed } = only(text, 'body.glued-bullet');
    assert.equal(fixed, tabbedOnce);
    const paren = edit(edit(seed(1), '\n  • add indexes carefully\n', '\n  •add indexes carefully (online)\n'), '\n  • add indexes carefully\n', '\n  • add indexes carefully (online)\n');
    assert.equal(only(paren, 'body.glued-bullet').fixed, paren.replace('  •add indexes carefully (online)', '  • add indexes carefully (online)'));
  });

  test('a no-break space after the bullet is named and replaced, not kept beside a new space', () => {
    const text = edit(seed(1), '\n  • add indexes carefully\n', '\n  •\u00a0add indexes carefully\n');
    const { d, fixed } = only(text, 'body.glued-bullet');
    assert.match(d.message, /U\+00A0/);
    assert.equal(fixed, seed(1));
    const dash = edit(seed(0), '- test logged-in traffic', '-\u00a0test logged-in traffic');
    assert.equal(only(dash, 'body.glued-bullet').fixed, seed(0));
  });

  test('a slip hides only the comparisons it changes', () => {
    // the image of seed 003 stands in the intro: its slip changes the images, not the paragraphs
    const image = edit(edit(seed(3), '. image source: ', '. Image Source: '), '  • paragraphs: 6', '  • paragraphs: 9');
    assert.deepEqual(codes(image).sort(), ['body.image-near-miss', 'meta.paragraphs-mismatch']);
    // a typo in the checklist heading changes the checklist only
    const heading = edit(edit(seed(1), '\nimplementation checklist\n', '\nimplementation checklists\n'), '  • paragraphs: 7', '  • paragraphs: 9');
    assert.deepEqual(codes(heading).sort(), ['body.heading-near-miss', 'meta.paragraphs-mismatch']);
  });

  test('a line two edits away from a heading is none; a paragraph one typo away is offered the heading, not given it', () => {
    // written as paragraphs (with a colon), so they are compared with the whole vocabulary
    for (const h of ['the tactical approach:', 'why that matters:', 'production hacks:', 'final roles:']) {
      const text = edit(seed(1), '\nfinal notes\n', `\nfinal notes\n\n${h}\n`);
      assert.ok(!codes(text).includes('body.heading-near-miss'), h);
    }
    // a heading of shape two edits from the checklist heading, in an article with no checklist section
    const two = edit(seed(1), '\nimplementation checklist\n', '\nimplementaton checklst\n');
    assert.ok(!codes(two).includes('body.heading-near-miss'));
    assert.ok(codes(edit(seed(1), '\nimplementation checklist\n', '\nimplementaton checklist\n')).includes('body.heading-near-miss'));
    const typo = edit(seed(1), '\nfinal notes\n', '\nFinal Note:\n');
    const ds = check(typo);
    const d = ds.find((x) => x.code === 'body.heading-near-miss');
    assert.ok(d && !d.fixes?.some((f) => f.preferred));
  });
});

