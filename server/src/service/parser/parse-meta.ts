// The post meta block (SEED-FORMAT.md §3): field lines at column 0 found by the longest field name,
// items indented with `•` or `-`. Shapes are not judged here: the rules read the raw fields.
import type { MetaBlock, MetaField, MetaItem, UnknownMetaLine } from '../model';
import { indentChars, isBlank, lineRange, range, trimmedEnd, type LineTable } from '../text';
import { matchFieldName } from '../schema/catalog';
import { TRAILER, indentColumns, markerBrand } from './classify';
import { MetaFieldNode, MetaItemNode } from './nodes';

const BULLET = 0x2022;

/** `•` or `-` at `at`, then a space, a tab or the line's end. */
function isBullet(t: string, at: number, end: number): boolean {
  const c = t.charCodeAt(at);
  const sp = t.charCodeAt(at + 1);
  return (c === BULLET || c === 45) && (sp === 32 || sp === 9 || at + 1 === end);
}

export function parseMeta(lines: LineTable, markerLine: number): { meta: MetaBlock; end: number } {
  const n = lines.length;
  const markerText = lines.text(markerLine);
  const at = (line: number, s: number, e: number) => lineRange(line, lines.col(line) + s, lines.col(line) + e);
  const fields: MetaField[] = [];
  const unknown: UnknownMetaLine[] = [];
  const orphanItems: MetaItem[] = [];
  const strayLines: UnknownMetaLine[] = [];
  const extraMarkers: MetaBlock['markerRange'][] = [];
  let current: MetaField | undefined;
  let lastContent = markerLine;
  let i = markerLine + 1;
  for (; i < n; i++) {
    const t = lines.text(i);
    if (isBlank(t)) continue;
    const end = trimmedEnd(t);
    if (t.length === TRAILER.length || end === TRAILER.length) {
      if (t.slice(0, end) === TRAILER) break;
    }
    lastContent = i;
    const chars = indentChars(t);
    // no field name starts with a bullet: `• fastapi` at column 0 is an item that lost its indent
    const bulletAt0 = chars === 0 && isBullet(t, 0, end);
    if (chars === 0 && !bulletAt0) {
      if (markerBrand(t) !== undefined) {
        extraMarkers.push(at(i, 0, end));
        current = undefined;
        continue;
      }
      const name = matchFieldName(t);
      if (name === undefined) {
        unknown.push({ text: t.slice(0, end), line: i, range: at(i, 0, end) });
        current = undefined;
        continue;
      }
      let v = name.length;
      let colon = false;
      if (t.charCodeAt(v) === 58) { colon = true; v++; }
      while (t.charCodeAt(v) === 32 || t.charCodeAt(v) === 9) v++;
      current = new MetaFieldNode(lines, i, name, v < end ? t.slice(v, end) : '', colon, v, end);
      fields.push(current);
      continue;
    }
    if (isBullet(t, chars, end)) {
      let s = chars + 1;
      while (t.charCodeAt(s) === 32 || t.charCodeAt(s) === 9) s++;
      const item = new MetaItemNode(lines, i, s < end ? t.slice(s, end) : '', indentColumns(t, 0, chars), chars, s, end);
      if (current) {
        current.items.push(item);
      } else {
        orphanItems.push(item);
      }
      continue;
    }
    strayLines.push({ text: t.slice(chars, end), line: i, range: at(i, chars, end) });
  }
  const lastText = lines.text(lastContent);
  const meta: MetaBlock = {
    brand: markerBrand(markerText) ?? '',
    markerRange: at(markerLine, 0, trimmedEnd(markerText)),
    fields, unknown, orphanItems, strayLines, extraMarkers,
    range: range(markerLine, lines.col(markerLine), lastContent, lines.col(lastContent) + trimmedEnd(lastText)),
  };
  return { meta, end: i };
}
