// Rule 5: the number in `reference`, `payload source id` and `payload seed` is the same.
// `reference` decides when it carries a number; when it is malformed (the schema reports it), the
// two payload numbers are still held to each other.
import type { Range } from '../../text';
import { pairValue } from '../../views';
import type { Rule } from '../rule';
import { metaFacts } from './outline';

export const numbersRule: Rule = {
  name: 'numbers',
  run(ctx) {
    const { fields } = metaFacts(ctx.model);
    const reference = fields.get('reference');
    const ref = /^anp-ref-(\d{6})-\d{4}$/.exec(reference?.value ?? '')?.[1];
    const payload = fields.get('payload');
    const sourceId = pairValue(payload, 'source id');
    const seed = pairValue(payload, 'seed');
    const sid = /^alphanode-(\d{6})$/.exec(sourceId?.value ?? '')?.[1];
    // the number every other place is held to, where it is written, and what that place is called
    let anchor: { digits: string; range: Range; by: string } | undefined;
    if (reference && ref !== undefined) anchor = { digits: ref, range: reference.valueRange, by: 'reference' };
    else if (sourceId && sid !== undefined) anchor = { digits: sid, range: sourceId.valueRange, by: 'payload source id' };
    if (!anchor) return;
    const { digits, by } = anchor;
    const n = Number(digits);
    const related = [{ range: anchor.range, message: `${by} carries ${digits}` }];
    if (sourceId && sid !== undefined && Number(sid) !== n) {
      const want = `alphanode-${digits}`;
      ctx.report('meta.number-mismatch', sourceId.valueRange,
        `\`payload source id\` carries ${sid}, but \`${by}\` carries ${digits}: expected \`${want}\`.`, {
          related, fixes: [{ title: `Set \`source id\` to \`${want}\``, edits: [{ range: sourceId.valueRange, newText: want }] }],
        });
    }
    if (seed && /^\d+$/.test(seed.value) && Number(seed.value) !== n) {
      ctx.report('meta.number-mismatch', seed.valueRange,
        `\`payload seed\` is ${seed.value}, but \`${by}\` carries ${digits}: expected ${n}.`, {
          related, fixes: [{ title: `Set \`seed\` to ${n}`, edits: [{ range: seed.valueRange, newText: String(n) }] }],
        });
    }
  },
};
