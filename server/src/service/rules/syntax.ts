// Problems the parser met: empty file, missing title, unclosed fence, binary data.
import { closeFenceFix } from './close-fence';
import type { Rule } from './rule';

export const syntaxRule: Rule = {
  name: 'syntax',
  run(ctx) {
    for (const p of ctx.model.problems) {
      const fix = p.code === 'syntax.unclosed-fence' ? closeFenceFix(ctx.model, p.range.start.line) : undefined;
      ctx.report(p.code, p.range, p.message, fix ? { fixes: [fix] } : undefined);
    }
  },
};
