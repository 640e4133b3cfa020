// A line that is nearly the post meta marker (`Alphanode Post Meta`, `alphanode post meta:`, an extra
// space, an indent): as written it is a body line, so the whole meta block below it is read as body and
// nothing in it is checked. Asked only when the article has no meta block.
import type { Block, SeedModel } from '../model';
import { lineRange, type Range } from '../text';
import { editDistance } from '../suggest';
import type { Rule } from './rule';

/** A brand, then words, give or take an indent, any spaces, dashes or underscores, and a trailing colon. */
const SHAPE = /^\s*([^\s_-]+)[\s_-]+(\S(?:.*\S)?)\s*:?\s*$/;

/** The brand, when the line is `<brand> post meta` with a typo or two (`pst meta`, `post meat`, `postmeta`, other case). */
function nearMarker(text: string): string | undefined {
  const m = SHAPE.exec(text);
  if (!m) return undefined;
  const rest = (m[2] as string).replace(/:$/, '').replace(/[\s_-]+/g, ' ').toLowerCase();
  return rest === 'postmeta' || (rest.length >= 7 && editDistance(rest, 'post meta', 2) <= 2) ? m[1] : undefined;
}
/** longer lines are prose that mentions a post meta, not a marker */
const LONGEST = 80;

export interface NearMissMarker { readonly line: number; readonly brand: string; readonly text: string; readonly range: Range }

/** The last line of the body that is nearly a marker (the meta block sits at the end), if the article has no meta block. */
export function nearMissMarker(model: SeedModel): NearMissMarker | undefined {
  if (model.meta || model.binary) return undefined;
  const lines = model.lines;
  let found: NearMissMarker | undefined;
  const test = (line: number) => {
    if (lines.size(line) > LONGEST) return;
    const text = lines.text(line);
    const brand = nearMarker(text);
    if (brand === undefined) return;
    found = { line, brand, text: text.trim(), range: lineRange(line, lines.startColumn(line), lines.endColumn(line)) };
  };
  const blocks = (bs: readonly Block[]) => { for (const b of bs) if (b.kind === 'paragraph') test(b.line); };
  blocks(model.intro);
  for (const s of model.sections) {
    test(s.heading.line);
    blocks(s.blocks);
  }
  return found;
}

export const markerNearMissRule: Rule = {
  name: 'marker-near-miss',
  run(ctx) {
    const near = nearMissMarker(ctx.model);
    if (!near) return;
    // the site's brand when this is it in another case, else the brand as written
    const brand = ctx.site.brand && ctx.site.brand.toLowerCase() === near.brand.toLowerCase() ? ctx.site.brand : near.brand;
    const marker = `${brand} post meta`;
    const lines = ctx.model.lines;
    ctx.report('meta.marker-near-miss', near.range,
      `Found \`${near.text}\`, which is nearly the post meta marker: expected \`${marker}\` at the start of the line (the brand, one space, \`post meta\` in lowercase, nothing after it). As written it is a body line, so the meta block below it is read as body and not checked.`,
      { fixes: [{ title: `Write the marker \`${marker}\``, edits: [{ range: lineRange(near.line, lines.col(near.line), lines.col(near.line) + lines.size(near.line)), newText: marker }], preferred: true }] });
  },
};
