// Indented meta lines must be items.
import type { Rule } from './rule';

export const strayLineRule: Rule = {
  name: 'stray-line',
  run(ctx) {
    for (const s of ctx.model.meta?.strayLines ?? []) {
      const bullet = ctx.model.meta?.fields.some((f) => f.items.length) ? '•' : '-';
      const r = { start: s.range.start, end: s.range.start };
      ctx.report('meta.stray-line', s.range,
        `Found an indented line that is not an item: expected \`${bullet} \` before \`${s.text.slice(0, 30)}\`, or the line at column 0 if it is a field.`,
        { fixes: [{ title: `Make it an item (\`${bullet} ${s.text.slice(0, 20)}…\`)`, edits: [{ range: r, newText: `${bullet} ` }] }] });
    }
  },
};
