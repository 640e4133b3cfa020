// Items before the first field belong to nothing.
import type { Rule } from './rule';

export const itemOutsideFieldRule: Rule = {
  name: 'item-outside-field',
  run(ctx) {
    for (const it of ctx.model.meta?.orphanItems ?? []) {
      ctx.report('meta.item-outside-field', it.range,
        `Found the item \`${it.text.slice(0, 40)}\` before any field: expected a field line (such as \`stack\`) above it.`);
    }
  },
};
