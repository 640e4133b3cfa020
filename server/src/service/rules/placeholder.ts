// A sentence of the new-article template that nobody wrote over, or its code block with only the template's
// comment in it: an unfinished article, caught before it is published. The body facts find the candidates
// in their one pass over the paragraphs; this rule reads only those.
import { CODE_PLACEHOLDERS, PROSE_PLACEHOLDERS } from '../placeholders';
import { lineRange } from '../text';
import { bodyFacts } from '../views';
import type { Rule, RuleContext } from './rule';

export const placeholderRule: Rule = {
  name: 'placeholder',
  run(ctx) {
    const facts = bodyFacts(ctx.model);
    const lines = ctx.model.lines;
    for (const p of facts.placeholderLike) {
      const text = lines.text(p.line).trim();
      if (PROSE_PLACEHOLDERS.some((t) => t.pattern.test(text))) report(ctx, p.line, 'sentence');
    }
    for (const c of facts.oneLineFences) {
      if (CODE_PLACEHOLDERS.has(lines.text(c.contentStart).trim())) report(ctx, c.contentStart, 'code block (only its comment)');
    }
  },
};

function report(ctx: RuleContext, line: number, what: string): void {
  const lines = ctx.model.lines;
  ctx.report('body.placeholder', lineRange(line, lines.startColumn(line), lines.endColumn(line)),
    `This is the new-article template's placeholder ${what}, not yet written over: expected the article's own words here.`);
}
