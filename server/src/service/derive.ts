// What the body decides about the meta: the problem and stack from the title, the checklist, the
// paragraph count, the image flags; and a complete post meta block built from them.
import type { Image, SeedModel } from './model';
import { FIELDS, metaSchemaFor } from './schema/catalog';
import { bodyFacts, fieldsByName, pairValue, wordCount } from './views';

/** Lead-ins of the house title shapes, before the problem. */
const LEAD_INS = [
  'production checklist for', 'field notes on', 'how to handle', 'a practical guide to', 'a checklist for',
  'notes on', 'how to fix', 'how to improve', 'fixing', 'improving', 'guide to',
];

/** `… <problem> in|for <stack>`: the last ` in ` or ` for ` splits problem and stack. */
export function titleParts(title: string, intro = ''): { problem: string; stack: string } | undefined {
  const t = title.trim().toLowerCase().replace(/\s+/g, ' ');
  const at = Math.max(t.lastIndexOf(' in '), t.lastIndexOf(' for '));
  if (at <= 0) return undefined;
  const sep = t.startsWith(' in ', at) ? 4 : 5;
  const stack = t.slice(at + sep).trim();
  let head = t.slice(0, at).trim();
  const lead = LEAD_INS.find((l) => head.startsWith(`${l} `));
  if (lead) head = head.slice(lead.length + 1);
  else {
    // No known lead-in: the longest tail of the words that the intro repeats is the problem.
    const words = head.split(' ');
    const introText = intro.toLowerCase();
    for (let i = 0; i < words.length - 1; i++) {
      const tail = words.slice(i).join(' ');
      if (introText.includes(tail)) { head = tail; break; }
    }
  }
  if (head === '' || stack === '') return undefined;
  return { problem: head, stack };
}

/** The scenario phrase the house intros carry after the problem (`behind a cdn`, `during a production cleanup`). */
export function scenarioFromIntro(intro: string, problem: string, stack: string): string | undefined {
  const text = intro.toLowerCase();
  let at = text.indexOf(problem);
  if (at < 0) return undefined;
  at += problem.length;
  let rest = text.slice(at).trimStart();
  if (rest.startsWith(`in ${stack} `)) rest = rest.slice(stack.length + 4);
  else if (rest.startsWith(`for ${stack} `)) rest = rest.slice(stack.length + 5);
  const m = /^((?:during|behind|while|for|under|after|before|on|across|with) [^,.;]+?)(?: and | with |,|\.|;|$)/.exec(rest);
  return m?.[1]?.trim();
}

/** A 24-hex-digit content hash (three FNV-1a variants); pure, so the same body gives the same hash. */
export function contentHash(text: string): string {
  let out = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

export interface DerivedMeta {
  readonly problem: string;
  readonly stack: string;
  readonly context: string;
  readonly seed: number;
  /** the block's lines, marker first, in canonical order */
  readonly lines: string[];
}

export interface DeriveOptions {
  readonly today: string;
  readonly brand?: string;
  /** the article's text, for the hash and seed */
  readonly text: string;
  /** values the host already knows (the scaffold's answers); each replaces what the body would suggest */
  readonly given?: GivenMeta;
  /** enum values as the site's config narrows them (`difficulty`, `revision status`) */
  readonly allowedValues?: Readonly<Record<string, readonly string[]>>;
}

/** `preferred` when the site allows it (or says nothing), else the first value the site allows. */
function allowed(o: DeriveOptions, label: string, preferred: string): string {
  const values = o.allowedValues?.[label];
  return !values?.length || values.includes(preferred) ? preferred : (values[0] as string);
}

export interface GivenMeta {
  readonly problem?: string;
  readonly stack?: string;
  readonly context?: string;
  /** 0..999999: the number of `reference`, `payload source id` and `payload seed` */
  readonly seed?: number;
  readonly codeLanguage?: string;
  readonly tools?: readonly string[];
  readonly difficulty?: string;
}

/** A complete post meta block for an article that has none, prefilled from what the body says. */
export function deriveMeta(model: SeedModel, o: DeriveOptions): DerivedMeta {
  const facts = bodyFacts(model);
  const intro = model.intro.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ');
  const title = model.title?.text ?? '';
  const g = o.given ?? {};
  const found = titleParts(title, intro) ?? { problem: title.toLowerCase() || 'the problem', stack: 'the stack' };
  const parts = { problem: g.problem ?? found.problem, stack: g.stack ?? found.stack };
  const context = g.context ?? scenarioFromIntro(intro, parts.problem, parts.stack) ?? 'in production';
  const hash = contentHash(o.text);
  const seed = g.seed ?? parseInt(hash.slice(0, 8), 16) % 1000000;
  const six = String(seed).padStart(6, '0');
  const four = String(parseInt(hash.slice(8, 12), 16) % 10000).padStart(4, '0');
  // the first fence language that is a valid `code language` (a fence may say `-` or `C++`)
  const codeLanguage = metaSchemaFor({ today: o.today }).shape['code language'];
  const fromBody = facts.codeLanguages.map((l) => l.toLowerCase()).find((l) => codeLanguage.safeParse(l).success);
  const language = g.codeLanguage ?? fromBody ?? (/\b(python|php|javascript|typescript|go|rust|java|ruby)\b/.exec(parts.stack)?.[1] ?? 'text');
  const images = facts.images;
  // the block is appended after the body: a heading-shaped last line then reads as a heading, not a paragraph
  const lastSection = model.sections[model.sections.length - 1];
  const lastBlock = lastSection?.blocks[lastSection.blocks.length - 1];
  const paragraphs = facts.paragraphs - (lastBlock?.kind === 'paragraph' && lastBlock.headingOnceFollowed ? 1 : 0);
  const values: Record<string, string | string[]> = {
    topic: `${parts.problem} / ${parts.stack}`,
    summary: `this article explains ${parts.problem} in ${parts.stack}, with the checks and steps the body lists.`,
    'ai outline': [`context: ${context}`, `problem: ${parts.problem}`, `stack: ${parts.stack}`, 'recommended action: measure first, change carefully, document the result'],
    'ai brief': 'written by hand in the seed editor; the meta was prefilled from the body and should be reviewed.',
    stack: [parts.stack],
    tools: g.tools?.length ? [...g.tools] : [...new Set([...facts.codeLanguages, 'git'])],
    'code language': language,
    difficulty: g.difficulty ?? allowed(o, 'difficulty', 'intermediate'),
    'reading time': String(readingTime(wordCount(model))),
    'view count': '0',
    score: ['quality: 0', 'freshness: 100', 'depth: 0', 'clarity: 0'],
    revision: [`status: ${allowed(o, 'revision status', 'drafted')}`, 'version: 1.0.0', `last reviewed: ${o.today}`],
    reference: `anp-ref-${six}-${four}`,
    hash,
    flags: ['ai generated style: 0', `has images: ${images.length ? 1 : 0}`, `image heavy: ${images.length >= 3 ? 1 : 0}`, 'needs human review: 1'],
    // without a body checklist there is nothing to copy: an empty field would be an error of our own
    // making, so the field is left out (the site's required fields decide whether that is reported)
    ...(facts.checklist?.length ? { checklist: facts.checklist.map((i) => i.text) } : {}),
    entities: ['name: ' + parts.stack, 'type: stack', 'name: ' + parts.problem, 'type: problem'],
    'image sources': images.flatMap((im) => imageRecord(im).map(([k, v]) => `${k}: ${v}`)),
    payload: [`source id: alphanode-${six}`, 'generator: seed editor', `paragraphs: ${paragraphs}`, `scenario: ${context}`, `seed: ${seed}`],
    notes: [],
  };
  const lines = [`${o.brand ?? 'alphanode'} post meta`, ''];
  for (const f of FIELDS) {
    if (f.name === 'image sources' && images.length === 0) continue;
    const v = values[f.name];
    if (v === undefined) continue;
    // glued as the site writes it; a value that starts with `:` would read as the `name: value` separator
    if (typeof v === 'string') lines.push(v.startsWith(':') ? `${f.name}: ${v}` : `${f.name}${v}`);
    else {
      lines.push(f.name);
      const indent = f.shape === 'records' ? '    ' : '  ';
      for (const item of v) lines.push(`${indent}• ${item}`);
    }
  }
  return { problem: parts.problem, stack: parts.stack, context, seed, lines };
}

/**
 * A value for a field or key that something else decides or suggests. `from`: `body` and `outline` are
 * the spec's consistency rules (the value must equal it); `suggestion` is only a good first value
 * (today's date, a reading time from the word count), which no rule holds the article to.
 */
export interface DerivedValue { readonly value: string; readonly why: string; readonly from: 'body' | 'outline' | 'suggestion' }

export function derivedValue(model: SeedModel, field: string, key: string | undefined, ctx: { today: string }): DerivedValue | undefined {
  const facts = bodyFacts(model);
  if (field === 'payload' && key === 'paragraphs') return { value: String(facts.paragraphs), why: `the body's sections hold ${facts.paragraphs} paragraphs`, from: 'body' };
  if (field === 'flags' && key === 'has images') return { value: facts.images.length ? '1' : '0', why: `the body has ${facts.images.length} image(s)`, from: 'body' };
  if (field === 'revision' && key === 'last reviewed') return { value: ctx.today, why: 'today', from: 'suggestion' };
  const fields = fieldsByName(model);
  const outline = fields.get('ai outline');
  if (field === 'payload' && key === 'scenario') {
    const c = pairValue(outline, 'context');
    if (c?.value) return { value: c.value, why: 'the same as `ai outline context`', from: 'outline' };
  }
  if (field === 'topic') {
    const p = pairValue(outline, 'problem');
    const s = pairValue(outline, 'stack');
    if (p?.value && s?.value) return { value: `${p.value} / ${s.value}`, why: '`ai outline problem` / `ai outline stack`', from: 'outline' };
  }
  if (field === 'reading time') {
    const words = wordCount(model);
    return { value: String(readingTime(words)), why: `an estimate: ${words} words at 200 words a minute`, from: 'suggestion' };
  }
  return undefined;
}

/** Minutes to read `words` at 200 words a minute, within the schema's 1 to 120. */
function readingTime(words: number): number {
  return Math.min(120, Math.max(1, Math.ceil(words / 200)));
}

/** A body image's `image sources` record, key by key: its source, a URL on that host (a guess to edit), its caption. */
export function imageRecord(im: Image): [key: string, value: string][] {
  // a source that names no host (`/health` in a quoted route) gives no url: the writer has to write it
  return [['source', im.source], ['url', hasHost(im.source) ? `https://${im.source}/` : ''], ['caption', im.caption]];
}

/** Whether an image's source starts with a host, as `https://<source>/` needs to be a URL. */
export function hasHost(source: string): boolean {
  return /^[^\s/?#]/.test(source);
}
