// Indented meta lines must be items.
import type { MetaBlock, MetaField, MetaItem, SeedModel } from '../model';
import { TRAILER } from '../parser/classify';
import { lineRange } from '../text';
import { fieldInfo, matchFieldName } from '../schema/catalog';
import { fieldsByName, headerAbove, metaBullet, pairOf } from '../views';
import type { Rule } from './rule';

export const strayLineRule: Rule = {
  name: 'stray-line',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    const bullet = metaBullet(ctx.model);
    for (const s of meta.strayLines) {
      const col = ctx.model.lines.col(s.line);
      if (s.text === TRAILER) {
        // an indented `Similar Posts` is the trailer moved off column 0, not an item
        ctx.report('meta.stray-line', s.range, `Found an indented \`${TRAILER}\`: the trailer that ends the meta block stands at column 0.`,
          { fixes: [{ title: `Move \`${TRAILER}\` to column 0`, edits: [{ range: lineRange(s.line, col, s.range.start.character), newText: '' }], preferred: true }] });
        continue;
      }
      // an indented field line: field lines stand at column 0
      const name = matchFieldName(s.text);
      if (name !== undefined && !fieldsByName(ctx.model).has(name)) {
        // at column 0 it would take the items below it from the field it stands in: then it is no sure answer
        // unless those items are `key: value` pairs of its own keys (`  entities` over its records)
        const below = itemsBelow(meta, s.line);
        const splits = below.length > 0 && !ownPairs(name, below);
        ctx.report('meta.stray-line', s.range, `Found the field \`${name}\` indented: field lines start at column 0.`,
          { fixes: [{ title: `Move \`${name}\` to column 0`, edits: [{ range: lineRange(s.line, col, s.range.start.character), newText: '' }], ...(splits ? {} : { preferred: true }) }] });
        continue;
      }
      // a wrong bullet (`*`, `+`, or one that looks like a bullet: `·`, `–`) or a right one without its
      // space: the text starts after it
      const mark = strayMark(s.text);
      const text = s.text.slice(mark.length);
      // the field whose items the line would join: the nearest header above, when it is a field
      const header = headerAbove(meta, s.line);
      const owner = header?.kind === 'field' ? header.field : undefined;
      const shape = owner && text ? itemShape(owner, text) : undefined;
      // the line's indentation becomes the item's: 4 columns for a record key, else 2
      const indent = ' '.repeat(shape === 'records' ? 4 : 2);
      const lead = lineRange(s.line, col, s.range.start.character + mark.length);
      ctx.report('meta.stray-line', s.range,
        mark
          ? `Found \`${s.text.slice(0, 30)}\`: expected an item written \`${bullet} \` (the bullet, then a space) before \`${text.slice(0, 30)}\`.`
          : `Found an indented line that is not an item: expected \`${bullet} \` before \`${s.text.slice(0, 30)}\`, or the line at column 0 if it is a field.`,
        // preferred when the line was meant as an item: it has a bullet, or it is a pair of the field's keys
        shape ? { fixes: [{ title: `Make it an item (\`${bullet} ${text.slice(0, 20)}…\`)`, edits: [{ range: lead, newText: `${indent}${bullet} ` }], ...(mark || shape !== 'list' ? { preferred: true } : {}) }] } : undefined);
    }
  },
};

/** A wrong bullet (`*`, `+`, or a look-alike such as `·`, `–`) or a right one without its space, with the spaces after it; '' for none. */
export function strayMark(text: string): string {
  return /^(?:[*+•-][ \t]*|[·‧∙–—◦‣▪●][ \t]+)/.exec(text)?.[0] ?? '';
}

/** The items of the field above line `line` that stand below it. */
function itemsBelow(meta: MetaBlock, line: number): readonly MetaItem[] {
  const above = headerAbove(meta, line);
  return above?.kind === 'field' ? above.field.items.filter((i) => i.line > line) : [];
}

/** Whether every item is a `key: value` pair of one of the field's keys. */
function ownPairs(name: string, items: readonly MetaItem[]): boolean {
  const keys = fieldInfo(name)?.keys.map((k) => k.name) ?? [];
  return keys.length > 0 && items.every((i) => keys.includes(pairOf(i).key));
}

/**
 * The item lines an indented field line (`  entities`) will take back once it stands at column 0: the
 * items below it that are its own pairs. Until then they sit under the field above, whose rules would
 * report each of them (wrong indent, unknown key): one mistake, the indented name, is reported instead.
 */
export function claimedByIndentedField(model: SeedModel): Set<number> {
  const out = new Set<number>();
  const meta = model.meta;
  if (!meta?.strayLines.length) return out;
  const present = fieldsByName(model);
  for (const s of meta.strayLines) {
    const name = matchFieldName(s.text);
    if (name === undefined || present.has(name)) continue;
    const below = itemsBelow(meta, s.line);
    if (below.length && ownPairs(name, below)) for (const i of below) out.add(i.line);
  }
  return out;
}

/**
 * The shape of the field when the line made its item is a right answer, else undefined: the field takes
 * items (it has no inline value), and for key: value fields the line is a pair of one of its keys.
 */
function itemShape(f: MetaField, text: string): 'list' | 'pairs' | 'records' | undefined {
  const info = fieldInfo(f.name);
  if (f.value !== '' || !info || info.shape === 'text' || info.shape === 'integer') return undefined;
  if (info.shape === 'list') return info.shape;
  // a pair of one of the field's keys
  const sep = text.indexOf(': ');
  const key = (sep >= 0 ? text.slice(0, sep) : text.endsWith(':') ? text.slice(0, -1) : '').trimEnd();
  return info.keys.some((k) => k.name === key) ? info.shape : undefined;
}
