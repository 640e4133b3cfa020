// Problems the parser met: empty file, missing title, unclosed fence, binary data.
import type { Rule } from './rule';

export const syntaxRule: Rule = {
  name: 'syntax',
  run(ctx) {
    for (const p of ctx.model.problems) ctx.report(p.code, p.range, p.message);
  },
};
