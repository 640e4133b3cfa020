// The outline as the odd one out (`ai outline stack: python servics` while `topic`, the first `stack`
// item and the entity all say `python services`): one mistake, so one diagnostic, on the outline's
// value, naming the places that agree. The rules that compare those places with the outline compare
// them with what the others agree on instead (topic.ts, stack.ts and entities.ts ask `outvotedOutline`).
import { invisibleNote, type Rule } from '../rule';
import { outvotedOutline } from './outline';

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
      const places = outvoted.voters;
      // rule 3 compares the outline's stack with the first item; the problem is compared by the topic (rule 1)
      ctx.report(part === 'stack' ? 'meta.stack-mismatch' : 'meta.topic-mismatch', outvoted.pair.valueRange,
        `\`ai outline ${part}\` is \`${outvoted.pair.value}\`, but ${listed(places.map((p) => p.message))} ${places.length > 2 ? 'all ' : ''}say \`${outvoted.value}\`: expected the outline to say it too${invisibleNote(outvoted.pair.value, outvoted.value)}.`,
        { related: places, fixes: [{ title: `Set \`ai outline ${part}\` to \`${outvoted.value}\` (as the other places say)`, edits: [{ range: outvoted.pair.valueRange, newText: outvoted.value }], preferred: true }] });
    }
  },
};
