// Completions: field names, pair keys and values in the meta block (from the schema and the body),
// heading vocabulary in the body.
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import type { Block, MetaField, SeedModel, Section } from '../model';
import { DEFAULT_HEADINGS } from '../parser/classify';
import { FIELDS, fieldInfo, type FieldInfo, type KeyInfo } from '../schema/catalog';
import { lineRange, trimmedEnd, type Line } from '../text';
import { derivedValue, imageRecord } from '../derive';
import { bodyFacts, fieldsByName, metaBullet, pairsOf, recordsOf } from '../views';
import type { CorpusField } from '../workspace/summary';

const KIND = { Text: 1, Field: 5, Value: 12, Keyword: 14, Snippet: 15, EnumMember: 20, Property: 10 } as const;
const SNIPPET = 2;

export interface CompletionContext {
  readonly today: string;
  readonly headings: readonly string[];
  /** enum values from the site's config, by label (`difficulty`, `revision status`, `entities type`) */
  readonly allowedValues?: Readonly<Record<string, readonly string[]>>;
  /** values the workspace's articles use, most used first */
  readonly corpus?: (field: CorpusField) => [string, number][];
}

/** Which corpus values complete which place: a list field, an inline field, or `field key`. */
const CORPUS_PLACES: Record<string, CorpusField> = {
  stack: 'stack', tools: 'tools', 'code language': 'code language',
  'payload scenario': 'scenario', 'payload generator': 'generator', 'entities name': 'entity',
};

function corpusItems(ctx: CompletionContext, place: string, exclude: ReadonlySet<string>, prefix = ''): CompletionItem[] {
  const field = CORPUS_PLACES[place];
  if (!field || !ctx.corpus) return [];
  return ctx.corpus(field).filter(([v]) => !exclude.has(v)).slice(0, 100).map(([v, n], i) => ({
    label: v, kind: KIND.Value, detail: `used in ${n} article${n === 1 ? '' : 's'}`, sortText: `2${String(i).padStart(3, '0')}`,
    insertText: prefix + v, filterText: v,
  }));
}

export function getCompletions(model: SeedModel, pos: Position, ctx: CompletionContext): CompletionList {
  // a position that is no position (a client's bug) gets no items rather than an exception
  if (!Number.isInteger(pos?.line) || !Number.isInteger(pos?.character)) return { isIncomplete: false, items: [] };
  const line = model.lines.at(pos.line);
  // before the byte-order mark is no place to type (the edit ranges start after it)
  if (!line || model.binary || pos.character < line.col) return { isIncomplete: false, items: [] };
  const ch = Math.max(0, Math.min(pos.character - line.col, line.text.length));
  const before = line.text.slice(0, ch);
  const meta = model.meta;
  const inMeta = meta && pos.line > meta.markerRange.start.line && (!model.trailer || pos.line < model.trailer.range.start.line);
  const items = inMeta ? metaCompletions(model, pos.line, line, ch, before, ctx) : bodyCompletions(model, pos.line, line, before, ctx);
  return { isIncomplete: false, items };
}

function bodyCompletions(model: SeedModel, lineNo: number, line: Line, before: string, ctx: CompletionContext): CompletionItem[] {
  // only where the whole line could be a heading: a line of the body after the title and outside code,
  // short, not indented, no sentence punctuation (the marker, the trailer and breadcrumbs are no place for one)
  const title = model.title?.range.start.line;
  if (title === undefined || lineNo <= title || lineNo >= model.bodyEnd || inCode(model, lineNo)) return [];
  if (/^\s/.test(before) || /[.,;:!?]/.test(line.text) || line.text.length > 60) return [];
  const present = new Set(model.sections.map((s) => s.heading.text.toLowerCase()));
  const range = lineRange(lineNo, line.col, line.col + line.text.length);
  return [...DEFAULT_HEADINGS, ...ctx.headings].map((h, i) => ({
    label: h, kind: KIND.Keyword, detail: present.has(h) ? 'section heading (already used)' : 'section heading',
    sortText: `${present.has(h) ? 1 : 0}${String(i).padStart(2, '0')}`, textEdit: { range, newText: h }, filterText: h,
  }));
}

/** Whether the line lies in a code block (fenced or not) of the body. */
function inCode(model: SeedModel, lineNo: number): boolean {
  const within = (blocks: readonly Block[]) => blocks.some((b) => b.kind === 'code' && b.firstLine <= lineNo && lineNo <= b.lastLine);
  if (within(model.intro)) return true;
  // the section the line is in: the last one whose heading is at or above it
  let lo = 0;
  let hi = model.sections.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((model.sections[mid] as Section).heading.line <= lineNo) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at >= 0 && within((model.sections[at] as Section).blocks);
}

function metaCompletions(model: SeedModel, lineNo: number, line: Line, ch: number, before: string, ctx: CompletionContext): CompletionItem[] {
  if (!/^[ \t]/.test(before)) {
    const f = model.meta?.fields.find((x) => x.line === lineNo);
    const info = f ? fieldInfo(f.name) : undefined;
    if (!f || !info) return fieldNameItems(model, lineNo, line, ch, ctx);
    // a line that names a field takes values after the name, never another name
    if (ch < f.name.length || (info.shape !== 'text' && info.shape !== 'integer')) return [];
    // the whole value is replaced, wherever in it the cursor stands
    const cursor = line.col + ch;
    const r = f.value
      ? lineRange(lineNo, Math.min(f.valueRange.start.character, cursor), Math.max(f.valueRange.end.character, cursor))
      : lineRange(lineNo, cursor, cursor);
    return valueItems(model, info.name, undefined, info, ctx).map((it) => ({ ...it, textEdit: { range: r, newText: it.insertText ?? it.label } }));
  }
  const field = fieldAbove(model, lineNo);
  if (!field) return [];
  const info = fieldInfo(field.name);
  if (!info) return [];
  // `s`: a line may hold U+2028, U+2029 or a lone CR, which `.` does not match
  const m = /^([ \t]*)([•-][ \t]*)?(.*)$/s.exec(before) as RegExpExecArray;
  // what the new text needs in front: a bullet, or the space a bare `-`/`•` still lacks
  const bullet = m[2] ? (/[ \t]$/.test(m[2]) ? '' : ' ') : `${metaBullet(model)} `;
  const textStart = line.col + (m[1] as string).length + (m[2] ?? '').length;
  const typed = m[3] as string;
  // what the edit replaces: the item's text from its start to its end, wherever the cursor stands in it
  const textEnd = line.col + Math.max(ch, trimmedEnd(line.text));
  const r = lineRange(lineNo, textStart, textEnd);
  if (info.shape === 'list') {
    const have = new Set(field.items.map((i) => i.text));
    if (field.name !== 'checklist') {
      return corpusItems(ctx, field.name, have, bullet).map((it) => ({ ...it, textEdit: { range: r, newText: it.insertText ?? it.label } }));
    }
    return (bodyFacts(model).checklist ?? []).filter((i) => !have.has(i.text)).map((i, n) => ({
      label: i.text, kind: KIND.Value, detail: 'from the body\'s checklist', sortText: String(n).padStart(3, '0'),
      textEdit: { range: r, newText: bullet + i.text },
    }));
  }
  if (info.shape !== 'pairs' && info.shape !== 'records') return [];
  const sep = typed.indexOf(': ');
  if (sep >= 0) {
    const key = info.keys.find((k) => k.name === typed.slice(0, sep));
    if (!key) return [];
    const vr = lineRange(lineNo, textStart + sep + 2, textEnd);
    const fromImage = field.name === 'image sources' ? imageRecordValue(model, field, lineNo, key.name) : undefined;
    const items = valueItems(model, info.name, key, key, ctx).filter((it) => it.label !== fromImage?.label);
    return [...(fromImage ? [fromImage] : []), ...items].map((it) => ({ ...it, textEdit: { range: vr, newText: it.insertText ?? it.label } }));
  }
  let present = new Set(info.shape === 'pairs' ? pairsOf(field).map((p) => p.key) : currentRecordKeys(field, lineNo));
  // a record with every key: the line starts the next record, with the key that starts records
  if (info.shape === 'records' && info.keys.every((k) => present.has(k.name))) present = new Set(info.keys.slice(1).map((k) => k.name));
  // the cursor in the key of a written pair: only the key is replaced, its value stays
  const rest = line.text.slice(ch);
  const valueAfter = rest.indexOf(': ');
  const keyOnly = valueAfter >= 0 || rest.trimEnd().endsWith(':');
  const kr = keyOnly ? lineRange(lineNo, textStart, line.col + ch + (valueAfter >= 0 ? valueAfter : rest.trimEnd().length - 1)) : r;
  return info.keys.filter((k) => !present.has(k.name)).map((k, n) => ({
    label: k.name, kind: KIND.Property, detail: k.expected, documentation: { kind: 'markdown', value: k.description },
    sortText: String(n).padStart(2, '0'),
    textEdit: { range: kr, newText: keyOnly ? `${bullet}${k.name}` : `${bullet}${k.name}: ${firstValue(model, info.name, k, ctx)}` },
    ...(keyOnly ? {} : { insertTextFormat: SNIPPET }),
  }));
}

/** For a key of the n-th `image sources` record: what the n-th body image gives it (the URL only as a guess). */
function imageRecordValue(model: SeedModel, field: MetaField, lineNo: number, key: string): CompletionItem | undefined {
  const records = recordsOf(field);
  let n = records.findIndex((r) => r.range.start.line <= lineNo && lineNo <= r.range.end.line);
  if (n < 0) n = records.filter((r) => r.range.end.line < lineNo).length;
  const im = bodyFacts(model).images[n];
  const value = im ? imageRecord(im).find(([k]) => k === key)?.[1] : undefined;
  if (!im || value === undefined) return undefined;
  return {
    label: value, kind: KIND.Value, sortText: '0', ...(key === 'url' ? {} : { preselect: true }),
    detail: key === 'url' ? `a URL on the image's host (image ${n + 1}): edit the path` : `from the body's image ${n + 1}`,
  };
}

/** The keys already written in the record the cursor's line belongs to. */
function currentRecordKeys(field: MetaField, lineNo: number): string[] {
  const rec = recordsOf(field).find((r) => r.range.start.line <= lineNo && lineNo <= r.range.end.line + 1);
  return rec ? rec.pairs.filter((p) => p.range.start.line !== lineNo).map((p) => p.key) : [];
}

function fieldAbove(model: SeedModel, lineNo: number): MetaField | undefined {
  let found: MetaField | undefined;
  for (const f of model.meta?.fields ?? []) {
    if (f.line < lineNo) found = f;
    else break;
  }
  return found;
}

/** Values for a field or key: its enum, or what the body decides. */
function valueItems(model: SeedModel, field: string, key: KeyInfo | undefined, doc: KeyInfo | FieldInfo, ctx: CompletionContext): CompletionItem[] {
  const derived = derivedValue(model, field, key?.name, ctx);
  const out: CompletionItem[] = [];
  // what a rule decides is preselected; a suggestion (an estimate, today) only comes first
  if (derived) out.push({ label: derived.value, kind: KIND.Value, detail: derived.why, sortText: '0', ...(derived.from === 'suggestion' && field === 'reading time' ? {} : { preselect: true }) });
  const place = key ? `${field} ${key.name}` : field;
  const values = doc.values ? (ctx.allowedValues?.[place] ?? doc.values) : [];
  for (const [i, v] of values.entries()) {
    if (v === derived?.value) continue;
    out.push({ label: v, kind: KIND.EnumMember, detail: `one of ${values.join(', ')}`, sortText: `1${i}` });
  }
  const seen = new Set(out.map((o) => o.label));
  return [...out, ...corpusItems(ctx, place, seen)];
}

function firstValue(model: SeedModel, field: string, key: KeyInfo, ctx: CompletionContext): string {
  const d = derivedValue(model, field, key.name, ctx);
  if (d) return `\${1:${d.value}}`;
  if (key.values) return `\${1|${key.values.join(',')}|}`;
  return '$1';
}

function fieldNameItems(model: SeedModel, lineNo: number, line: Line, ch: number, ctx: CompletionContext): CompletionItem[] {
  const present = fieldsByName(model);
  const r = lineRange(lineNo, line.col, line.col + wordEnd(line.text, ch));
  const images = bodyFacts(model).images.length;
  return FIELDS.filter((f) => !present.has(f.name) && (f.name !== 'image sources' || images > 0)).map((f) => ({
    label: f.name, kind: KIND.Field, detail: `${f.shape} · ${f.expected}`,
    documentation: { kind: 'markdown', value: `${f.description}\n\nExample:\n\n\`\`\`\n${f.name}${f.shape === 'text' || f.shape === 'integer' ? '' : '\n'}${f.example}\n\`\`\`` },
    sortText: String(f.order).padStart(2, '0'),
    insertTextFormat: SNIPPET,
    textEdit: { range: r, newText: fieldSnippet(model, f, ctx) },
  }));
}

/** Where the word the cursor is in ends: the letters after it belong to the name being typed (`di|ff`). */
function wordEnd(text: string, ch: number): number {
  if (/^\s*$/.test(text.slice(ch))) return text.length;
  let e = ch;
  while (e < text.length && /[a-z]/i.test(text[e] as string)) e++;
  return e;
}

function fieldSnippet(model: SeedModel, f: FieldInfo, ctx: CompletionContext): string {
  if (f.shape === 'text' || f.shape === 'integer') {
    const d = derivedValue(model, f.name, undefined, ctx);
    if (d) return `${f.name}\${1:${escapeSnippet(d.value)}}`;
    return f.values ? `${f.name}\${1|${f.values.join(',')}|}` : `${f.name}$1`;
  }
  const b = metaBullet(model);
  if (f.name === 'image sources') {
    // one record per body image, in order, as rule 8 wants them
    const images = bodyFacts(model).images;
    if (images.length) {
      let stop = 1;
      const records = images.flatMap((im) => imageRecord(im).map(([k, v]) => `    ${b} ${k}: \${${stop++}:${escapeSnippet(v)}}`));
      return `image sources\n${records.join('\n')}`;
    }
  }
  if (f.shape === 'list') {
    if (f.name === 'checklist') {
      const items = bodyFacts(model).checklist?.map((i) => i.text) ?? [];
      if (items.length) return `checklist\n${items.map((t) => `  ${b} ${escapeSnippet(t)}`).join('\n')}$0`;
    }
    return `${f.name}\n  ${b} $1`;
  }
  const indent = f.shape === 'records' ? '    ' : '  ';
  let stop = 1;
  const lines = f.keys.map((k) => {
    const d = derivedValue(model, f.name, k.name, ctx);
    const v = d ? `\${${stop}:${escapeSnippet(d.value)}}` : k.values ? `\${${stop}|${k.values.join(',')}|}` : `\${${stop}}`;
    stop++;
    return `${indent}${b} ${k.name}: ${v}`;
  });
  return `${f.name}\n${lines.join('\n')}`;
}

function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}
