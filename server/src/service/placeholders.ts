// The new-article template's placeholder sentences: written by the scaffold, found again by the placeholder
// rule, so an article published with a sentence nobody wrote over is caught (by seed-check in CI too).
import type { LineTable } from './text';

export const PLACEHOLDERS = {
  intro: (problem: string, stack: string, scenario: string) =>
    `write the intro here: who runs into ${problem} in ${stack} ${scenario}, and what they have when they finish.`,
  why: (problem: string, scenario: string) => `explain what goes wrong with ${problem} ${scenario}, who notices it first and what it costs.`,
  checks: () => 'list what to measure before and after the change, and where the numbers come from.',
  approach: (problem: string, stack: string) => `describe the smallest safe change that fixes ${problem} in ${stack}.`,
  /** the template's code block: only a comment, in the code language's comment style */
  code: (language: string) => comment(language, 'the smallest example that shows the change'),
  final: () => 'keep the final commands, metrics and assumptions here so the next maintainer can repeat the change.',
} as const;

/** A line comment in the code language. */
function comment(language: string, text: string): string {
  if (/^(python|ruby|shell|bash|sh|zsh|yaml|yml|perl|r|toml|powershell|dockerfile|makefile|elixir|nim)$/.test(language)) return `# ${text}`;
  if (/^(sql|lua|haskell|ada)$/.test(language)) return `-- ${text}`;
  if (/^(html|xml|svg)$/.test(language)) return `<!-- ${text} -->`;
  if (language === 'css') return `/* ${text} */`;
  return `// ${text}`;
}

/** The code placeholder in every comment style the template writes (one language of each style). */
export const CODE_PLACEHOLDERS: ReadonlySet<string> = new Set(['python', 'sql', 'html', 'css', 'text'].map(PLACEHOLDERS.code));

export interface PlaceholderPattern {
  /** the words before the first answer the template fills in: a cheap test before the pattern */
  readonly prefix: string;
  readonly pattern: RegExp;
}

const SLOT = '\u0000';

/** Each prose placeholder as a prefix and a whole-line pattern, the answers as `.+` (any problem, stack, scenario). */
export const PROSE_PLACEHOLDERS: readonly PlaceholderPattern[] = [PLACEHOLDERS.intro, PLACEHOLDERS.why, PLACEHOLDERS.checks, PLACEHOLDERS.approach, PLACEHOLDERS.final]
  .map((template) => {
    const parts = (template as (...a: string[]) => string)(SLOT, SLOT, SLOT).split(SLOT);
    const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return { prefix: parts[0] as string, pattern: new RegExp(`^${escaped.join('.+')}$`) };
  });

/** The prose placeholders' prefixes by their first character, an ASCII letter (an array: a Map lookup per paragraph shows on a big article). */
const BY_FIRST: (string[] | undefined)[] = [];
for (const p of PROSE_PLACEHOLDERS) (BY_FIRST[p.prefix.charCodeAt(0)] ??= []).push(p.prefix);

/** Whether line `line` has a placeholder's prefix at column `at` (its character `first` already read), without slicing it. */
export function beginsAsPlaceholder(lines: LineTable, line: number, at: number, first: number): boolean {
  const prefixes = first < 128 ? BY_FIRST[first] : undefined;
  if (prefixes === undefined) return false;
  // read in place: a flat text at the line's offset, a row as itself
  const flat = lines.source;
  const text = flat ?? lines.text(line);
  const from = flat === undefined ? at : lines.start(line) + at;
  // most paragraphs that share a first letter differ at the second (`database` vs `describe`)
  const second = text.charCodeAt(from + 1);
  for (let i = 0; i < prefixes.length; i++) {
    const prefix = prefixes[i] as string;
    if (prefix.charCodeAt(1) === second && text.startsWith(prefix, from)) return true;
  }
  return false;
}
