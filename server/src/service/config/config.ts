// seed.config.json: what a site decides (extra headings, the meta brand, severities, required fields,
// allowed enum values, excludes). Validated with zod; problems point at the exact key or value.
import { z } from 'zod';
import type { Diagnostic } from 'vscode-languageserver-types';
import { readBeforeHeading } from '../parser/classify';
import { CODES } from '../rules/codes';
import { FIELD_NAMES } from '../schema/catalog';
import { lineStarts } from '../apply-edits';
import { nearest } from '../suggest';
import { readJson, spanOf } from './json-locate';

export const CONFIG_FILE = 'seed.config.json';

const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

export const ENUM_LABELS = ['difficulty', 'revision status', 'entities type'] as const;

export const seedConfigSchema = z.object({
  $schema: z.string().optional(),
  headings: z.object({
    extraVocabulary: z.array(z.string().trim().min(1)).optional().describe('Lines that count as section headings, besides the built-in vocabulary.'),
    detectShape: z.boolean().optional().describe('Treat short heading-shaped lines as headings (default true).'),
  }).strict().optional(),
  meta: z.object({
    brand: z.string().regex(/^\S+$/).optional().describe('The word before `post meta` in the marker line, e.g. `alphanode`.'),
    requiredFields: z.array(z.enum(FIELD_NAMES as [string, ...string[]])).optional().describe('Fields every post meta block must have (default: all but `image sources`).'),
    allowedValues: z.partialRecord(z.enum(ENUM_LABELS), z.array(z.string().min(1)).min(1)).optional()
      .describe('Allowed values per enum, by label: `difficulty`, `revision status`, `entities type`.'),
  }).strict().optional(),
  diagnostics: z.object({
    severity: z.partialRecord(z.enum(Object.keys(CODES) as [string, ...string[]]), severity).optional().describe('Severity per diagnostic code, or `off`.'),
  }).strict().optional(),
  exclude: z.array(z.string().min(1)).optional().describe('Globs of files and folders the workspace index and seed-check skip.'),
}).strict().describe('Seed project configuration');

export type SeedConfig = z.infer<typeof seedConfigSchema>;

/** Parses and validates; problems come as LSP diagnostics on the config file itself. */
export function parseConfig(text: string): { config: SeedConfig; problems: Diagnostic[] } {
  const starts = lineStarts(text);
  const pos = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if ((starts[mid] as number) <= offset) lo = mid; else hi = mid - 1; }
    return { line: lo, character: offset - (starts[lo] as number) };
  };
  const diag = (start: number, end: number, message: string, severity: 1 | 2 = 1): Diagnostic => ({
    range: { start: pos(start), end: pos(Math.max(end, start)) }, message, code: 'config.invalid', source: 'seed', severity,
  });
  const read = readJson(text);
  if (read.error) {
    return { config: {}, problems: [diag(read.error.at, read.error.at + 1, `${CONFIG_FILE} is not valid JSON: ${read.error.message}.`)] };
  }
  const r = seedConfigSchema.safeParse(read.value);
  if (r.success) {
    // an extra heading the parser reads as something else first can never head a section: it alone is left
    // out, with a warning (the rest of a valid file still applies)
    const headings = r.data.headings?.extraVocabulary ?? [];
    const problems: Diagnostic[] = [];
    headings.forEach((h, i) => {
      const other = readBeforeHeading(h);
      const span = other ? spanOf(read, ['headings', 'extraVocabulary', i]) : undefined;
      if (other) {
        problems.push(diag(span?.start ?? 0, span?.end ?? 0,
          `${CONFIG_FILE}: \`headings.extraVocabulary.${i}\`: expected a line that can head a section, but the parser reads "${h}" as ${other} first; it is left out.`, 2));
      }
    });
    if (!problems.length) return { config: r.data, problems };
    const extraVocabulary = headings.filter((h) => readBeforeHeading(h) === undefined);
    return { config: { ...r.data, headings: { ...r.data.headings, extraVocabulary } }, problems };
  }
  const problems = r.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const span = keys.length ? spanOf(read, [...issue.path, keys[0] as string], true) : spanOf(read, issue.path);
    const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the top level';
    const message = keys.length
      ? `${CONFIG_FILE}: unknown key${keys.length > 1 ? 's' : ''} ${keys.map((k) => `\`${k}\``).join(', ')} in ${where}${didYouMean(issue.path, keys[0] as string)}; expected ${expectedKeys(issue.path)}.`
      : `${CONFIG_FILE}: ${where}: ${issue.message}${found(read.value, issue.path)}.`;
    return diag(span?.start ?? 0, span?.end ?? 0, message);
  });
  // nothing from an invalid file is half-applied: the defaults stay in force
  return { config: {}, problems };
}

/** The keys an object at `path` may have, when they are a known list (codes, enum labels). */
function keysAt(path: readonly PropertyKey[]): readonly string[] | undefined {
  const last = path[path.length - 1];
  if (last === 'severity') return Object.keys(CODES);
  if (last === 'allowedValues') return ENUM_LABELS;
  return undefined;
}

function didYouMean(path: readonly PropertyKey[], key: string): string {
  const keys = keysAt(path);
  const guess = keys ? nearest(key, keys) : undefined;
  return guess ? ` (did you mean \`${guess}\`?)` : '';
}

function expectedKeys(path: readonly PropertyKey[]): string {
  const keys = keysAt(path);
  if (keys) return path[path.length - 1] === 'severity' ? 'a diagnostic code such as `meta.field-order`' : `one of ${keys.map((k) => `\`${k}\``).join(', ')}`;
  return 'only the keys the schema describes';
}

/** `; found "warn"`: the value the issue is about, as written. */
function found(root: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = root;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  if (v === undefined || (typeof v === 'object' && v !== null)) return '';
  const j = JSON.stringify(v);
  return `; found ${j.length > 40 ? `${j.slice(0, 39)}…` : j}`;
}

/** JSON Schema for editors (contributed to VS Code for seed.config.json). */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(seedConfigSchema, { target: 'draft-7' });
}
