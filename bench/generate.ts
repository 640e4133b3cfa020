// Deterministic generator of seed articles from the real seeds' vocabulary and structure
// (SEED-FORMAT.md): compact or spaced, with or without a post meta block that is valid and
// consistent with the body (checklist, paragraph count, images, numbers, topic, title).
import {
  BRIEF, CHECKLISTS, CHECKLIST_HEADING, FINAL_HEADING, FINAL_PARAGRAPH, IMAGE_HOST, INTROS, META_NOTES, PROBLEMS,
  RECOMMENDED, SCENARIOS, SECTIONS, SHAPED_HEADINGS, STACKS, SUFFIXES, SUMMARY, TITLES, type Stack,
} from './vocabulary';

export type Style = 'compact' | 'spaced';

export interface ArticleSpec {
  readonly seed: number;
  /** target size in UTF-8 bytes; the article ends near it (after at least two sections) */
  readonly bytes: number;
  readonly style: Style;
  readonly meta: boolean;
  /** chance of an image in the intro and in each section */
  readonly imageRate: number;
  /** chance of a code block in each section */
  readonly codeRate: number;
  /** share of code blocks written as ``` fences instead of unfenced code lines */
  readonly fencedRate?: number;
  /** write inline meta values as `name: value` instead of glued `namevalue` */
  readonly colonFields?: boolean;
  /** number repeated heading-shaped headings (`rollout notes part 12`), for very long articles */
  readonly numberHeadings?: boolean;
  /** always put an image in the intro (as seed 003 does) */
  readonly introImage?: boolean;
  /** pick title shape, problem and stack by number (0 … COMBINATIONS-1) instead of at random */
  readonly combination?: number;
  /** appended to the title, e.g. ` (2)` as a CMS does for a repeated title */
  readonly titleSuffix?: string;
  /** the number in `reference`, `payload source id` and `payload seed` (random when absent) */
  readonly articleNumber?: number;
}

/** Distinct (title shape, problem, stack) triples. */
export const COMBINATIONS = TITLES.length * PROBLEMS.length * STACKS.length;

export interface Article {
  readonly text: string;
  readonly bytes: number;
  readonly spec: ArticleSpec;
  readonly lines: number;
  readonly sections: number;
  readonly paragraphs: number;
  readonly images: number;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Lines {
  readonly lines: string[] = [];
  bytes = 0;
  words = 0;
  constructor(private readonly spaced: boolean) {}
  /** one block: in the spaced style a blank line separates it from the previous one */
  block(...ls: string[]): void {
    if (this.spaced && this.lines.length > 0) this.add('');
    for (const l of ls) this.add(l);
  }
  add(l: string): void {
    this.lines.push(l);
    this.bytes += Buffer.byteLength(l) + 1;
  }
}

const BULLET = '•';
const META_BASE = 2300; // bytes of a meta block without image sources, to aim the body at the target size
const META_PER_IMAGE = 230;
const TAIL = 520; // checklist section and final notes

export function article(spec: ArticleSpec): Article {
  const rnd = prng(spec.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const c = spec.combination;
  const titleShape = c === undefined ? pick(TITLES) : TITLES[c % TITLES.length] as string;
  const problem = c === undefined ? pick(PROBLEMS) : PROBLEMS[Math.floor(c / TITLES.length) % PROBLEMS.length] as string;
  const stack = c === undefined ? pick(STACKS) : STACKS[Math.floor(c / (TITLES.length * PROBLEMS.length)) % STACKS.length] as Stack;
  const scenario = pick(SCENARIOS);
  const fill = (s: string) => s.replaceAll('{p}', problem).replaceAll('{s}', stack.name).replaceAll('{c}', scenario);
  const spaced = spec.style === 'spaced';
  const bullet = spaced ? `  ${BULLET} ` : '- ';
  const b = new Lines(spaced);
  const captions: string[] = [];
  let paragraphs = 0;
  let sections = 0;
  let words = 0;

  const image = () => {
    const caption = `${problem} with ${stack.name} visual reference ${captions.length + 1}`;
    captions.push(caption);
    b.block(caption, `${caption}. image source: ${IMAGE_HOST}`);
  };
  const paragraph = (text: string, counted: boolean) => {
    const line = rnd() < 0.3 ? `${text} ${fill(pick(SUFFIXES))}` : text;
    b.block(line);
    words += line.split(' ').length;
    if (counted) paragraphs++;
  };
  const code = (s: Stack) => {
    const lines = pick(s.code);
    if (rnd() < (spec.fencedRate ?? 0)) b.block(`\`\`\`${s.language}`, ...lines, '```');
    else b.block(...lines.filter((l) => spaced || l !== ''));
  };

  if (spaced && rnd() < 0.7) b.block(rnd() < 0.5 ? '|' : '| |');
  const title = fill(titleShape) + (spec.titleSuffix ?? '');
  b.block(title);
  paragraph(fill(pick(INTROS)), false);
  if (spec.introImage || rnd() < spec.imageRate) image();

  const vocabulary = shuffle(Object.keys(SECTIONS), rnd);
  const allParagraphs = Object.values(SECTIONS).flat();
  const metaBytes = () => (spec.meta ? META_BASE + META_PER_IMAGE * captions.length : 0);
  do {
    const k = sections;
    const heading = k < vocabulary.length ? vocabulary[k] as string
      : spec.numberHeadings ? `${pick(SHAPED_HEADINGS)} part ${k}` : pick(SHAPED_HEADINGS);
    const pool = SECTIONS[heading] ?? allParagraphs;
    b.block(heading);
    sections++;
    const n = 1 + Math.floor(rnd() * Math.min(4, pool.length));
    for (const p of shuffle(pool, rnd).slice(0, n)) paragraph(p, true);
    if (rnd() < 0.12) b.block(...pick(CHECKLISTS).slice(0, 3).map((item) => bullet + item));
    if (rnd() < spec.codeRate) code(stack);
    if (rnd() < spec.imageRate) image();
  } while (sections < 2 || b.bytes + TAIL + metaBytes() < spec.bytes);

  const checklist = pick(CHECKLISTS);
  b.block(CHECKLIST_HEADING);
  b.block(...checklist.map((item) => bullet + item));
  b.block(FINAL_HEADING);
  paragraph(fill(FINAL_PARAGRAPH), true);
  sections += 2;

  const lines = b.lines;
  if (spec.meta) {
    const m = metaBlock({
      rnd, stack, problem, scenario, checklist, captions, paragraphs, words, colon: spec.colonFields ?? false, number: spec.articleNumber,
    });
    if (spaced) lines.push('', m[0] as string, '', ...m.slice(1), '', 'Similar Posts');
    else lines.push(...m);
  }
  const text = lines.join('\n');
  return { text, bytes: Buffer.byteLength(text), spec, lines: lines.length, sections, paragraphs, images: captions.length };
}

interface MetaInput {
  readonly rnd: () => number;
  readonly stack: Stack;
  readonly problem: string;
  readonly scenario: string;
  readonly checklist: readonly string[];
  readonly captions: readonly string[];
  readonly paragraphs: number;
  readonly words: number;
  readonly colon: boolean;
  readonly number: number | undefined;
}

/** The post meta block, marker first, fields in canonical order, every consistency rule satisfied. */
function metaBlock(m: MetaInput): string[] {
  const { rnd, stack, problem } = m;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const seed = m.number ?? int(1, 999999);
  const hex = Array.from({ length: 24 }, () => '0123456789abcdef'[int(0, 15)]).join('');
  const fill = (s: string) => s.replaceAll('{p}', problem).replaceAll('{s}', stack.name);
  const out = ['alphanode post meta'];
  const text = (name: string, value: string) => out.push(m.colon ? `${name}: ${value}` : `${name}${value}`);
  const items = (name: string, values: readonly string[], indent = '  ') => out.push(name, ...values.map((v) => `${indent}${BULLET} ${v}`));
  text('topic', `${problem} / ${stack.name}`);
  text('summary', fill(SUMMARY));
  items('ai outline', [`context: ${m.scenario}`, `problem: ${problem}`, `stack: ${stack.name}`, `recommended action: ${RECOMMENDED}`]);
  text('ai brief', BRIEF);
  items('stack', [stack.name, stack.area, stack.language]);
  items('tools', stack.tools);
  text('code language', stack.language);
  text('difficulty', ['beginner', 'intermediate', 'advanced'][int(0, 2)] as string);
  text('reading time', String(Math.min(120, Math.max(1, Math.ceil(m.words / 200)))));
  text('view count', String(int(0, 500000)));
  items('score', ['quality', 'freshness', 'depth', 'clarity'].map((k) => `${k}: ${int(40, 100)}`));
  items('revision', [
    `status: ${['drafted', 'reviewed', 'published', 'archived'][int(0, 3)]}`,
    `version: ${int(1, 3)}.${int(0, 9)}.${int(0, 9)}`,
    `last reviewed: ${int(2016, 2024)}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`,
  ]);
  text('reference', `anp-ref-${pad(seed, 6)}-${pad(int(0, 9999), 4)}`);
  text('hash', hex);
  const images = m.captions.length;
  items('flags', ['ai generated style: 1', `has images: ${images > 0 ? 1 : 0}`, `image heavy: ${images >= 3 ? 1 : 0}`, `needs human review: ${int(0, 1)}`]);
  items('checklist', m.checklist);
  items('entities', [`name: ${stack.name}`, 'type: stack', `name: ${stack.area}`, 'type: area', `name: ${problem}`, 'type: problem'], '    ');
  if (images > 0) {
    items('image sources', m.captions.flatMap((caption, i) => [
      `source: ${IMAGE_HOST}`, `url: https://${IMAGE_HOST}/1200/630/code,developer?lock=${seed + i}`, `caption: ${caption}`,
    ]), '    ');
  }
  items('payload', [`source id: alphanode-${pad(seed, 6)}`, 'generator: anp content synthesizer', `paragraphs: ${m.paragraphs}`, `scenario: ${m.scenario}`, `seed: ${seed}`]);
  items('notes', META_NOTES);
  return out;
}

function shuffle<T>(xs: readonly T[], rnd: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

// The articles the bench uses -----------------------------------------------------------------------

/** A typical article of about 5 KB: spaced, post meta, an image and unfenced code (like seed 003). */
export function typicalArticle(seed = 3): Article {
  return article({ seed, bytes: 5 * 1024, style: 'spaced', meta: true, imageRate: 0.2, codeRate: 0.4, introImage: true });
}

/** One valid article of about `bytes` bytes: one title, many sections, one meta block at the end. */
export function bigArticle(bytes: number, seed = 17): Article {
  return article({ seed, bytes, style: 'spaced', meta: true, imageRate: 0.05, codeRate: 0.15, fencedRate: 0.2, numberHeadings: true });
}

/**
 * Small article `i` of a folder: 2 to 6 KB, both styles, with and without meta, some images and code.
 * Across a folder, titles, references and seed numbers are unique (the cross-file rules want that):
 * titles cycle through the combinations and get a ` (2)`, ` (3)`… suffix as a CMS would add.
 */
export function smallArticle(i: number, seed = 0): { name: string; article: Article } {
  const rnd = prng((seed * 1000003 + i) >>> 0);
  const meta = rnd() < 0.6;
  const round = Math.floor(i / COMBINATIONS);
  const a = article({
    seed: Math.floor(rnd() * 2 ** 32), bytes: (meta ? 3500 : 2000) + Math.floor(rnd() * 2500),
    style: rnd() < 0.5 ? 'compact' : 'spaced', meta, imageRate: rnd() < 0.3 ? 0.3 : 0, codeRate: 0.2,
    fencedRate: 0.1, colonFields: meta && rnd() < 0.1,
    combination: i % COMBINATIONS, titleSuffix: round > 0 ? ` (${round + 1})` : '',
    articleNumber: 1 + ((i * 7919 + seed * 104729 + 12837) % 999999), // 7919 is prime to 999999: distinct for i < 999999
  });
  const hex = Array.from({ length: 16 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join('');
  return { name: `${String(i).padStart(5, '0')}_${hex}.txt`, article: a };
}

/**
 * Every combination of style, meta, images, code and field writing, each also with a BOM, CRLF line
 * breaks and a final newline, and with `-` instead of `•` bullets (spec §1 and §3): for the validity check.
 */
export function variants(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  let seed = 100;
  for (const style of ['compact', 'spaced'] as const) {
    for (const meta of [false, true]) {
      for (const media of [0, 0.5]) {
        for (const colonFields of meta ? [false, true] : [false]) {
          const a = article({ seed: seed++, bytes: 5 * 1024, style, meta, imageRate: media, codeRate: media, fencedRate: media, colonFields });
          const name = `variant-${seed}-${style}${meta ? '-meta' : ''}${media ? '-media' : ''}${colonFields ? '-colon' : ''}`;
          out.push({ name, text: a.text });
          out.push({ name: `${name}-bom-crlf-eol`, text: `\ufeff${a.text.replaceAll('\n', '\r\n')}\r\n` });
          out.push({ name: `${name}-dashes`, text: a.text.replace(/^( +)• /gm, '$1- ') });
        }
      }
    }
  }
  return out;
}
