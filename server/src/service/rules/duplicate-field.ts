// Consistency rule 10, first half: no field appears twice. The first occurrence is the one that counts.
import { replaceLines } from '../edits';
import type { MetaField } from '../model';
import type { Rule } from './rule';

export const duplicateFieldRule: Rule = {
  name: 'duplicate-field',
  run(ctx) {
    const seen = new Map<string, MetaField>();
    for (const f of ctx.model.meta?.fields ?? []) {
      const first = seen.get(f.name);
      if (!first) { seen.set(f.name, f); continue; }
      ctx.report('meta.duplicate-field', f.nameRange,
        `\`${f.name}\` appears a second time (first on line ${first.line + 1}): expected each field once; only the first one counts.`, {
          related: [{ range: first.nameRange, message: `first \`${f.name}\`` }],
          fixes: [{ title: `Remove this duplicate \`${f.name}\``, edits: [replaceLines(ctx.model, f.line, f.range.end.line, [])] }],
        });
    }
  },
};
