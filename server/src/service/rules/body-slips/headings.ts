// A vocabulary heading written nearly right: with a Markdown `#` or emphasis (`**…**`, `__…__`, `*…*`), a
// trailing `:` `.` `!` `?` `;` or dash, runs of spaces (then the parser reads a paragraph, or code for a
// `;`, and the section does not start), or with one typo (then it is a heading of shape, another section:
// the article may have no checklist section).
import { CHECKLIST_HEADING, DEFAULT_HEADINGS } from '../../parser/classify';
import { editDistance } from '../../suggest';
import { isSpaceCode, lineRange, type Range } from '../../text';
import type { RuleContext } from '../rule';
import { notes, type BodyCount } from './counts';

/** `:` `.` `!` `?` `;` `-` `–` `—`: what writers end a heading with, one at most */
function isEndMark(c: number): boolean {
  return c === 58 || c === 46 || c === 33 || c === 63 || c === 59 || c === 45 || c === 0x2013 || c === 0x2014;
}

function spacesBefore(text: string, a: number, e: number): number {
  while (e > a && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/** `e` less one end mark and the spaces before it */
function endMarkBefore(text: string, a: number, e: number): number {
  return e > a && isEndMark(text.charCodeAt(e - 1)) ? spacesBefore(text, a, e - 1) : e;
}

/**
 * The length of the Markdown emphasis (`*`, `**`, `***` or the same with `_`) that wraps all of
 * text[a, e), or 0: the same run at both ends, so a bold word inside prose or an unmatched `*` is none.
 */
function emphasisAround(text: string, a: number, e: number): number {
  const mark = text.charCodeAt(a);
  if (mark !== 42 && mark !== 95) return 0;
  let n = 1;
  while (n < 3 && text.charCodeAt(a + n) === mark) n++;
  let m = 0;
  while (m < 3 && text.charCodeAt(e - 1 - m) === mark) m++;
  // (something is inside: `****` is no emphasis)
  return n === m && e - a > 2 * n ? n : 0;
}

/**
 * Where the heading's text is in a line: without a Markdown `#`, spaces, an end mark, or an emphasis
 * around it, the end mark inside or outside (`**Final notes:**`, `**Final notes**:`). Char by char on
 * the ends only: asked of many lines.
 */
function coreBounds(text: string): [number, number] {
  let a = 0;
  while (a < text.length && (text.charCodeAt(a) === 35 || isSpaceCode(text.charCodeAt(a)))) a++;
  let e = endMarkBefore(text, a, spacesBefore(text, a, text.length));
  const n = emphasisAround(text, a, e);
  if (n > 0) {
    a += n;
    e = endMarkBefore(text, a, e - n);
  }
  return [a, e];
}

/** the heading as written (`kept`) and as the vocabulary reads it (`key`: lowercase, runs of spaces as one) */
function core(text: string): { kept: string; key: string } {
  const [a, e] = coreBounds(text);
  const kept = text.slice(a, e);
  const single = kept.indexOf('  ') < 0 && kept.indexOf('\t') < 0 ? kept : kept.replace(/\s+/g, ' ');
  return { kept, key: single.toLowerCase() };
}

/** `target` in the case the writer used for `written` (all lowercase, Title Case, or a capital first letter) */
function inCaseOf(written: string, target: string): string {
  if (written === written.toLowerCase()) return target;
  const words = written.split(/\s+/);
  if (words.every((w) => w[0] === w[0]?.toUpperCase())) return target.replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase());
  return target.charAt(0).toUpperCase() + target.slice(1);
}

const letterCounts = new Int16Array(128);

/**
 * A cheap test that two texts may be an edit apart: their letter counts differ by at most 2 (an edit
 * changes at most two counts by one; a swap none). Most headings of shape fail it, and the edit distance
 * is not computed for them. Non-ASCII text is always let through.
 */
function sameLettersNearly(a: string, b: string): boolean {
  let ascii = true;
  for (let i = 0; i < a.length; i++) { const c = a.charCodeAt(i); if (c < 128) letterCounts[c] = (letterCounts[c] as number) + 1; else ascii = false; }
  for (let i = 0; i < b.length; i++) { const c = b.charCodeAt(i); if (c < 128) letterCounts[c] = (letterCounts[c] as number) - 1; else ascii = false; }
  let diff = 0;
  for (let i = 0; i < a.length; i++) { const c = a.charCodeAt(i); if (c < 128) { diff += Math.abs(letterCounts[c] as number); letterCounts[c] = 0; } }
  for (let i = 0; i < b.length; i++) { const c = b.charCodeAt(i); if (c < 128) { diff += Math.abs(letterCounts[c] as number); letterCounts[c] = 0; } }
  return !ascii || diff <= 2;
}

/**
 * The vocabulary heading a line nearly is, and what to write instead; undefined when it is none or
 * exactly one. `typos`: whether one typo is let through too.
 */
function nearHeading(text: string, vocabulary: readonly string[], typos: boolean): { heading: string; write: string; typo: boolean } | undefined {
  const { kept, key } = core(text);
  if (key.length < 8) return undefined;
  // a paragraph that is the heading but for its punctuation; a heading (of shape) that is one but for a typo
  // (a line the parser took as a vocabulary heading is never asked)
  const exact = vocabulary.find((h) => h === key);
  if (exact !== undefined) return { heading: exact, write: kept.replace(/\s+/g, ' '), typo: false };
  if (!typos) return undefined;
  // one typo (a swap counts as one): two would take in headings of their own (`the tactical approach`)
  let best: string | undefined;
  let ties = 0;
  for (const h of vocabulary) {
    // one edit changes the length by one at most; then the letters decide before the edit distance is computed
    if (Math.abs(key.length - h.length) > 1 || !sameLettersNearly(key, h)) continue;
    if (editDistance(key, h, 1) <= 1) { best = h; ties++; }
  }
  return best === undefined || ties > 1 ? undefined : { heading: best, write: inCaseOf(kept, best), typo: true };
}

export interface Vocabulary {
  readonly headings: readonly string[];
  /** the longest heading's length */
  readonly longest: number;
  /** the first four and the last four letters of each heading, packed into a number (see `packed`) */
  readonly ends: ReadonlySet<number>;
}

/** Four lowercased ASCII characters from `at` packed into one number; -1 when one is not ASCII. */
function packed(text: string, at: number): number {
  let n = 0;
  for (let i = at; i < at + 4; i++) {
    let c = text.charCodeAt(i);
    if (!(c < 128)) return -1;
    if (c >= 65 && c <= 90) c += 32;
    n = n * 128 + c;
  }
  return n;
}

/** The longest line that can be a heading written nearly right: an indent, `## `, `**…:**`, a typo and runs of spaces allowed. */
export function widest(vocabulary: Vocabulary): number {
  return vocabulary.longest + 16;
}

/**
 * A cheap first test, on a few characters and no copy: whether the text (less a leading `#`, an end mark,
 * an emphasis around it) starts or ends with the same four letters as a vocabulary heading, so the many
 * headings and short paragraphs of a big article are not copied and compared one by one.
 */
function mayBeNear(text: string, vocabulary: Vocabulary): boolean {
  const [a, e] = coreBounds(text);
  // one typo, and runs of spaces, make it a few characters longer than the heading at most
  if (e - a < 8 || e - a > vocabulary.longest + 4) return false;
  // (one typo leaves the first four letters or the last four as they are)
  const start = packed(text, a);
  const end = packed(text, e - 4);
  // text that is not ASCII there is compared the slow way
  return start < 0 || end < 0 || vocabulary.ends.has(start) || vocabulary.ends.has(-1 - end);
}

/** How the parser read the line, and where it stands. */
export interface ReadAs {
  readonly kind: 'paragraph' | 'code' | 'heading';
  readonly inIntro: boolean;
  readonly inChecklist: boolean;
}

const AS_WRITTEN: Record<'paragraph' | 'code', string> = {
  paragraph: 'As written it is a paragraph, so the lines below it stay in the section above.',
  code: 'As written it is a line of code (it ends with `;`), so the lines below it stay in the section above.',
};

/**
 * The line (a paragraph, a line of code, or a heading of shape; `text` is the line's) if it is a vocabulary
 * heading written nearly right. `node`: what is reported (its range is made only then); a line of code has
 * none, its line from its first character to its last is. `counts`: what the body's counts lose while it stands (a
 * paragraph is counted; the paragraphs below a line of code in the intro are not; the checklist is found
 * by its heading and lives in its section).
 */
export function headingSlip(ctx: RuleContext, line: number, text: string, node: { readonly range: Range } | undefined, vocabulary: Vocabulary, as: ReadAs): void {
  if (!mayBeNear(text, vocabulary)) return;
  // a line of code one typo from a heading is code (`finalNotes;`): only the heading itself is asked there
  const near = nearHeading(text, vocabulary.headings, as.kind !== 'code');
  if (!near) return;
  const lines = ctx.model.lines;
  const range = node ? node.range : lineRange(line, lines.startColumn(line), lines.endColumn(line));
  const what = as.kind === 'heading'
    ? `As written it is a heading of its own, not \`${near.heading}\`, so the article has no checklist section.`
    : AS_WRITTEN[as.kind];
  const counts: BodyCount[] = [];
  if (as.kind === 'paragraph' || (as.kind === 'code' && as.inIntro)) counts.push('meta.paragraphs-mismatch');
  if (near.heading === CHECKLIST_HEADING || (as.kind !== 'heading' && as.inChecklist)) counts.push('meta.checklist-mismatch');
  notes(ctx.model, line, counts);
  // a typo is a guess (headings are free text: `final nodes` may be meant): offered, not applied unasked
  ctx.report('body.heading-near-miss', range,
    `Found \`${text.trim()}\`, which is nearly the heading \`${near.heading}\`: expected \`${near.write}\` alone on its line. ${what}`,
    { fixes: [{ title: `Write the heading \`${near.write}\``, edits: [{ range, newText: near.write }], ...(near.typo ? {} : { preferred: true }) }] });
}

const vocabularies = new Map<string, Vocabulary>();

/** The heading vocabulary with the site's own headings, made once per list of them. */
export function vocabularyOf(ctx: RuleContext): Vocabulary {
  const key = (ctx.site.headings ?? []).join('\n');
  let v = vocabularies.get(key);
  if (!v) {
    if (vocabularies.size > 16) vocabularies.clear();
    vocabularies.set(key, (v = makeVocabulary(ctx)));
  }
  return v;
}

function makeVocabulary(ctx: RuleContext): Vocabulary {
  return vocabularyFrom([...DEFAULT_HEADINGS, ...(ctx.site.headings ?? []).map((h) => h.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean)]);
}

function vocabularyFrom(headings: readonly string[]): Vocabulary {
  // (a suffix is stored negated, so a heading's start never matches another's end)
  const ends = new Set(headings.filter((h) => h.length >= 4).flatMap((h) => [packed(h, 0), -1 - packed(h, h.length - 4)]));
  return { headings, longest: Math.max(...headings.map((h) => h.length)), ends };
}

/**
 * The checklist heading alone. A heading of shape with a typo is still a heading, and the site shows it
 * as one: only the checklist's is a slip that matters, since the checklist is found by its heading.
 */
export const CHECKLIST_ONLY: Vocabulary = vocabularyFrom([CHECKLIST_HEADING]);
