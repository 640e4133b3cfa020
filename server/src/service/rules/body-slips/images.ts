// An image caption line written nearly right (`. Image Source: `, `.image source:host`): the parser reads
// a paragraph, so the article has one image less than the meta says.
import type { Block, Paragraph, SeedModel } from '../../model';
import { IMAGE_SEP } from '../../parser/classify';
import { isSpaceCode, type LineTable } from '../../text';
import { bodyFacts, fieldsByName, pairValue, recordsOf } from '../../views';
import type { RuleContext } from '../rule';
import { notes } from './counts';

/** `<caption>. Image Source: <host>` and other spellings of the separator, with the period kept */
const NEAR_IMAGE = /^(\S.*?)\s*\.\s*image[\s_-]*source\s*:\s*(\S+)$/i;

/**
 * Whether the line ends `source: <host>` (any case, any spaces around the colon): read from its end
 * without slicing it, so the prose lines of a big article are turned down after a few characters.
 */
function endsWithSource(lines: LineTable, line: number): boolean {
  let k = lines.endColumn(line) - lines.col(line);
  const end = k;
  while (k > 0 && !isSpaceCode(lines.codeAt(line, k - 1)) && lines.codeAt(line, k - 1) !== 58) k--;
  if (k === end) return false;
  while (k > 0 && isSpaceCode(lines.codeAt(line, k - 1))) k--;
  if (lines.codeAt(line, k - 1) !== 58) return false;
  k--;
  while (k > 0 && isSpaceCode(lines.codeAt(line, k - 1))) k--;
  return k >= 6 && lines.slice(line, k - 6, k).toLowerCase() === 'source';
}

function imageSlip(ctx: RuleContext, p: Paragraph, inSection: boolean): void {
  const text = ctx.model.lines.text(p.line).trim();
  const m = NEAR_IMAGE.exec(text);
  if (!m) return;
  const write = `${m[1] as string}${IMAGE_SEP}${m[2] as string}`;
  if (write === text) return;
  // the line (and an alt line above it) are counted as paragraphs while it stands
  notes(ctx.model, p.line, inSection ? ['meta.images-mismatch', 'meta.paragraphs-mismatch'] : ['meta.images-mismatch']);
  ctx.report('body.image-near-miss', p.range,
    `Found \`${text}\`, which is nearly an image caption line: expected \`${write}\` (\`. image source: \` in lowercase, one space after the colon). As written it is a paragraph, so the article has one image less.`,
    { fixes: [{ title: 'Write the image caption line', edits: [{ range: p.range, newText: write }], preferred: true }] });
}

/**
 * Whether an image line may have slipped: the meta knows of more images than the body has (or there is
 * no meta yet to compare with). Otherwise the paragraphs are not searched for one.
 */
export function imagesMayHaveSlipped(model: SeedModel): boolean {
  if (!model.meta) return true;
  const fields = fieldsByName(model);
  const body = bodyFacts(model).images.length;
  const sources = fields.get('image sources');
  return (body === 0 && pairValue(fields.get('flags'), 'has images')?.value === '1') || (sources !== undefined && recordsOf(sources).length > body);
}

/** The paragraphs of one block list, searched for an image caption line written nearly right. */
export function imageLines(ctx: RuleContext, list: readonly Block[], inSection: boolean): void {
  const lines = ctx.model.lines;
  for (const b of list) {
    if (b.kind === 'paragraph' && lines.size(b.line) > IMAGE_SEP.length && endsWithSource(lines, b.line)) imageSlip(ctx, b, inSection);
  }
}
