// Consistency rule 10, first half: no field appears twice. The first occurrence is the one that counts.
import { replaceLines } from '../edits';
import type { MetaField } from '../model';
import type { Rule } from './rule';

export const duplicateFieldRule: Rule = {
  name: 'duplicate-field',
  run(ctx) {
    const fields = ctx.model.meta?.fields ?? [];
    const copies = new Map<string, number>();
    for (const f of fields) copies.set(f.name, (copies.get(f.name) ?? 0) + 1);
    const seen = new Map<string, MetaField>();
    for (const f of fields) {
      const first = seen.get(f.name);
      if (!first) { seen.set(f.name, f); continue; }
      const remove = { title: `Remove this duplicate \`${f.name}\``, edits: [replaceLines(ctx.model, f.line, f.range.end.line, [])] };
      // with two copies, the other way round too (neither preferred: the later one may be the value the
      // writer meant); with more, which to keep is no longer one choice, and each fix would list them all
      const keep = copies.get(f.name) === 2
        ? { title: `Keep this \`${f.name}\`, remove the one on line ${first.line + 1}`, edits: [replaceLines(ctx.model, first.line, first.range.end.line, [])] }
        : undefined;
      ctx.report('meta.duplicate-field', f.nameRange,
        `\`${f.name}\` appears a second time (first on line ${first.line + 1}): expected each field once; only the first one counts.`, {
          related: [{ range: first.nameRange, message: `first \`${f.name}\`` }],
          fixes: keep ? [remove, keep] : [remove],
        });
    }
  },
};
