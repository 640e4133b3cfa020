// Items with no field line above them belong to nothing. Under an unknown field line they wait for
// that line to name a field: the message says so and points at it.
import type { Rule } from './rule';

export const itemOutsideFieldRule: Rule = {
  name: 'item-outside-field',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    for (const it of meta.orphanItems) {
      // the nearest unknown field line above, unless a field or a marker stands between
      let unknown = meta.unknown.filter((u) => u.line < it.line).pop();
      const cut = (line: number) => unknown !== undefined && line > unknown.line && line < it.line;
      if (meta.fields.some((f) => cut(f.line)) || meta.extraMarkers.some((m) => cut(m.start.line))) unknown = undefined;
      const shown = it.text.slice(0, 40);
      if (unknown) {
        const name = unknown.text.slice(0, 30);
        ctx.report('meta.item-outside-field', it.range,
          `Found the item \`${shown}\` under \`${name}\`, which names no field: expected a field name on that line.`,
          { related: [{ range: unknown.range, message: 'the line that names no field' }] });
        continue;
      }
      ctx.report('meta.item-outside-field', it.range,
        `Found the item \`${shown}\` with no field line above it: expected a field line (such as \`stack\`) above it.`);
    }
  },
};
