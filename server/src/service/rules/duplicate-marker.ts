// One meta block per article.
import { replaceLines } from '../edits';
import type { Rule } from './rule';

export const duplicateMarkerRule: Rule = {
  name: 'duplicate-marker',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    for (const r of meta.extraMarkers) {
      ctx.report('meta.duplicate-marker', r, 'Found a second post meta marker inside the meta block: expected one marker per article.', {
        related: [{ range: meta.markerRange, message: 'the meta block starts here' }],
        fixes: [{ title: 'Remove the second marker line', edits: [replaceLines(ctx.model, r.start.line, r.start.line, [])] }],
      });
    }
  },
};
