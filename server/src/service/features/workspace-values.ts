// The values the workspace's articles already use (stacks, tools, code languages, scenarios,
// difficulties), most frequent first, so "Seed: New Article" can offer them before anything else.
// The host reads the files; this only parses texts.
import { scenarioFromIntro, titleParts } from '../derive';
import type { SeedModel } from '../model';
import { fieldInfo } from '../schema/catalog';
import { bodyFacts, fieldsByName, pairValue } from '../views';

export interface WorkspaceValues {
  readonly stacks: string[];
  readonly tools: string[];
  readonly codeLanguages: string[];
  readonly scenarios: string[];
  /** every allowed difficulty, the ones the articles use most first */
  readonly difficulties: string[];
  /** how many of the texts were read as articles (had a title) */
  readonly articles: number;
}

class Tally {
  private readonly counts = new Map<string, { n: number; first: number }>();
  add(value: string | undefined): void {
    const v = (value ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (v === '' || v.length > 120) return;
    const c = this.counts.get(v);
    if (c) c.n++;
    else this.counts.set(v, { n: 1, first: this.counts.size });
  }
  ranked(limit = 50): string[] {
    return [...this.counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).slice(0, limit).map(([v]) => v);
  }
}

export function workspaceValues(models: readonly SeedModel[], allowedDifficulties?: readonly string[]): WorkspaceValues {
  const stacks = new Tally();
  const tools = new Tally();
  const languages = new Tally();
  const scenarios = new Tally();
  const difficulties = new Tally();
  let articles = 0;
  for (const model of models) {
    if (!model.title || model.binary) continue;
    articles++;
    const fields = fieldsByName(model);
    const intro = model.intro.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ');
    const parts = titleParts(model.title.text, intro);
    const outline = fields.get('ai outline');
    const stack = fields.get('stack')?.items[0]?.text ?? pairValue(outline, 'stack')?.value ?? parts?.stack;
    stacks.add(stack);
    for (const t of fields.get('tools')?.items ?? []) tools.add(t.text);
    const language = fields.get('code language')?.value;
    if (language) languages.add(language);
    else for (const l of bodyFacts(model).codeLanguages) languages.add(l);
    const scenario = pairValue(fields.get('payload'), 'scenario')?.value ?? pairValue(outline, 'context')?.value
      ?? (parts ? scenarioFromIntro(intro, parts.problem, parts.stack) : undefined);
    scenarios.add(scenario);
    difficulties.add(fields.get('difficulty')?.value);
  }
  const allowed = allowedDifficulties?.length ? allowedDifficulties : fieldInfo('difficulty')?.values ?? [];
  const used = difficulties.ranked().filter((d) => allowed.includes(d));
  return {
    stacks: stacks.ranked(), tools: tools.ranked(), codeLanguages: languages.ranked(), scenarios: scenarios.ranked(),
    difficulties: [...used, ...allowed.filter((d) => !used.includes(d))],
    articles,
  };
}
