// The values the consistency rules compare, found once per model.
import type { MetaField, Pair, SeedModel } from '../../model';
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
export function outvotedOutline(model: SeedModel, part: 'stack' | 'problem'): { value: string; pair: Pair } | undefined {
  // asked by four rules for each part: counted once per model
  let known = outvotedCache.get(model);
  if (!known) outvotedCache.set(model, (known = new Map()));
  if (!known.has(part)) known.set(part, countVotes(model, part));
  return known.get(part);
}

const outvotedCache = new WeakMap<SeedModel, Map<string, { value: string; pair: Pair } | undefined>>();

function countVotes(model: SeedModel, part: 'stack' | 'problem'): { value: string; pair: Pair } | undefined {
  const facts = metaFacts(model);
  const own = facts[part];
  if (!own) return undefined;
  const votes: string[] = [];
  const topic = splitTopic(facts.fields.get('topic')?.value ?? '');
  if (topic) votes.push(topic[part]);
  if (part === 'stack') {
    const first = facts.fields.get('stack')?.items[0]?.text;
    if (first) votes.push(first);
  }
  const entities = facts.fields.get('entities');
  if (entities) {
    for (const r of recordsOf(entities)) {
      const name = r.pairs.find((p) => p.key === 'name')?.value;
      if (name && r.pairs.some((p) => p.key === 'type' && p.value.toLowerCase() === part)) votes.push(name);
    }
  }
  const counts = new Map<string, number>();
  for (const v of votes) if (v && v !== own.value) counts.set(v, (counts.get(v) ?? 0) + 1);
  // the outline's own vote counts too: two against two is a tie, and a tie is no answer
  const agreed = 1 + votes.filter((v) => v === own.value).length;
  for (const [value, n] of counts) if (n >= 2 && n > agreed) return { value, pair: own };
  return undefined;
}
