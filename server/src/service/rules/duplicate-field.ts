// Consistency rule 10, first half: no field appears twice. The first occurrence is the one that counts.
import { replaceLines } from '../edits';
import type { MetaField } from '../model';
import type { Rule } from './rule';

export const duplicateFieldRule: Rule = {
  name: 'duplicate-field',
  run(ctx) {
    const fields = ctx.model.meta?.fields ?? [];
    const seen = new Map<string, MetaField>();
    for (const f of fields) {
      const first = seen.get(f.name);
      if (!first) { seen.set(f.name, f); continue; }
      // both offered, neither preferred: the later one may be the value the writer meant
      const others = fields.filter((o) => o.name === f.name && o !== f);
      ctx.report('meta.duplicate-field', f.nameRange,
        `\`${f.name}\` appears a second time (first on line ${first.line + 1}): expected each field once; only the first one counts.`, {
          related: [{ range: first.nameRange, message: `first \`${f.name}\`` }],
          fixes: [
            { title: `Remove this duplicate \`${f.name}\``, edits: [replaceLines(ctx.model, f.line, f.range.end.line, [])] },
            {
              title: `Keep this \`${f.name}\`, remove the ${others.length === 1 ? 'one on line' : 'ones on lines'} ${others.map((o) => o.line + 1).join(', ')}`,
              edits: others.map((o) => replaceLines(ctx.model, o.line, o.range.end.line, [])),
            },
          ],
        });
    }
  },
};
