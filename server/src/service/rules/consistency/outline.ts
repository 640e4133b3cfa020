// The values the consistency rules compare, found once per model.
import type { MetaField, Pair, SeedModel } from '../../model';
import type { Range } from '../../text';
import { fieldsByName, pairValue, recordsOf } from '../../views';

export interface MetaFacts {
  readonly fields: Map<string, MetaField>;
  readonly problem: Pair | undefined;
  readonly stack: Pair | undefined;
  readonly context: Pair | undefined;
}

export function metaFacts(model: SeedModel): MetaFacts {
  const fields = fieldsByName(model);
  const outline = fields.get('ai outline');
  return {
    fields,
    problem: nonEmpty(pairValue(outline, 'problem')),
    stack: nonEmpty(pairValue(outline, 'stack')),
    context: nonEmpty(pairValue(outline, 'context')),
  };
}

function nonEmpty(p: Pair | undefined): Pair | undefined {
  return p && p.wellFormed && p.value.trim() !== '' ? p : undefined;
}

/** `<problem> / <stack>` split at the first ` / `. */
export function splitTopic(topic: string): { problem: string; stack: string } | undefined {
  const at = topic.indexOf(' / ');
  if (at < 0) return undefined;
  return { problem: topic.slice(0, at).trim(), stack: topic.slice(at + 3).trim() };
}

/**
 * When the outline is the odd one out: the value that the other places agree on, where two or more of
 * them do and the outline's `stack` or `problem` differs (`stack: python servics` while `topic`, the first
 * `stack` item and the entity all say `python services`). Then the outline is what to mend, not the rest.
 */
export function outvotedOutline(model: SeedModel, part: 'stack' | 'problem'): Outvoted | undefined {
  // asked by four rules for each part: counted once per model
  let known = outvotedCache.get(model);
  if (!known) outvotedCache.set(model, (known = new Map()));
  if (!known.has(part)) known.set(part, countVotes(model, part));
  return known.get(part);
}

/** The value the other places agree on, the outline's pair, and those places (for the diagnostics' related information). */
export interface Outvoted { readonly value: string; readonly pair: Pair; readonly voters: readonly { range: Range; message: string }[] }

const outvotedCache = new WeakMap<SeedModel, Map<string, Outvoted | undefined>>();

function countVotes(model: SeedModel, part: 'stack' | 'problem'): Outvoted | undefined {
  const facts = metaFacts(model);
  const own = facts[part];
  if (!own) return undefined;
  const votes: { value: string; range: Range; message: string }[] = [];
  const topicField = facts.fields.get('topic');
  const topic = splitTopic(topicField?.value ?? '');
  if (topic && topicField) votes.push({ value: topic[part], range: topicField.valueRange, message: '`topic`' });
  const first = part === 'stack' ? facts.fields.get('stack')?.items[0] : undefined;
  if (first?.text) votes.push({ value: first.text, range: first.textRange, message: 'the first `stack` item' });
  const entities = facts.fields.get('entities');
  for (const r of entities ? recordsOf(entities) : []) {
    const name = r.pairs.find((p) => p.key === 'name');
    if (name?.value && r.pairs.some((p) => p.key === 'type' && p.value.toLowerCase() === part)) {
      votes.push({ value: name.value, range: name.valueRange, message: `the \`${part}\` entity` });
    }
  }
  const counts = new Map<string, number>();
  for (const v of votes) if (v.value && v.value !== own.value) counts.set(v.value, (counts.get(v.value) ?? 0) + 1);
  // the outline's own vote counts too: two against two is a tie, and a tie is no answer
  const agreed = 1 + votes.filter((v) => v.value === own.value).length;
  for (const [value, n] of counts) {
    if (n >= 2 && n > agreed) return { value, pair: own, voters: votes.filter((v) => v.value === value).map(({ range, message }) => ({ range, message })) };
  }
  return undefined;
}
