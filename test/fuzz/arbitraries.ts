// Arbitraries for the fuzzers: random and mutated articles made from the five real seeds (and the broken
// samples), positions, ranges and settings. A case is a base text plus a list of mutations, so a failure
// shrinks to few, small mutations and prints as something a regression test can rebuild.
import fc from 'fast-check';
import type { Position, Range } from 'vscode-languageserver-types';
import { CODES, FIELDS, type SeedSettings } from '../../server/src/service/index';
import { sample, seed } from '../helpers';

export const BASES: readonly string[] = [
  seed(0), seed(1), seed(2), seed(3), seed(4),
  sample('broken/meta-problems.seed.txt'), sample('broken/no-title.seed.txt'),
  sample('broken/order-and-duplicates.seed.txt'), sample('broken/unclosed-fence.seed.txt'),
];

/** The bodies of the seeds without their meta block (for the insert-meta property). */
export const BODIES: readonly string[] = [0, 1, 2, 3, 4].map((n) => {
  const s = seed(n);
  const at = s.indexOf('alphanode post meta');
  return at < 0 ? s : s.slice(0, at);
});

// ---- strings to insert ------------------------------------------------------------------------

const KEYS = FIELDS.flatMap((f) => f.keys.map((k) => k.name));
const NAMES = FIELDS.map((f) => f.name);
const VALUES = ['', '7', '0', '-1', '121', '1.2.3', '2018-02-12', '2099-01-01', '2023-02-30', 'anp-ref-012838-1234', 'alphanode-012838',
  '12838', 'd22434361503719ccc09483e', 'https://x.io/a', 'intermediate', 'expert', 'stack', 'problem', 'python services',
  'making logs useful during incidents', 'a / b', ' / ', ':', ': ', 'x: y', '•', '$1', '${1|a|}'];

/** Lines that mean something to the parser: markers, fences, headings, items, field lines, images, code. */
const structural = fc.oneof(
  fc.constantFrom(
    'alphanode post meta', 'x post meta  ', ' post meta', 'Similar Posts', 'Similar Posts  ', '```', '```python', '``` js', '```a b', '   ```',
    'implementation checklist', 'production checks', 'final notes', 'why this matters', 'Implementation Checklist', 'a heading line',
    '- item', '-', '- ', '* item', '• item', '  • item', '  •', '  • ', '  -x', '    • name: x', '    • type: stack', '    • source: h.com',
    '    • url: https://h.com/', '    • caption: c', '  • has images: 1', '  • paragraphs: 3', '  • scenario: behind a cdn',
    '  • scenario:', '    • caption:', '    • caption', '  • key:', '  • problem: :x', '  • :7', ':', 'İ', '  • problem: making logs useful during incidents', '  • stack: python services', '  • context: behind a cdn', '\t• key: value',
    'c. image source: h.com', 'c', '. image source: h', 'c. image source: ', '|', '| |', '', '   ', '\t', 'from x import y', 'import os',
    'def f():', 'a = 1', 'x {', '    indented code', '<?php', '$ ls', '#!/bin/sh', 'title in stack for stack',
  ),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('', ': ', ':', ' '), fc.constantFrom(...VALUES)).map(([n, s, v]) => n + s + v),
  fc.tuple(fc.constantFrom('  • ', '    • ', '  - ', '   • ', '\t• ', '• ', '  •'), fc.constantFrom(...KEYS, 'nme', 'tyep', ''), fc.constantFrom(': ', ':', ' ', ''), fc.constantFrom(...VALUES))
    .map(([b, k, s, v]) => b + k + s + v),
);

const bytes = fc.string({ unit: fc.integer({ min: 1, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 12 });
const emoji = fc.constantFrom('😀', '👩‍💻', '🇩🇪', '👍🏽', '🧪', '𝔘', '\u{1F600}\u{1F600}');
const combining = fc.constantFrom('\u0301', 'e\u0301', 'a\u0308\u0308', '\u200d', '\u200b', '\ufeff', '\u00a0', '\u2028', '\u2029', '\u0085', '\u202e', 'ǅ', 'İ', 'ß');
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const unicode = fc.string({ unit: 'binary', maxLength: 8 }).map((s) => s.replace(/\0/g, ''));
const graphemes = fc.string({ unit: 'grapheme', maxLength: 6 });
const whitespace = fc.constantFrom('\t', '\t\t', ' \t', '    ', ' ', '\r', '\r\n', '\n', '\n\n', '\v', '\f');

export const insertion: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: structural, weight: 6 },
  { arbitrary: bytes, weight: 2 },
  { arbitrary: emoji, weight: 1 },
  { arbitrary: combining, weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: unicode, weight: 2 },
  { arbitrary: graphemes, weight: 1 },
  { arbitrary: whitespace, weight: 2 },
);

// ---- mutations --------------------------------------------------------------------------------

export type Mutation =
  | { op: 'delete'; line: number; count: number }
  | { op: 'duplicate'; line: number }
  | { op: 'swap'; line: number; other: number }
  | { op: 'move'; line: number; to: number }
  | { op: 'truncateLine'; line: number; at: number }
  | { op: 'truncate'; at: number }
  | { op: 'keep'; line: number; count: number }
  | { op: 'insert'; line: number; at: number; text: string }
  | { op: 'insertLine'; line: number; text: string }
  | { op: 'deleteChars'; line: number; at: number; count: number }
  | { op: 'crlf'; line: number }
  | { op: 'crlfAll'; on: boolean }
  | { op: 'indent'; line: number; with: string }
  | { op: 'dedent'; line: number }
  | { op: 'bom' }
  | { op: 'nul'; line: number; at: number }
  | { op: 'finalNewline' };

const n = fc.nat({ max: 1 << 20 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('delete' as const), line: n, count: fc.integer({ min: 1, max: 5 }) }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('duplicate' as const), line: n }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('swap' as const), line: n, other: n }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('move' as const), line: n, to: n }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('truncateLine' as const), line: n, at: n }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at: n }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('keep' as const), line: n, count: fc.integer({ min: 1, max: 12 }) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('insert' as const), line: n, at: n, text: insertion }), weight: 8 },
  { arbitrary: fc.record({ op: fc.constant('insertLine' as const), line: n, text: insertion }), weight: 8 },
  { arbitrary: fc.record({ op: fc.constant('deleteChars' as const), line: n, at: n, count: fc.integer({ min: 1, max: 6 }) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('crlf' as const), line: n }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('crlfAll' as const), on: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('indent' as const), line: n, with: fc.constantFrom('\t', '  ', ' ', '    ', ' \t', '\t\t') }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('dedent' as const), line: n }), weight: 2 },
  { arbitrary: fc.constant({ op: 'bom' as const }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('nul' as const), line: n, at: n }), weight: 1 },
  { arbitrary: fc.constant({ op: 'finalNewline' as const }), weight: 1 },
);

/** Lines split at `\n`; each keeps its `\r` (so CRLF survives line operations). */
function split(text: string): string[] {
  return text.split('\n');
}

export function applyMutation(text: string, m: Mutation): string {
  const lines = split(text);
  const L = lines.length;
  const li = (k: number) => k % L;
  const body = (s: string) => (s.endsWith('\r') ? s.slice(0, -1) : s);
  const cr = (s: string) => (s.endsWith('\r') ? '\r' : '');
  switch (m.op) {
    case 'delete': lines.splice(li(m.line), m.count); break;
    case 'duplicate': lines.splice(li(m.line), 0, lines[li(m.line)] as string); break;
    case 'swap': {
      const a = li(m.line);
      const b = li(m.other);
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      break;
    }
    case 'move': {
      const [x] = lines.splice(li(m.line), 1);
      lines.splice(m.to % (lines.length + 1), 0, x as string);
      break;
    }
    case 'truncateLine': {
      const s = lines[li(m.line)] as string;
      lines[li(m.line)] = body(s).slice(0, m.at % (body(s).length + 1)) + cr(s);
      break;
    }
    case 'truncate': return text.slice(0, m.at % (text.length + 1));
    case 'keep': {
      const a = li(m.line);
      return lines.slice(a, a + m.count).join('\n');
    }
    case 'insert': {
      const s = lines[li(m.line)] as string;
      const at = m.at % (body(s).length + 1);
      lines[li(m.line)] = s.slice(0, at) + m.text + s.slice(at);
      break;
    }
    case 'insertLine': {
      // keep the document's line break style for the new line
      const crlf = lines.length > 1 && (lines[0] as string).endsWith('\r');
      lines.splice(m.line % (L + 1), 0, m.text + (crlf ? '\r' : ''));
      break;
    }
    case 'deleteChars': {
      const s = lines[li(m.line)] as string;
      const at = m.at % (s.length + 1);
      lines[li(m.line)] = s.slice(0, at) + s.slice(at + m.count);
      break;
    }
    case 'crlf': {
      const i = li(m.line);
      const s = lines[i] as string;
      if (i === L - 1) break; // the last line has no line break
      lines[i] = s.endsWith('\r') ? s.slice(0, -1) : `${s}\r`;
      break;
    }
    case 'crlfAll': {
      const lf = text.replace(/\r\n/g, '\n');
      return m.on ? lf.replace(/\n/g, '\r\n') : lf;
    }
    case 'indent': lines[li(m.line)] = m.with + (lines[li(m.line)] as string); break;
    case 'dedent': lines[li(m.line)] = (lines[li(m.line)] as string).replace(/^[ \t]+/, ''); break;
    case 'bom': return text.charCodeAt(0) === 0xfeff ? text.slice(1) : `\ufeff${text}`;
    case 'nul': {
      const s = lines[li(m.line)] as string;
      const at = m.at % (s.length + 1);
      lines[li(m.line)] = `${s.slice(0, at)}\0${s.slice(at)}`;
      break;
    }
    case 'finalNewline': return text.endsWith('\n') ? text.replace(/\r?\n$/, '') : `${text}\n`;
  }
  return lines.join('\n');
}

export interface Case {
  readonly base: number;
  readonly mutations: readonly Mutation[];
  readonly text: string;
}

function describeCase(bases: readonly string[], base: number, mutations: readonly Mutation[], text: string): string {
  const shown = text.length <= 600 ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, 300))}…(${text.length} chars)`;
  return `{ base: ${base} of ${bases === BASES ? 'BASES' : 'BODIES'}, mutations: ${JSON.stringify(mutations)}, text: ${shown} }`;
}

function caseOf(bases: readonly string[], maxMutations: number): fc.Arbitrary<Case> {
  return fc.record({ base: fc.nat({ max: bases.length - 1 }), mutations: fc.array(mutation, { maxLength: maxMutations }) }).map(({ base, mutations }) => {
    const text = mutations.reduce(applyMutation, bases[base] as string);
    return { base, mutations, text, [fc.toStringMethod]: () => describeCase(bases, base, mutations, text) };
  });
}

/** A real article with 0..10 random mutations; some are unchanged, most are broken somewhere. */
export const article: fc.Arbitrary<Case> = caseOf(BASES, 10);

/** A body without a meta block, lightly mutated. */
export const body: fc.Arbitrary<Case> = caseOf(BODIES, 6);

/** Replays a case (for regression tests and the soak's reports). */
export function rebuild(bases: 'BASES' | 'BODIES', base: number, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, (bases === 'BASES' ? BASES : BODIES)[base] as string);
}

// ---- positions, ranges, settings ---------------------------------------------------------------

/** Raw picks, turned into positions once the text is known: mostly inside, sometimes past the end. */
export const picks = fc.array(fc.tuple(n, n), { minLength: 1, maxLength: 6 });

export function positionOf(lines: readonly string[], [a, b]: [number, number]): Position {
  const line = a % (lines.length + 1); // one past the last line, too
  const len = lines[line]?.length ?? 0;
  return { line, character: b % (len + 3) };
}

export function rangeOf(lines: readonly string[], p: [number, number], q: [number, number]): Range {
  const a = positionOf(lines, p);
  const b = positionOf(lines, q);
  // sometimes reversed: a client may send that, the service must not care
  return { start: a, end: b };
}

const severity = fc.constantFrom('error', 'warning', 'information', 'hint', 'off') as fc.Arbitrary<'error' | 'warning' | 'information' | 'hint' | 'off'>;

export const settings: fc.Arbitrary<SeedSettings> = fc.record({
  severity: fc.dictionary(fc.constantFrom(...Object.keys(CODES), 'no.such-code'), severity, { maxKeys: 4 }),
  extraHeadings: fc.array(fc.oneof(fc.constantFrom('', ' ', 'a heading line', 'Extra Section', '.*', '(', 'x'.repeat(100)), graphemes), { maxLength: 3 }),
  detectHeadingShape: fc.boolean(),
  maxFullCheckSize: fc.oneof({ arbitrary: fc.constant(5 * 1024 * 1024), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 5000 }), weight: 1 }),
}, { requiredKeys: [] });
