// Items with no field line above them belong to nothing. Under an unknown field line they wait for
// that line to name a field: the message says so and points at it.
import { FIELD_NAMES } from '../schema/catalog';
import { nearestPrefix } from '../suggest';
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
      if (header?.kind === 'unknown') {
        const unknown = header.line;
        // a misspelled field name: its diagnostic says so, and renaming it gives these items their field
        if (nearestPrefix(unknown.text, FIELD_NAMES)) continue;
        ctx.report('meta.item-outside-field', it.range,
          `Found the item \`${shown}\` under \`${unknown.text.slice(0, 30)}\`, which names no field: expected a field name on that line.`,
          { related: [{ range: unknown.range, message: 'the line that names no field' }] });
        continue;
      }
      ctx.report('meta.item-outside-field', it.range,
        `Found the item \`${shown}\` with no field line above it: expected a field line (such as \`stack\`) above it.`);
    }
  },
};
