// The post meta schema (SEED-FORMAT.md §3), written once. Validation, completion, hover, scaffolding,
// the grammar's field list and the config's JSON schema are all read from here: this is the only place
// where field names, their order, shapes, enums and value rules are written.
import { z } from 'zod';

/** How a field is written: inline text, an inline integer, items, `key: value` items, or records. */
export type Shape = 'text' | 'integer' | 'list' | 'pairs' | 'records';

/** What the schema says about a field or a key, for hover, completion and messages. */
export interface Doc {
  readonly description: string;
  /** what a valid value looks like, said to a writer ("one of beginner, intermediate, advanced") */
  readonly expected: string;
  readonly example: string;
  /** the closed set of values, for enums */
  readonly values?: readonly string[];
  /** derived from the body: the service can compute it */
  readonly derived?: boolean;
}

export interface FieldDoc extends Doc {
  readonly shape: Shape;
  /** required when a post meta block exists */
  readonly required: boolean;
}

function doc<T extends z.ZodType>(schema: T, d: Doc): T {
  return schema.meta({ ...d });
}

function field<T extends z.ZodType>(schema: T, d: FieldDoc): T {
  return schema.meta({ ...d });
}

// Value rules ------------------------------------------------------------------------------------

const nonEmpty = z.string().trim().min(1);

function integer(min: number, max?: number) {
  const n = max === undefined ? z.number().int().min(min) : z.number().int().min(min).max(max);
  return z.string().regex(/^\d{1,15}$/).transform(Number).pipe(n);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values);
}

const DIFFICULTY = oneOf(['beginner', 'intermediate', 'advanced']);
const REVISION_STATUS = oneOf(['drafted', 'reviewed', 'published', 'archived']);
const BIT = oneOf(['0', '1']);
const ENTITY_TYPE = oneOf(['stack', 'area', 'problem', 'tool']);

/**
 * Dates are checked against "today", which the host passes in (the service reads no clock); a site's
 * config may replace an enum's values, by label (`difficulty`, `revision status`, `entities type`).
 */
export interface SchemaContext {
  readonly today: string;
  readonly allowed?: Readonly<Record<string, readonly string[]>>;
}

function allowed<T extends readonly [string, ...string[]]>(ctx: SchemaContext, label: string, base: z.ZodEnum<{ [K in T[number]]: K }>): z.ZodType<string> {
  const v = ctx.allowed?.[label];
  return v && v.length ? z.enum(v as [string, ...string[]]) : base;
}

function realDate(ctx: SchemaContext) {
  return z.string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isRealDate, { message: 'is not a real calendar date' })
    .refine((s) => s <= ctx.today, { message: `lies in the future (today is ${ctx.today})` });
}

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Builds the schema; `ctx` only affects the date rule. */
export function buildMetaSchema(ctx: SchemaContext) {
  const bit = (description: string) => doc(BIT, { description, expected: '0 or 1', example: '0', values: BIT.options });
  return z.object({
    // `s`: a line separator (U+2028) inside a title is text, and `.` would not match it
    topic: field(z.string().regex(/^\S.* \/ \S.*$/s), {
      shape: 'text', required: true,
      description: 'The article\'s subject as the site indexes it: the problem, a slash, the stack.',
      expected: '`<problem> / <stack>`', example: 'making logs useful during incidents / python services',
    }),
    summary: field(nonEmpty, {
      shape: 'text', required: true,
      description: 'One or two sentences the site shows under the title in listings.',
      expected: 'a non-empty sentence', example: 'this technical summary explains making logs useful during incidents in python services.',
    }),
    'ai outline': field(z.object({
      context: doc(nonEmpty, { description: 'The situation the article is written for; `payload scenario` repeats it.', expected: 'non-empty text', example: 'behind a cdn' }),
      problem: doc(nonEmpty, { description: 'The problem the article solves; the first half of `topic`.', expected: 'non-empty text', example: 'making logs useful during incidents' }),
      stack: doc(nonEmpty, { description: 'The stack the article is about; the second half of `topic` and the first `stack` item.', expected: 'non-empty text', example: 'python services' }),
      'recommended action': doc(nonEmpty, { description: 'The one-line advice the article ends on.', expected: 'non-empty text', example: 'measure first, change carefully, document the result' }),
    }).strict(), {
      shape: 'pairs', required: true,
      description: 'The outline the site\'s generator works from: context, problem, stack and recommended action.',
      expected: 'the keys context, problem, stack and recommended action, each once', example: '  • problem: making logs useful during incidents',
    }),
    'ai brief': field(nonEmpty, {
      shape: 'text', required: true,
      description: 'A short note on how the article was written.',
      expected: 'a non-empty sentence', example: 'the article explains the reason for the change and lists operational checks.',
    }),
    stack: field(z.array(nonEmpty).min(1), {
      shape: 'list', required: true,
      description: 'Technologies the article covers; the first item is the main stack.',
      expected: 'at least one item', example: '  • python services',
    }),
    tools: field(z.array(nonEmpty).min(1), {
      shape: 'list', required: true,
      description: 'Tools the article uses or mentions.',
      expected: 'at least one item', example: '  • pytest',
    }),
    'code language': field(z.string().regex(/^[a-z][a-z0-9+#-]*$/), {
      shape: 'text', required: true,
      description: 'The language of the article\'s code, one lowercase word.',
      expected: 'one lowercase word such as python, php or javascript', example: 'python',
    }),
    difficulty: field(allowed(ctx, 'difficulty', DIFFICULTY), {
      shape: 'text', required: true,
      description: 'Who the article is for.',
      expected: `one of ${DIFFICULTY.options.join(', ')}`, example: 'intermediate', values: DIFFICULTY.options,
    }),
    'reading time': field(integer(1, 120), {
      shape: 'integer', required: true,
      description: 'Minutes a reader needs.',
      expected: 'an integer from 1 to 120 (minutes)', example: '7',
    }),
    'view count': field(integer(0), {
      shape: 'integer', required: true,
      description: 'Page views the site counted.',
      expected: 'an integer, 0 or more', example: '341601',
    }),
    score: field(z.object({
      quality: doc(integer(0, 100), { description: 'Editorial quality score.', expected: 'an integer from 0 to 100', example: '97' }),
      freshness: doc(integer(0, 100), { description: 'How current the content is.', expected: 'an integer from 0 to 100', example: '84' }),
      depth: doc(integer(0, 100), { description: 'How deep the article goes.', expected: 'an integer from 0 to 100', example: '69' }),
      clarity: doc(integer(0, 100), { description: 'How clear the writing is.', expected: 'an integer from 0 to 100', example: '79' }),
    }).strict(), {
      shape: 'pairs', required: true,
      description: 'The site\'s scores for the article.',
      expected: 'the keys quality, freshness, depth and clarity, each an integer from 0 to 100', example: '  • quality: 97',
    }),
    revision: field(z.object({
      status: doc(allowed(ctx, 'revision status', REVISION_STATUS), { description: 'Where the article is in review.', expected: `one of ${REVISION_STATUS.options.join(', ')}`, example: 'reviewed', values: REVISION_STATUS.options }),
      version: doc(z.string().regex(/^\d+\.\d+\.\d+$/), { description: 'The article\'s version.', expected: '`MAJOR.MINOR.PATCH`, e.g. 1.7.2', example: '1.7.2' }),
      'last reviewed': doc(realDate(ctx), { description: 'The day of the last review.', expected: 'a real date `YYYY-MM-DD`, not in the future', example: '2019-05-09' }),
    }).strict(), {
      shape: 'pairs', required: true,
      description: 'Review state: status, version and the date of the last review.',
      expected: 'the keys status, version and last reviewed', example: '  • status: reviewed',
    }),
    reference: field(z.string().regex(/^anp-ref-\d{6}-\d{4}$/), {
      shape: 'text', required: true,
      description: 'The site\'s reference; its first number is the article\'s seed.',
      expected: '`anp-ref-NNNNNN-NNNN` (digits)', example: 'anp-ref-012838-3303',
    }),
    hash: field(z.string().regex(/^[0-9a-f]{24}$/), {
      shape: 'text', required: true,
      description: 'The site\'s content hash.',
      expected: '24 lowercase hexadecimal digits', example: '2736193aad21a30a0d5fff2a',
    }),
    flags: field(z.object({
      'ai generated style': bit('1 when the article is written in the generated house style.'),
      'has images': bit('1 exactly when the body has an image; derived from the body.'),
      'image heavy': bit('1 when images carry most of the article.'),
      'needs human review': bit('1 when a person must review the article before indexing.'),
    }).strict(), {
      shape: 'pairs', required: true,
      description: 'Switches the site reads: ai generated style, has images, image heavy, needs human review.',
      expected: 'the keys ai generated style, has images, image heavy and needs human review, each 0 or 1', example: '  • has images: 0',
    }),
    checklist: field(z.array(nonEmpty).min(1), {
      shape: 'list', required: true, derived: true,
      description: 'The body\'s implementation checklist, item for item.',
      expected: 'at least one item, the same as the body\'s checklist', example: '  • review query plans',
    }),
    entities: field(z.array(z.object({
      name: doc(nonEmpty, { description: 'The entity\'s name.', expected: 'non-empty text', example: 'python services' }),
      type: doc(allowed(ctx, 'entities type', ENTITY_TYPE), { description: 'What kind of entity it is.', expected: `one of ${ENTITY_TYPE.options.join(', ')}`, example: 'stack', values: ENTITY_TYPE.options }),
    }).strict()), {
      shape: 'records', required: true,
      description: 'Named things the article is about, each a record of name and type.',
      expected: 'records of `name` and `type`, keys at 4 columns', example: '    • name: python services\n    • type: stack',
    }),
    'image sources': field(z.array(z.object({
      source: doc(nonEmpty, { description: 'The host the image comes from.', expected: 'a host name', example: 'loremflickr.com' }),
      url: doc(z.string().regex(/^https?:\/\/[^\s/?#]+[^\s]*$/), { description: 'Where the image is loaded from.', expected: 'an `http` or `https` URL', example: 'https://loremflickr.com/1200/630/code' }),
      caption: doc(nonEmpty, { description: 'The caption, the same as the body image\'s.', expected: 'the caption of the body image', example: 'service health dashboard' }),
    }).strict()).optional(), {
      shape: 'records', required: false, derived: true,
      description: 'One record per body image, in order: source, url and caption. Present exactly when the article has images.',
      expected: 'records of `source`, `url` and `caption`, keys at 4 columns', example: '    • source: loremflickr.com',
    }),
    payload: field(z.object({
      'source id': doc(z.string().regex(/^alphanode-\d{6}$/), { description: 'The source article\'s id; its number is the seed.', expected: '`alphanode-NNNNNN`', example: 'alphanode-012838' }),
      generator: doc(nonEmpty, { description: 'What produced the article.', expected: 'non-empty text', example: 'anp content synthesizer' }),
      paragraphs: doc(integer(0), { derived: true, description: 'How many paragraphs the body\'s sections hold (the intro is not counted).', expected: 'an integer, 0 or more', example: '7' }),
      scenario: doc(nonEmpty, { description: 'The scenario; the same as `ai outline context`.', expected: 'non-empty text', example: 'behind a cdn' }),
      seed: doc(integer(0), { description: 'The article\'s seed number, as in `reference` and `source id`.', expected: 'an integer, 0 or more', example: '12838' }),
    }).strict(), {
      shape: 'pairs', required: true,
      description: 'The generator\'s record: source id, generator, paragraphs, scenario and seed.',
      expected: 'the keys source id, generator, paragraphs, scenario and seed', example: '  • paragraphs: 7',
    }),
    notes: field(z.array(nonEmpty), {
      shape: 'list', required: true,
      description: 'Free notes for the site\'s editors; may be empty.',
      expected: 'items, or none', example: '  • view count is synthetic',
    }),
  }).strict();
}

export type MetaSchema = ReturnType<typeof buildMetaSchema>;
export type FieldName = keyof MetaSchema['shape'] & string;
