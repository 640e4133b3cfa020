// Items of pairs and records fields are `key: value`; a key appears once per field or record.
import { replaceLines } from '../edits';
import type { Pair } from '../model';
import { fieldInfo } from '../schema/catalog';
import { pairsOf, recordsOf } from '../views';
import type { Rule, RuleContext } from './rule';

export const pairSyntaxRule: Rule = {
  name: 'pair-syntax',
  run(ctx) {
    for (const f of ctx.model.meta?.fields ?? []) {
      const info = fieldInfo(f.name);
      const shape = info?.shape;
      if (shape !== 'pairs' && shape !== 'records') continue;
      for (const p of pairsOf(f)) {
        if (!p.wellFormed && p.key === '') {
          ctx.report('meta.pair-syntax', p.range, `This \`${f.name}\` item is empty: expected \`key: value\`, or no item here.`,
            { fixes: [{ title: 'Remove the empty item', edits: [replaceLines(ctx.model, p.range.start.line, p.range.start.line, [])], preferred: true }] });
          continue;
        }
        if (!p.wellFormed) {
          // `quality:98`: a known key glued to its value by a colon only; the space is the right answer;
          // `quality 98`: a known key and its value without the colon
          const glued = /^([^:]+):(\S.*)$/.exec(p.key) ?? spaced(p.key, info?.keys.map((k) => k.name) ?? []);
          const key = glued ? (glued[1] as string).trim() : '';
          // a key the field does not have yet (a second one would be a duplicate; in records, the safe side)
          // in a records field, the pair's own record (every record has its `type`)
          const scope = shape === 'records' ? recordsOf(f).find((r) => r.pairs.includes(p))?.pairs ?? [] : pairsOf(f);
          const known = info?.keys.some((k) => k.name === key) && !scope.some((o) => o.wellFormed && o.key === key);
          const fixed = glued && known ? `${key}: ${glued[2] as string}` : undefined;
          ctx.report('meta.pair-syntax', p.range,
            `Found \`${p.key.slice(0, 40)}\` in \`${f.name}\`: expected \`key: value\` (a colon and a space after the key).`,
            fixed ? { fixes: [{ title: `Write \`${fixed.slice(0, 40)}\``, edits: [{ range: p.keyRange, newText: fixed }], preferred: true }] } : undefined);
        }
      }
      if (shape === 'pairs') duplicates(ctx, f.name, pairsOf(f), '');
      else for (const [i, r] of recordsOf(f).entries()) duplicates(ctx, f.name, r.pairs, ` (record ${i + 1})`);
    }
  },
};

/** `key value` where `key` is one of the field's keys (the longest that fits: `image heavy 0`). */
function spaced(text: string, keys: readonly string[]): [string, string, string] | null {
  const key = keys.filter((k) => text.startsWith(`${k} `) && text.length > k.length + 1).sort((a, b) => b.length - a.length)[0];
  // `quality - 97`, `quality = 97`: a dash or equals sign written for the colon is not part of the value
  return key ? [text, key, text.slice(key.length + 1).replace(/^[ \t]*(?:[-–—=][ \t]+)?/, '')] : null;
}

function duplicates(ctx: RuleContext, field: string, pairs: readonly Pair[], where: string): void {
  const copies = new Map<string, number>();
  for (const p of pairs) if (p.wellFormed) copies.set(p.key, (copies.get(p.key) ?? 0) + 1);
  const seen = new Map<string, Pair>();
  for (const p of pairs) {
    if (!p.wellFormed) continue;
    const first = seen.get(p.key);
    if (!first) { seen.set(p.key, p); continue; }
    const line = (q: Pair) => q.range.start.line;
    const remove = { title: `Remove this duplicate \`${p.key}\``, edits: [replaceLines(ctx.model, line(p), line(p), [])] };
    // as for a duplicate field: with two copies, the other way round too; neither preferred
    const keep = copies.get(p.key) === 2
      ? { title: `Keep this \`${p.key}\`, remove the one on line ${line(first) + 1}`, edits: [replaceLines(ctx.model, line(first), line(first), [])] }
      : undefined;
    ctx.report('meta.duplicate-key', p.keyRange, `\`${field}\`${where} has \`${p.key}\` twice: expected each key once; the first one counts.`, {
      related: [{ range: first.keyRange, message: `first \`${p.key}\`` }],
      fixes: keep ? [remove, keep] : [remove],
    });
  }
}
