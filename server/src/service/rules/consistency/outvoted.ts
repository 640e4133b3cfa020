// The outline as the odd one out (`ai outline stack: python servics` while `topic`, the first `stack`
// item and the entity all say `python services`): one mistake, so one diagnostic, on the outline's
// value, naming the places that agree. The rules that compare those places with the outline compare
// them with what the others agree on instead (topic.ts, stack.ts and entities.ts ask `outvotedOutline`).
import type { SeedModel } from '../../model';
import type { Range } from '../../text';
import { recordsOf } from '../../views';
import { invisibleNote, type Rule } from '../rule';
import { metaFacts, outvotedOutline, splitTopic } from './outline';

/** The places that say `value` for the outline's `part`: the topic, the first `stack` item, the entity. */
function agreeing(model: SeedModel, part: 'stack' | 'problem', value: string): { range: Range; message: string }[] {
  const { fields } = metaFacts(model);
  const out: { range: Range; message: string }[] = [];
  const topic = fields.get('topic');
  if (topic && splitTopic(topic.value)?.[part] === value) out.push({ range: topic.valueRange, message: '`topic`' });
  const first = fields.get('stack')?.items[0];
  if (part === 'stack' && first?.text === value) out.push({ range: first.textRange, message: 'the first `stack` item' });
  const entities = fields.get('entities');
  for (const r of entities ? recordsOf(entities) : []) {
    const name = r.pairs.find((p) => p.key === 'name');
    if (name?.value === value && r.pairs.some((p) => p.key === 'type' && p.value.toLowerCase() === part)) {
      out.push({ range: name.valueRange, message: `the \`${part}\` entity` });
    }
  }
  return out;
}

/** `a`, `a and b`, `a, b and c` */
function listed(xs: readonly string[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1] as string}`;
}

export const outvotedRule: Rule = {
  name: 'outvoted-outline',
  run(ctx) {
    for (const part of ['problem', 'stack'] as const) {
      const outvoted = outvotedOutline(ctx.model, part);
      if (!outvoted) continue;
      const places = agreeing(ctx.model, part, outvoted.value);
      // rule 3 compares the outline's stack with the first item; the problem is compared by the topic (rule 1)
      ctx.report(part === 'stack' ? 'meta.stack-mismatch' : 'meta.topic-mismatch', outvoted.pair.valueRange,
        `\`ai outline ${part}\` is \`${outvoted.pair.value}\`, but ${listed(places.map((p) => p.message))} ${places.length > 2 ? 'all ' : ''}say \`${outvoted.value}\`: expected the outline to say it too${invisibleNote(outvoted.pair.value, outvoted.value)}.`,
        { related: places, fixes: [{ title: `Set \`ai outline ${part}\` to \`${outvoted.value}\` (as the other places say)`, edits: [{ range: outvoted.pair.valueRange, newText: outvoted.value }], preferred: true }] });
    }
  },
};
