// The marker's brand is the site's (when the site's config names one).
import { lineRange } from '../text';
import type { Rule } from './rule';

export const brandRule: Rule = {
  name: 'brand',
  run(ctx) {
    const meta = ctx.model.meta;
    const want = ctx.site.brand;
    if (!meta || !want || meta.brand === want) return;
    const r = lineRange(meta.markerRange.start.line, meta.markerRange.start.character, meta.markerRange.start.character + meta.brand.length);
    ctx.report('meta.brand', r, `The marker says \`${meta.brand} post meta\`, but this site's brand is \`${want}\` (seed.config.json).`, {
      fixes: [{ title: `Change to \`${want}\``, edits: [{ range: r, newText: want }], preferred: true }],
    });
  },
};
