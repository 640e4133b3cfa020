// Indented meta lines must be items.
import type { MetaField } from '../model';
import { TRAILER } from '../parser/classify';
import { lineRange } from '../text';
import { fieldInfo, matchFieldName } from '../schema/catalog';
import { fieldsByName, headerAbove, metaBullet } from '../views';
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
        const above = headerAbove(meta, s.line);
        const splits = above?.kind === 'field' && above.field.items.some((i) => i.line > s.line);
        ctx.report('meta.stray-line', s.range, `Found the field \`${name}\` indented: field lines start at column 0.`,
          { fixes: [{ title: `Move \`${name}\` to column 0`, edits: [{ range: lineRange(s.line, col, s.range.start.character), newText: '' }], ...(splits ? {} : { preferred: true }) }] });
        continue;
      }
      // a wrong bullet (`*`, `+`, or one that looks like a bullet: `·`, `–`) or a right one without its
      // space: the text starts after it
      const mark = /^(?:[*+•-][ \t]*|[·‧∙–—◦‣▪●][ \t]+)/.exec(s.text)?.[0] ?? '';
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
        shape ? { fixes: [{ title: `Make it an item (\`${bullet} ${text.slice(0, 20)}…\`)`, edits: [{ range: lead, newText: `${indent}${bullet} ` }], ...(mark ? { preferred: true } : {}) }] } : undefined);
    }
  },
};

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
