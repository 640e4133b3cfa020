// Derived views of the model, computed lazily once per model and shared by every feature:
// the meta's pairs and records, and what the body says (paragraphs, checklist, images).
import type { Block, CodeBlock, Image, List, ListItem, MetaBlock, MetaField, MetaItem, MetaRecord, Pair, Paragraph, SeedModel, Section, UnknownMetaLine } from './model';
import { lineRange, type LineTable, type Range } from './text';
import { CHECKLIST_HEADING } from './parser/classify';
import { fieldInfo, firstRecordKey } from './schema/catalog';
import { beginsAsPlaceholder } from './placeholders';
import { nearest } from './suggest';

/**
 * An item read as `key: value`. Its ranges are made when asked for: the rules read most pairs only for
 * their key and value.
 */
class PairNode implements Pair {
  constructor(
    private readonly item: MetaItem, readonly key: string, readonly value: string,
    /** where the value starts in the item's text (-1: no separator) */
    private readonly valueStart: number,
  ) {}

  get wellFormed(): boolean {
    return this.valueStart >= 0;
  }

  get range(): Range {
    return this.item.range;
  }

  get keyRange(): Range {
    const i = this.item;
    if (this.valueStart < 0) return i.textRange;
    return lineRange(i.line, i.textColumn, i.textColumn + this.key.length);
  }

  get valueRange(): Range {
    const i = this.item;
    const end = i.textColumn + i.text.length;
    return lineRange(i.line, this.valueStart < 0 ? end : i.textColumn + this.valueStart, end);
  }
}

/** Splits an item at its first `: ` (or a trailing `:`). */
export function pairOf(item: MetaItem): Pair {
  const t = item.text;
  let at = t.indexOf(': ');
  let sepLen = 2;
  if (at < 0 && t.endsWith(':')) { at = t.length - 1; sepLen = 1; }
  if (at < 0) return new PairNode(item, t, '', -1);
  let v = at + sepLen;
  while (t.charCodeAt(v) === 32) v++;
  return new PairNode(item, t.slice(0, at).trimEnd(), t.slice(v), v);
}

const pairCache = new WeakMap<MetaField, Pair[]>();

export function pairsOf(field: MetaField): Pair[] {
  let p = pairCache.get(field);
  if (!p) { p = field.items.map(pairOf); pairCache.set(field, p); }
  return p;
}

/**
 * Records: a record ends where its first key appears again (spec §3). When that first key is a misspelled
 * one (`nme: …`), the key that names records (`name`) starts them, so one typo does not make the whole
 * field a single record full of duplicate keys.
 */
export function recordsOf(field: MetaField): readonly MetaRecord[] {
  let r = recordCache.get(field);
  if (!r) { r = splitRecords(field); recordCache.set(field, r); }
  return r;
}

// kept per field, as pairs are: half a dozen rules and features read the records of the same field
const recordCache = new WeakMap<MetaField, readonly MetaRecord[]>();

function splitRecords(field: MetaField): MetaRecord[] {
  const records: MetaRecord[] = [];
  const pairs = pairsOf(field);
  let cur: Pair[] = [];
  const first = pairs[0]?.key;
  const naming = firstRecordKey(field.name);
  const known = first !== undefined && (fieldInfo(field.name)?.keys.some((k) => k.name === first) ?? true);
  const starts = !known && naming !== undefined && pairs.some((p) => p.key === naming) ? naming : first;
  const keys = fieldInfo(field.name)?.keys.map((k) => k.name) ?? [];
  // a misspelled naming key (`nme` in a later record) starts its record all the same
  const isStart = (k: string) => k === starts || (starts === naming && !keys.includes(k) && nearest(k, keys) === naming);
  for (const p of pairs) {
    if (cur.length && isStart(p.key)) { records.push(toRecord(cur)); cur = []; }
    cur.push(p);
  }
  if (cur.length) records.push(toRecord(cur));
  return records;
}

function toRecord(pairs: Pair[]): MetaRecord {
  return { pairs, range: { start: (pairs[0] as Pair).range.start, end: (pairs[pairs.length - 1] as Pair).range.end } };
}

export function pairValue(field: MetaField | undefined, key: string): Pair | undefined {
  return field ? pairsOf(field).find((p) => p.key === key) : undefined;
}

/**
 * The bullet the lines a fix writes take (`•`, or `-` in a compact file): that of `field`'s items when
 * it has some, else that of the meta block's first item.
 */
export function metaBullet(model: SeedModel, field?: MetaField): '•' | '-' {
  const first = field?.items[0] ?? model.meta?.fields.find((f) => f.items.length)?.items[0];
  return first && model.lines.text(first.line).trimStart().charAt(0) === '-' ? '-' : '•';
}

/**
 * The nearest line above `line` in the meta block that heads items: a field, a line that names no
 * field, or a second marker (undefined above the first of them).
 */
export type MetaHeader = { readonly kind: 'field'; readonly field: MetaField } | { readonly kind: 'unknown'; readonly line: UnknownMetaLine } | { readonly kind: 'marker' };

export function headerAbove(meta: MetaBlock, line: number): MetaHeader | undefined {
  let at = -1;
  let header: MetaHeader | undefined;
  for (const f of meta.fields) if (f.line < line && f.line > at) { at = f.line; header = { kind: 'field', field: f }; }
  for (const u of meta.unknown) if (u.line < line && u.line > at) { at = u.line; header = { kind: 'unknown', line: u }; }
  for (const m of meta.extraMarkers) if (m.start.line < line && m.start.line > at) { at = m.start.line; header = { kind: 'marker' }; }
  return header;
}

/** What the body says, for the derived meta fields. */
export interface BodyFacts {
  /** paragraph blocks inside sections (the intro is not counted, spec §2) */
  readonly paragraphs: number;
  readonly checklistSection: Section | undefined;
  /** the items of the checklist section's first list that hold text */
  readonly checklist: readonly ListItem[] | undefined;
  readonly images: readonly Image[];
  readonly codeLanguages: readonly string[];
  /**
   * The paragraphs that may be slips (rules/body-slips/): a bullet first, or short enough to be a
   * heading. Found in this same pass, so a big article's prose is not walked a second time.
   */
  readonly oddParagraphs: readonly OddParagraph[];
  /**
   * unfenced code blocks: beside a list, a glued item indented with a tab, or ending with `)`, is read as
   * code; a heading ended with `;` is too
   */
  readonly unfencedCode: readonly UnfencedCode[];
  /** paragraphs that begin as a sentence of the new-article template does (the placeholder rule reads them whole) */
  readonly placeholderLike: readonly Paragraph[];
  /** fenced code blocks of one line (the template's holds only a comment) */
  readonly oneLineFences: readonly CodeBlock[];
}

export interface OddParagraph { readonly paragraph: Paragraph; readonly blocks: readonly Block[]; readonly index: number }
export interface UnfencedCode { readonly code: CodeBlock; readonly blocks: readonly Block[]; readonly index: number }

/** paragraphs up to this long are gathered as odd (the body-slips rule asks every paragraph when its vocabulary needs longer) */
export const ODD_PARAGRAPH_SIZE = 120;

const ODD = 1;
const PLACEHOLDER_LIKE = 2;

/**
 * What a paragraph's first characters say: ODD (may be a slip), PLACEHOLDER_LIKE (begins as a template
 * sentence), both or neither. Read once, here: on a big article each paragraph's text is a cache miss,
 * and a second pass over them for another rule would pay it again.
 */
function paragraphKind(lines: LineTable, line: number): number {
  let at = 0;
  let first = lines.codeAt(line, 0);
  if (first === 32 || first === 9) {
    at = lines.startColumn(line) - lines.col(line);
    first = lines.codeAt(line, at);
  }
  const odd = lines.size(line) <= ODD_PARAGRAPH_SIZE || first === 45 || first === 42 || first === 0x2022;
  return (odd ? ODD : 0) | (beginsAsPlaceholder(lines, line, at, first) ? PLACEHOLDER_LIKE : 0);
}

/** The list right before or after a block, blank lines between allowed. */
export function listBeside(blocks: readonly Block[], index: number): List | undefined {
  const before = blocks[index - 1];
  if (before?.kind === 'list') return before;
  const after = blocks[index + 1];
  return after?.kind === 'list' ? after : undefined;
}

const factsCache = new WeakMap<SeedModel, BodyFacts>();

export function bodyFacts(model: SeedModel): BodyFacts {
  let f = factsCache.get(model);
  if (f) return f;
  let paragraphs = 0;
  const images: Image[] = [];
  const languages = new Set<string>();
  const oddParagraphs: OddParagraph[] = [];
  const unfencedCode: UnfencedCode[] = [];
  const placeholderLike: Paragraph[] = [];
  const oneLineFences: CodeBlock[] = [];
  const lines = model.lines;
  const visit = (blocks: readonly Block[], inSection: boolean) => {
    for (let index = 0; index < blocks.length; index++) {
      const b = blocks[index] as Block;
      if (b.kind === 'paragraph') {
        if (inSection) paragraphs++;
        const kind = paragraphKind(lines, b.line);
        if (kind & ODD) oddParagraphs.push({ paragraph: b, blocks, index });
        if (kind & PLACEHOLDER_LIKE) placeholderLike.push(b);
      } else if (b.kind === 'image') images.push(b);
      else if (b.kind === 'code') {
        if (b.fenced && b.contentStart === b.contentEnd) oneLineFences.push(b);
        if (b.language) languages.add(b.language.toLowerCase());
        else if (!b.fenced) unfencedCode.push({ code: b, blocks, index });
      }
    }
  };
  visit(model.intro, false);
  for (const s of model.sections) visit(s.blocks, true);
  const checklistSection = model.sections.find((s) => s.heading.text.length === CHECKLIST_HEADING.length && s.heading.text.toLowerCase() === CHECKLIST_HEADING);
  const list = checklistSection?.blocks.find((b) => b.kind === 'list');
  // an item of only white space (`- ` then U+3000) is not one to repeat: the meta's `checklist` may not hold a blank one
  const checklist = list && list.kind === 'list' ? list.items.filter((i) => i.text.trim() !== '') : undefined;
  f = {
    paragraphs, checklistSection, checklist,
    images, codeLanguages: [...languages], oddParagraphs, unfencedCode, placeholderLike, oneLineFences,
  };
  factsCache.set(model, f);
  return f;
}

/** Words of the title, paragraphs and lists, for the reading time; only computed when asked for. */
export function wordCount(model: SeedModel): number {
  let words = countWords(model.title?.text ?? '');
  const visit = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') words += countWords(b.text);
      else if (b.kind === 'list') for (const it of b.items) words += countWords(it.text);
    }
  };
  visit(model.intro);
  for (const s of model.sections) visit(s.blocks);
  return words;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const fieldsCache = new WeakMap<SeedModel, Map<string, MetaField>>();

/** The first occurrence of each field. */
export function fieldsByName(model: SeedModel): Map<string, MetaField> {
  let m = fieldsCache.get(model);
  if (m) return m;
  m = new Map<string, MetaField>();
  for (const f of model.meta?.fields ?? []) if (!m.has(f.name)) m.set(f.name, f);
  fieldsCache.set(model, m);
  return m;
}
