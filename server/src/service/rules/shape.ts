// A field written in the wrong shape: list-like fields take items, text fields an inline value.
import { insertLinesAfter, replaceLines } from '../edits';
import type { MetaItem } from '../model';
import { fieldInfo } from '../schema/catalog';
import { metaBullet } from '../views';
import type { Rule } from './rule';

/** A glued inline value of one letter (or `es`) on a field that takes items is the name misspelled. */
function misspelledName(value: string, colon: boolean): boolean {
  return !colon && /^(?:\p{L}|es)$/u.test(value);
}

export const shapeRule: Rule = {
  name: 'shape',
  run(ctx) {
    for (const f of ctx.model.meta?.fields ?? []) {
      const info = fieldInfo(f.name);
      if (!info) continue;
      const inline = info.shape === 'text' || info.shape === 'integer';
      if (!inline && misspelledName(f.value, f.colon)) {
        // `stacks`, `scores`, `ai outlines`: a name with a letter too many, not `stack` and the value `s`
        const r = { start: f.nameRange.start, end: f.valueRange.end };
        ctx.report('meta.unknown-field', r,
          `Unknown meta field \`${f.name}${f.value}\`: did you mean \`${f.name}\`? It takes ${info.shape === 'list' ? 'items' : '`key: value` items'} on the lines below it.`,
          { fixes: [{ title: `Rename to \`${f.name}\``, edits: [{ range: f.valueRange, newText: '' }], preferred: true }] });
      } else if (!inline && f.value !== '') {
        const indent = info.shape === 'records' ? '    ' : '  ';
        ctx.report('meta.shape', f.valueRange,
          `\`${f.name}\` takes ${info.shape === 'list' ? 'items' : '`key: value` items'} on the lines below it: found the inline value \`${f.value.slice(0, 40)}\`.`,
          info.shape === 'list' ? {
            // after the items already there: the first item may be held to something (`stack` to the outline)
            fixes: [{ title: `Move \`${f.value.slice(0, 30)}\` to an item`, preferred: true,
              edits: f.items.length
                ? [replaceLines(ctx.model, f.line, f.line, [f.name]),
                  insertLinesAfter(ctx.model, (f.items[f.items.length - 1] as MetaItem).line, [`${indent}${metaBullet(ctx.model)} ${f.value}`])]
                : [replaceLines(ctx.model, f.line, f.line, [f.name, `${indent}${metaBullet(ctx.model)} ${f.value}`])] }],
          } : undefined);
      } else if (inline && f.items.length > 0) {
        const one = f.items.length === 1 ? f.items[0] : undefined;
        ctx.report('meta.shape', f.nameRange,
          `\`${f.name}\` takes an inline value written after its name (\`${f.name}${info.example}\`): found ${f.items.length} item${f.items.length > 1 ? 's' : ''} below it.`,
          one && f.value === '' ? {
            fixes: [{ title: `Write \`${one.text.slice(0, 30)}\` inline`, preferred: true,
              edits: [replaceLines(ctx.model, f.line, one.line, [`${f.name}${one.text.startsWith(':') ? ': ' : ''}${one.text}`])] }],
          } : undefined);
      }
    }
  },
};
