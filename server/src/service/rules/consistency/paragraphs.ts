// Rule 7: `payload paragraphs` equals the body's paragraph count (paragraphs inside sections).
import { bodyFacts, pairValue } from '../../views';
import type { Rule } from '../rule';
import { metaFacts } from './outline';

export const paragraphsRule: Rule = {
  name: 'paragraphs',
  run(ctx) {
    const p = pairValue(metaFacts(ctx.model).fields.get('payload'), 'paragraphs');
    if (!p || !/^\d+$/.test(p.value)) return;
    const count = bodyFacts(ctx.model).paragraphs;
    if (Number(p.value) === count) return;
    const first = ctx.model.sections[0];
    ctx.report('meta.paragraphs-mismatch', p.valueRange,
      `\`payload paragraphs\` is ${p.value}, but the body's sections hold ${count} paragraph${count === 1 ? '' : 's'} (the intro is not counted).`, {
        related: first ? [{ range: first.heading.range, message: `the sections start here: ${count} paragraphs` }] : [],
        fixes: [{ title: `Set \`paragraphs\` to ${count}`, edits: [{ range: p.valueRange, newText: String(count) }], preferred: true }],
      });
  },
};
