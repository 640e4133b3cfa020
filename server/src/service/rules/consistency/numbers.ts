// Rule 5: the number in `reference`, `payload source id` and `payload seed` is the same.
import { pairValue } from '../../views';
import type { Rule } from '../rule';
import { metaFacts } from './outline';

export const numbersRule: Rule = {
  name: 'numbers',
  run(ctx) {
    const { fields } = metaFacts(ctx.model);
    const reference = fields.get('reference');
    const ref = /^anp-ref-(\d{6})-\d{4}$/.exec(reference?.value ?? '')?.[1];
    if (!reference || ref === undefined) return;
    const n = Number(ref);
    const payload = fields.get('payload');
    const sourceId = pairValue(payload, 'source id');
    const seed = pairValue(payload, 'seed');
    const related = [{ range: reference.valueRange, message: `reference carries ${ref}` }];
    const sid = /^alphanode-(\d{6})$/.exec(sourceId?.value ?? '')?.[1];
    if (sourceId && sid !== undefined && Number(sid) !== n) {
      const want = `alphanode-${ref}`;
      ctx.report('meta.number-mismatch', sourceId.valueRange,
        `\`payload source id\` carries ${sid}, but \`reference\` carries ${ref}: expected \`${want}\`.`, {
          related, fixes: [{ title: `Set \`source id\` to \`${want}\``, edits: [{ range: sourceId.valueRange, newText: want }] }],
        });
    }
    if (seed && /^\d+$/.test(seed.value) && Number(seed.value) !== n) {
      ctx.report('meta.number-mismatch', seed.valueRange,
        `\`payload seed\` is ${seed.value}, but \`reference\` carries ${ref}: expected ${n}.`, {
          related, fixes: [{ title: `Set \`seed\` to ${n}`, edits: [{ range: seed.valueRange, newText: String(n) }] }],
        });
    }
  },
};
