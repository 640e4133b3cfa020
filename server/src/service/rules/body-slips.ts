// Slips in the body that change what the meta is compared with: a list item glued to its bullet, a
// vocabulary heading written with a colon, a `#` or a typo, an image caption line with `Image Source`.
// The site reads each of them as written (a paragraph, another section), so while one stands the body's
// counts are not compared with the meta (features/diagnostics.ts): `--fix` would copy the slip into it.
import type { Block, Paragraph, SeedModel } from '../model';
import { CHECKLIST_HEADING, DEFAULT_HEADINGS, IMAGE_SEP } from '../parser/classify';
import { editDistance } from '../suggest';
import { indentChars, lineRange, type Range } from '../text';
import type { Rule, RuleContext } from './rule';

export const BODY_SLIPS: ReadonlySet<string> = new Set(['body.glued-bullet', 'body.heading-near-miss', 'body.image-near-miss']);

/** per model, the lines of the slips that change the body's counts (a heading of shape with a typo changes none, unless it is the checklist's) */
const countChanging = new WeakMap<SeedModel, Set<number>>();

/** Whether a reported slip changes what the meta is compared with (then the comparisons wait for it to be mended). */
export function changesCounts(model: SeedModel, line: number): boolean {
  return countChanging.get(model)?.has(line) ?? false;
}

function changing(model: SeedModel, line: number): void {
  let lines = countChanging.get(model);
  if (!lines) countChanging.set(model, (lines = new Set()));
  lines.add(line);
}

const BULLET = 0x2022;

/** the column of a bullet glued to its text (`•add`, `-add`), or -1 */
function gluedBullet(text: string, nearList: boolean): number {
  const i = indentChars(text);
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (Number.isNaN(next) || next <= 32) return -1;
  // `•` never starts prose; `-` and `*` do (`-5 degrees`, `*note*`), so only beside a list are they a slip
  if (c === BULLET) return i;
  if ((c === 45 || c === 42) && nearList && /[\p{L}\p{N}]/u.test(text[i + 1] as string) && !(c === 42 && text.trimEnd().endsWith('*'))) return i;
  return -1;
}

function glued(ctx: RuleContext, blocks: readonly Block[], checklist: boolean): void {
  const lines = ctx.model.lines;
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph') return;
    const nearList = (checklist && k === 0) || blocks[k - 1]?.kind === 'list' || blocks[k + 1]?.kind === 'list';
    const text = lines.text(b.line);
    const at = gluedBullet(text, nearList);
    if (at < 0) return;
    const bullet = text[at] as string;
    const rest = text.slice(at + 1).trim();
    const col = lines.col(b.line) + at;
    changing(ctx.model, b.line);
    ctx.report('body.glued-bullet', b.range,
      `Found \`${text.trim()}\`: expected a list item, the bullet then a space (\`${bullet} ${rest}\`). As written it is a paragraph, and the list stops above it.`,
      { fixes: [{ title: `Put a space after \`${bullet}\``, edits: [{ range: lineRange(b.line, col + 1, col + 1), newText: ' ' }], preferred: true }] });
  });
}

/** the heading as the vocabulary would read it: without a Markdown `#`, a trailing `:` or `.`, runs of spaces */
function core(text: string): { kept: string; key: string } {
  const kept = text.trim().replace(/^#+\s*/, '').replace(/\s*[:.]$/, '').trim();
  return { kept, key: kept.replace(/\s+/g, ' ').toLowerCase() };
}

/** `target` in the case the writer used for `written` (all lowercase, Title Case, or a capital first letter) */
function inCaseOf(written: string, target: string): string {
  if (written === written.toLowerCase()) return target;
  const words = written.split(/\s+/);
  if (words.every((w) => w[0] === w[0]?.toUpperCase())) return target.replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase());
  return target.charAt(0).toUpperCase() + target.slice(1);
}

/** The vocabulary heading a line nearly is, and what to write instead; undefined when it is none or exactly one. */
function nearHeading(text: string, vocabulary: readonly string[]): { heading: string; write: string; typo: boolean } | undefined {
  if (text.length > 80) return undefined;
  const { kept, key } = core(text);
  if (key.length < 8) return undefined;
  // a paragraph that is the heading but for its punctuation; a heading (of shape) that is one but for a typo
  // (a line the parser took as a vocabulary heading is never asked)
  const exact = vocabulary.find((h) => h === key);
  if (exact !== undefined) return { heading: exact, write: kept.replace(/\s+/g, ' '), typo: false };
  let best: string | undefined;
  let bestDistance = 3;
  for (const h of vocabulary) {
    const d = editDistance(key, h, 2);
    if (d < bestDistance) { best = h; bestDistance = d; }
    else if (d === bestDistance) best = undefined; // a tie is no answer
  }
  return best === undefined || bestDistance > 2 ? undefined : { heading: best, write: inCaseOf(kept, best), typo: true };
}

function headingSlip(ctx: RuleContext, line: number, range: Range, vocabulary: readonly string[], paragraph: boolean): void {
  const lines = ctx.model.lines;
  const text = lines.text(line);
  const near = nearHeading(text, vocabulary);
  if (!near) return;
  const what = paragraph
    ? 'As written it is a paragraph, so the lines below it stay in the section above.'
    : `As written it is a heading of its own, not \`${near.heading}\`${near.heading === CHECKLIST_HEADING ? ', so the article has no checklist section' : ''}.`;
  // a paragraph is counted, and the checklist is found by its heading; another heading of shape is a section either way
  if (paragraph || near.heading === CHECKLIST_HEADING) changing(ctx.model, line);
  // a typo in a heading of shape is a guess (headings are free text: `final nodes` may be meant), offered only
  ctx.report('body.heading-near-miss', range,
    `Found \`${text.trim()}\`, which is nearly the heading \`${near.heading}\`: expected \`${near.write}\` alone on its line. ${what}`,
    { fixes: [{ title: `Write the heading \`${near.write}\``, edits: [{ range, newText: near.write }], ...(near.typo && !paragraph ? {} : { preferred: true }) }] });
}

/** `<caption>. Image Source: <host>` and other spellings of the separator, with the period kept */
const NEAR_IMAGE = /^(\S.*?)\s*\.\s*image[\s_-]*source\s*:\s*(\S+)$/i;

function imageSlip(ctx: RuleContext, p: Paragraph): void {
  const text = p.text;
  if (text.length < IMAGE_SEP.length || !/source/i.test(text)) return;
  const m = NEAR_IMAGE.exec(text);
  if (!m) return;
  const write = `${m[1] as string}${IMAGE_SEP}${m[2] as string}`;
  if (write === text) return;
  changing(ctx.model, p.line);
  ctx.report('body.image-near-miss', p.range,
    `Found \`${text}\`, which is nearly an image caption line: expected \`${write}\` (\`. image source: \` in lowercase, one space after the colon). As written it is a paragraph, so the article has one image less.`,
    { fixes: [{ title: 'Write the image caption line', edits: [{ range: p.range, newText: write }], preferred: true }] });
}

function vocabularyOf(ctx: RuleContext): string[] {
  return [...DEFAULT_HEADINGS, ...(ctx.site.headings ?? []).map((h) => h.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean)];
}

function paragraphs(model: SeedModel, visit: (p: Paragraph) => void): void {
  for (const b of model.intro) if (b.kind === 'paragraph') visit(b);
  for (const s of model.sections) for (const b of s.blocks) if (b.kind === 'paragraph') visit(b);
}

export const bodySlipsRule: Rule = {
  name: 'body-slips',
  run(ctx) {
    const model = ctx.model;
    if (model.binary || !model.title) return;
    const vocabulary = vocabularyOf(ctx);
    glued(ctx, model.intro, false);
    for (const s of model.sections) {
      glued(ctx, s.blocks, s.heading.text.toLowerCase() === CHECKLIST_HEADING);
      if (!s.heading.byVocabulary) headingSlip(ctx, s.heading.line, s.heading.range, vocabulary, false);
    }
    paragraphs(model, (p) => {
      headingSlip(ctx, p.line, p.range, vocabulary, true);
      imageSlip(ctx, p);
    });
  },
};
