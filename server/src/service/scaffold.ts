// A new article from the writer's answers: a title in one of the house shapes, an intro, the usual
// sections, an implementation checklist, final notes and a complete post meta block that deriveMeta
// builds from the generated body, so the new file starts with no errors and no warnings.
// Pure: the host passes today's date and the randomness for the fresh seed.
import type { Range } from 'vscode-languageserver-types';
import { deriveMeta } from './derive';
import { parse, type ParseOptions } from './parser/parse';
import { PLACEHOLDERS } from './placeholders';
import { fieldInfo } from './schema/catalog';
import { slugify } from './file-name';
import { lineRange } from './text';

export { checkFileName, slugify } from './file-name';

export type ArticleStyle = 'compact' | 'spaced';

/** The house title shapes. */
export const TITLE_SHAPES = {
  checklist: (problem: string, stack: string) => `production checklist for ${problem} in ${stack}`,
  notes: (problem: string, stack: string) => `field notes on ${problem} for ${stack}`,
  howTo: (problem: string, stack: string) => `how to handle ${problem} in ${stack}`,
} as const;
export type TitleShape = keyof typeof TITLE_SHAPES;

export interface ScaffoldAnswers {
  readonly problem: string;
  readonly stack: string;
  /** the situation the article is set in (`behind a cdn`); becomes `ai outline context` and `payload scenario` */
  readonly scenario: string;
  readonly difficulty: string;
  readonly codeLanguage: string;
  readonly tools: readonly string[];
  readonly style: ArticleStyle;
  /** the title's shape; chosen with the host's randomness when absent */
  readonly shape?: TitleShape;
  readonly brand?: string;
}

export interface ScaffoldHost {
  /** YYYY-MM-DD */
  readonly today: string;
  /** uniform in [0, 1): the host's randomness (crypto in the server), never Math.random here */
  readonly random: () => number;
  readonly parseOptions?: ParseOptions;
  /** the site's difficulties when its config narrows them; the schema's otherwise */
  readonly difficulties?: readonly string[];
}

export interface ScaffoldResult {
  /** the new file's text */
  readonly text: string;
  /** `<slug>.seed.txt` */
  readonly fileName: string;
  /** the first place to write: the intro's placeholder, to be typed over */
  readonly selection: Range;
  /** answers that could not be used as given (then a fallback was written); empty when all is well */
  readonly problems: readonly string[];
}

/** One line of text: no line breaks, single spaces, lowercase as the house writes. */
function clean(s: string | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A phrase for the title and the meta: clean, starting with a letter or digit (a leading `:` would read as a separator). */
function phrase(s: string | undefined): string {
  return clean(s).replace(/^[^\p{L}\p{N}]+/u, '').trim();
}

/** What is wrong with the answers, one sentence each; empty when they can be used as given. */
export function checkAnswers(a: ScaffoldAnswers, difficulties: readonly string[] = fieldInfo('difficulty')?.values ?? []): string[] {
  const out: string[] = [];
  const problem = phrase(a.problem);
  const stack = phrase(a.stack);
  if (problem === '') out.push('The problem is empty: say what the article solves, e.g. `making logs useful during incidents`.');
  else if (/ \/( |$)/.test(problem)) out.push('The problem contains ` / `, which `topic` uses to separate the problem from the stack.');
  if (stack === '') out.push('The stack is empty: say what the article is about, e.g. `python services`.');
  const language = clean(a.codeLanguage);
  if (language !== '' && !/^[a-z][a-z0-9+#-]*$/.test(language)) out.push(`The code language \`${language}\` is not one lowercase word (python, php, javascript, …).`);
  const difficulty = clean(a.difficulty);
  const allowed = difficulties;
  if (difficulty !== '' && !allowed.includes(difficulty)) out.push(`The difficulty \`${difficulty}\` is not one of ${allowed.join(', ')}.`);
  return out;
}

export function scaffoldArticle(answers: ScaffoldAnswers, host: ScaffoldHost): ScaffoldResult {
  const allowed = host.difficulties?.length ? host.difficulties : fieldInfo('difficulty')?.values ?? ['intermediate'];
  const problems = checkAnswers(answers, allowed);
  let problem = phrase(answers.problem);
  while (/ \/( |$)/.test(problem)) problem = problem.replace(/ \/( |$)/g, ' ').trim();
  if (problem === '') problem = 'the problem';
  const stack = phrase(answers.stack) || 'the stack';
  const scenario = phrase(answers.scenario) || 'in production';
  const difficulty = allowed.includes(clean(answers.difficulty)) ? clean(answers.difficulty) : (allowed[0] ?? 'intermediate');
  const rawLanguage = clean(answers.codeLanguage).replace(/ /g, '');
  const language = /^[a-z][a-z0-9+#-]*$/.test(rawLanguage) ? rawLanguage : 'text';
  const tools = [...new Set(answers.tools.map(phrase).filter((t) => t !== ''))];
  const shapes = Object.keys(TITLE_SHAPES) as TitleShape[];
  const shape = answers.shape && answers.shape in TITLE_SHAPES
    ? answers.shape
    : shapes[Math.min(shapes.length - 1, Math.floor(unit(host.random()) * shapes.length))] as TitleShape;
  const spaced = answers.style === 'spaced';

  const intro = PLACEHOLDERS.intro(problem, stack, scenario);
  const blocks: string[][] = [
    [TITLE_SHAPES[shape](problem, stack)],
    [intro],
    ['why this matters'],
    [PLACEHOLDERS.why(problem, scenario)],
    ['production checks'],
    [PLACEHOLDERS.checks()],
    ['the practical approach'],
    [PLACEHOLDERS.approach(problem, stack)],
    ['```' + language, PLACEHOLDERS.code(language), '```'],
    ['implementation checklist'],
    [
      'measure the current behaviour',
      `reproduce ${problem} on staging`,
      'apply the smallest safe change',
      'compare before and after metrics',
      'keep a rollback command ready',
    ].map((item) => (spaced ? `  • ${item}` : `- ${item}`)),
    ['final notes'],
    [PLACEHOLDERS.final()],
  ];
  const bodyLines = spaced ? blocks.flatMap((b, i) => (i === 0 ? b : ['', ...b])) : blocks.flat();
  const body = bodyLines.join('\n');

  const model = parse(body, host.parseOptions ?? {});
  const seed = Math.min(999999, Math.floor(unit(host.random()) * 1000000));
  const brand = (answers.brand ?? '').replace(/\s+/g, '');
  const derived = deriveMeta(model, {
    today: host.today, text: body, ...(brand ? { brand } : {}),
    given: { problem, stack, context: scenario, seed, codeLanguage: language, difficulty, ...(tools.length ? { tools } : {}) },
  });
  const meta = spaced ? ['', ...derived.lines] : derived.lines.filter((l) => l !== '');
  const text = [...bodyLines, ...meta].join('\n') + '\n';
  const introLine = bodyLines.indexOf(intro);
  return {
    text,
    fileName: `${slugify(problem, stack)}.seed.txt`,
    selection: lineRange(introLine, 0, intro.length),
    problems,
  };
}

function unit(x: number): number {
  return Number.isFinite(x) ? Math.min(Math.max(x, 0), 0.9999999999) : 0;
}
