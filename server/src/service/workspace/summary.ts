// A compact summary of one article for the workspace index: what cross-file rules, workspace
// symbols and corpus completions need, and nothing else (the text and model are not kept).
import type { SeedModel } from '../model';
import type { Range } from '../text';
import { fieldsByName, pairValue, recordsOf } from '../views';

export interface Located { readonly value: string; readonly range: Range }

/**
 * A value and where it stands, kept as numbers: the index holds tens of thousands of these, and range
 * objects for each would dominate its memory and garbage collection.
 */
class Loc implements Located {
  constructor(readonly value: string, private readonly line: number, private readonly start: number, private readonly end: number) {}

  get range(): Range {
    return { start: { line: this.line, character: this.start }, end: { line: this.line, character: this.end } };
  }
}

/**
 * A copy of a short string that does not keep the whole file's text alive (a slice of a string can
 * point into its parent, and the index outlives the file's text).
 */
const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
const same = (s: string): string => s;

type MakeLoc = (value: string, r: Range) => Located;

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

const summaries = new WeakMap<SeedModel, ArticleSummary>();

/** The summary of a parsed article; made once per model (the server asks for it on every edit, twice). */
export function summarize(uri: string, model: SeedModel): ArticleSummary {
  const cached = summaries.get(model);
  if (cached && cached.uri === uri) return cached;
  const s = makeSummary(uri, model);
  summaries.set(model, s);
  return s;
}

function makeSummary(uri: string, model: SeedModel): ArticleSummary {
  // An open document (its lines kept as rows by the server) is summarised again on every edit and
  // read again from disk when it closes: its strings may point into its text. A file read from disk
  // gets copies, which is what keeps the index of 10,000 articles small.
  const own = model.lines.rows === undefined ? detach : same;
  const loc: MakeLoc = (value, r) => new Loc(own(value), r.start.line, r.start.character, r.start.line === r.end.line ? r.end.character : r.start.character + value.length);
  const located = (value: string | undefined, range: Range | undefined): Located | undefined =>
    value && range ? loc(value, range) : undefined;
  const fields = fieldsByName(model);
  const payload = fields.get('payload');
  const seedPair = pairValue(payload, 'seed');
  const sourcePair = pairValue(payload, 'source id');
  const scenario = pairValue(payload, 'scenario');
  const generator = pairValue(payload, 'generator');
  const f = (name: string) => fields.get(name);
  const items = (name: string) => (f(name)?.items ?? []).filter((i) => i.text).map((i) => loc(i.text, i.textRange));
  const entities = f('entities');
  return {
    uri,
    title: located(model.title?.text, model.title?.range),
    topic: f('topic')?.value ? own(f('topic')!.value) : undefined,
    reference: located(f('reference')?.value, f('reference')?.valueRange),
    hash: located(f('hash')?.value, f('hash')?.valueRange),
    seed: located(seedPair?.value, seedPair?.valueRange),
    sourceId: located(sourcePair?.value, sourcePair?.valueRange),
    values: {
      stack: items('stack'),
      tools: items('tools'),
      'code language': f('code language')?.value ? [loc(f('code language')!.value, f('code language')!.valueRange)] : [],
      scenario: scenario?.value ? [loc(scenario.value, scenario.valueRange)] : [],
      generator: generator?.value ? [loc(generator.value, generator.valueRange)] : [],
      entity: entities ? recordsOf(entities).flatMap((r) => r.pairs.filter((p) => p.key === 'name' && p.value).map((p) => loc(p.value, p.valueRange))) : [],
    },
    headings: model.sections.map((s) => new Loc(own(s.heading.text), s.heading.line, s.heading.startColumn, s.heading.startColumn + s.heading.text.length)),
  };
}
