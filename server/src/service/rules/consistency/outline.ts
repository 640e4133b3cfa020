// The values the consistency rules compare, found once per model.
import type { MetaField, Pair, SeedModel } from '../../model';
import { fieldsByName, pairValue } from '../../views';

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
