// Items with no field line above them belong to nothing. Under an unknown field line they wait for
// that line to name a field: its diagnostic counts them, and they are not reported one by one.
import { headerAbove } from '../views';
import type { Rule } from './rule';

export const itemOutsideFieldRule: Rule = {
  name: 'item-outside-field',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    for (const it of meta.orphanItems) {
      const header = headerAbove(meta, it.line);
      const shown = it.text.slice(0, 40);
      // under a line that names no field: that line's diagnostic speaks for its items (one mistake, one diagnostic)
      if (header?.kind === 'unknown') continue;
      ctx.report('meta.item-outside-field', it.range,
        `Found the item \`${shown}\` with no field line above it: expected a field line (such as \`stack\`) above it.`);
    }
  },
};
