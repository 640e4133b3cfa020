// The outline: title → intro blocks and sections → their lists, code and images;
// post meta → fields → items, pairs and records.
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Block, MetaField, SeedModel, Section } from '../model';
import { fieldInfo, firstRecordKey } from '../schema/catalog';
import type { Range } from '../text';
import { pairsOf, recordsOf } from '../views';
import { SectionFinder, canLend, reusableFrom, sectionSymbols } from './outline-reuse';

const K = { Module: 2, Namespace: 3, File: 1, Property: 7, Function: 12, String: 15, Array: 18, Object: 19, Key: 20, Struct: 23 } as const;

// Every symbol has the same four or six properties in the same order (one hidden class; a 10 MB
// article has tens of thousands of them); empty details and child lists are left out of the JSON.
function sym(name: string, kind: SymbolKind, range: Range, selectionRange: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  return { name: name || ' ', kind, range, selectionRange, detail: detail || undefined, children: children?.length ? children : undefined } as DocumentSymbol;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
/** At most `n` characters, with `…` for the rest; never half of a surrogate pair (an emoji would show as �). */
function clip(s: string, n = 60): string {
  if (s.length <= n) return s;
  let end = n - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

// a block's range is made on each read: read once, it serves as both ranges of the symbol
function blockSymbol(b: Block): DocumentSymbol | undefined {
  switch (b.kind) {
    case 'list': {
      const r = b.range;
      return sym('list', K.Array, r, r, plural(b.items.length, 'item'));
    }
    case 'code': {
      const r = b.range;
      return sym(b.fenced ? `code ${b.language ?? ''}`.trim() : 'code', K.Function, r, r,
        `${plural(b.contentEnd - b.contentStart + 1, 'line')}${b.closed ? '' : ', unclosed'}`);
    }
    case 'image': return sym(clip(b.caption, 120), K.File, b.range, b.captionRange, `image from ${b.source}`);
    default: return undefined;
  }
}

/** Section details by their four counts (a big article repeats a few of them thousands of times). */
const details = new Map<number, string>();

function detailOf(paragraphs: number, lists: number, code: number, images: number): string {
  const small = paragraphs < 1000 && lists < 100 && code < 100 && images < 100;
  const key = ((paragraphs * 100 + lists) * 100 + code) * 100 + images;
  const known = small ? details.get(key) : undefined;
  if (known !== undefined) return known;
  let detail = paragraphs ? plural(paragraphs, 'paragraph') : '';
  if (lists) detail += (detail && ', ') + plural(lists, 'list');
  if (code) detail += (detail && ', ') + plural(code, 'code block');
  if (images) detail += (detail && ', ') + plural(images, 'image');
  if (small && details.size < 4096) details.set(key, detail);
  return detail;
}

function sectionSymbol(s: Section, remember: boolean): DocumentSymbol {
  let children: DocumentSymbol[] | undefined;
  let paragraphs = 0;
  let lists = 0;
  let code = 0;
  let images = 0;
  for (const b of s.blocks) {
    if (b.kind === 'paragraph') { paragraphs++; continue; }
    if (b.kind === 'list') lists++;
    else if (b.kind === 'code') code++;
    else images++;
    (children ??= []).push(blockSymbol(b) as DocumentSymbol);
  }
  const range = s.range;
  // the heading's range shares the section's start
  const selection = { start: range.start, end: { line: range.start.line, character: range.start.character + s.heading.text.length } };
  const symbol = sym(s.heading.text, K.Namespace, range, selection, detailOf(paragraphs, lists, code, images), children);
  if (remember) sectionSymbols.set(s, symbol);
  return symbol;
}

function fieldSymbol(f: MetaField): DocumentSymbol {
  const shape = fieldInfo(f.name)?.shape;
  let children: DocumentSymbol[] = [];
  let detail = f.value ? clip(f.value) : '';
  if (shape === 'list') {
    children = f.items.map((i) => sym(clip(i.text) || '(empty)', K.String, i.range, i.textRange));
    detail ||= plural(f.items.length, 'item');
  } else if (shape === 'pairs') {
    children = pairsOf(f).map((p) => sym(p.key || '(empty)', K.Key, p.range, p.keyRange, clip(p.value)));
    detail ||= plural(f.items.length, 'key');
  } else if (shape === 'records') {
    const records = recordsOf(f);
    // a record is named by the key that names records (`name`, `source`), wherever it stands in it
    const naming = firstRecordKey(f.name);
    children = records.map((r, i) => {
      const head = r.pairs.find((p) => p.key === naming) ?? r.pairs[0];
      return sym(clip(head?.value ?? '') || `record ${i + 1}`, K.Object, r.range, r.range,
        clip(r.pairs.filter((p) => p !== head).map((p) => p.value).join(', '), 80),
        r.pairs.map((p) => sym(p.key || '(empty)', K.Key, p.range, p.keyRange, clip(p.value))));
    });
    detail ||= plural(records.length, 'record');
  }
  return sym(f.name, K.Property, f.range, f.nameRange, detail, children);
}

/** `previous`: the model of the document's previous version, whose unchanged sections' symbols are reused. */
export function getDocumentSymbols(model: SeedModel, previous?: SeedModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const title = model.title;
  if (title) {
    const children: DocumentSymbol[] = [];
    for (const b of model.intro) {
      const c = blockSymbol(b);
      if (c) children.push(c);
    }
    const old = reusableFrom(previous, model);
    const finder = old ? new SectionFinder(old, model) : undefined;
    // only a row-backed model has a next version that can reuse its symbols (a weak map entry per
    // section is not free: the garbage collector visits each one)
    const remember = canLend(model);
    // an index loop: a for-of here allocated an iterator result per section (0.6 MB on the 10 MB article)
    const sections = model.sections;
    for (let k = 0; k < sections.length; k++) {
      const s = sections[k] as Section;
      const kept = finder?.symbolFor(s);
      if (kept) sectionSymbols.set(s, kept); // (a finder exists only for a model that can lend)
      children.push(kept ?? sectionSymbol(s, remember));
    }
    const lastSection = children[children.length - 1];
    const last = model.sections.length && lastSection ? lastSection.range.end : model.intro[model.intro.length - 1]?.range.end ?? title.range.end;
    out.push(sym(clip(title.text, 80), K.Module, { start: title.range.start, end: last }, title.range,
      plural(model.sections.length, 'section'), children));
  }
  const meta = model.meta;
  if (meta) {
    out.push(sym(`${meta.brand} post meta`, K.Struct, meta.range, meta.markerRange, plural(meta.fields.length, 'field'), meta.fields.map(fieldSymbol)));
  }
  return out;
}
