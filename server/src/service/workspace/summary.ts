// A compact summary of one article for the workspace index: what cross-file rules, workspace
// symbols and corpus completions need, and nothing else (the text and model are not kept).
import type { SeedModel } from '../model';
import type { Range } from '../text';
import { fieldsByName, pairValue, recordsOf } from '../views';

export interface Located { readonly value: string; readonly range: Range }

export interface ArticleSummary {
  readonly uri: string;
  readonly title: Located | undefined;
  readonly topic: string | undefined;
  readonly reference: Located | undefined;
  readonly hash: Located | undefined;
  readonly seed: Located | undefined;
  readonly sourceId: Located | undefined;
  /** values by corpus field: `stack`, `tools`, `code language`, `scenario`, `generator`, `entity` */
  readonly values: Readonly<Record<CorpusField, readonly Located[]>>;
  readonly headings: readonly Located[];
}

export const CORPUS_FIELDS = ['stack', 'tools', 'code language', 'scenario', 'generator', 'entity'] as const;
export type CorpusField = (typeof CORPUS_FIELDS)[number];

const located = (value: string | undefined, range: Range | undefined): Located | undefined =>
  value && range ? { value, range } : undefined;

export function summarize(uri: string, model: SeedModel): ArticleSummary {
  const fields = fieldsByName(model);
  const payload = fields.get('payload');
  const seedPair = pairValue(payload, 'seed');
  const sourcePair = pairValue(payload, 'source id');
  const scenario = pairValue(payload, 'scenario');
  const generator = pairValue(payload, 'generator');
  const f = (name: string) => fields.get(name);
  const items = (name: string) => (f(name)?.items ?? []).filter((i) => i.text).map((i) => ({ value: i.text, range: i.textRange }));
  const entities = f('entities');
  return {
    uri,
    title: located(model.title?.text, model.title?.range),
    topic: f('topic')?.value || undefined,
    reference: located(f('reference')?.value, f('reference')?.valueRange),
    hash: located(f('hash')?.value, f('hash')?.valueRange),
    seed: located(seedPair?.value, seedPair?.valueRange),
    sourceId: located(sourcePair?.value, sourcePair?.valueRange),
    values: {
      stack: items('stack'),
      tools: items('tools'),
      'code language': f('code language')?.value ? [{ value: f('code language')!.value, range: f('code language')!.valueRange }] : [],
      scenario: scenario?.value ? [{ value: scenario.value, range: scenario.valueRange }] : [],
      generator: generator?.value ? [{ value: generator.value, range: generator.valueRange }] : [],
      entity: entities ? recordsOf(entities).flatMap((r) => r.pairs.filter((p) => p.key === 'name' && p.value).map((p) => ({ value: p.value, range: p.valueRange }))) : [],
    },
    headings: model.sections.map((s) => ({ value: s.heading.text, range: s.heading.range })),
  };
}
