// A meta line at column 0 that starts with no field name: offer the nearest name, or, with none near,
// the missing field that belongs where the line stands (`gadgets` with its items where `tools` goes).
import type { MetaItem, SeedModel, UnknownMetaLine } from '../model';
import { FIELDS, FIELD_NAMES, fieldInfo, type FieldInfo } from '../schema/catalog';
import { editDistance, nearestPrefix } from '../suggest';
import { lineRange } from '../text';
import { bodyFacts, fieldsByName, headerAbove } from '../views';
import type { Rule, RuleContext } from './rule';

/** The items below an unknown line, up to the next line at column 0 (they wait for it to name a field). */
export function itemsUnder(model: SeedModel, u: UnknownMetaLine): MetaItem[] {
  const meta = model.meta;
  if (!meta) return [];
  return meta.orphanItems.filter((it) => { const h = headerAbove(meta, it.line); return h?.kind === 'unknown' && h.line === u; });
}

/**
 * How long the name is on the line if the field's shape fits what stands there, else -1: for a field
 * of items, the line is its name alone and items stand below (pairs as `key: value`, record keys at 4
 * columns); for an inline field, a name then its value, where the name's end can be told (`duration7`,
 * `excerpt: …`; a glued text value such as `excerptthis …` cannot be split, and is not guessed at).
 */
function nameLength(info: FieldInfo, u: UnknownMetaLine, items: readonly MetaItem[]): number {
  const text = u.text.trimEnd();
  if (info.shape === 'text' || info.shape === 'integer') {
    if (items.length) return -1;
    const named = info.shape === 'integer' ? /^([^\d:]*?[^\d\s:])\s*:?\s*\d+$/.exec(text) : /^([^:]*?\S)\s*:\s*\S/.exec(text);
    return named ? (named[1] as string).length : -1;
  }
  // a name of a few words (`key points`), alone on its line
  if (items.length === 0 || !/^\p{L}[\p{L}\p{N}]*( [\p{L}\p{N}]+){0,3}$/u.test(text)) return -1;
  const pairs = items.every((it) => /^[^:\s][^:]*:\s/.test(`${it.text} `));
  const fits = info.shape === 'list' ? !pairs : pairs && (info.shape === 'records') === items.every((it) => it.indent >= 4);
  return fits ? text.length : -1;
}

/** Whether the article must have the field: required by the site (or the schema), or `image sources` for a body with images. */
function needed(ctx: RuleContext, info: FieldInfo): boolean {
  const required = ctx.site.requiredFields ? ctx.site.requiredFields.includes(info.name) : info.required;
  return required || (info.name === 'image sources' && bodyFacts(ctx.model).images.length > 0);
}

const guesses = new WeakMap<UnknownMetaLine, { name: string; length: number } | null>();

/** The field name an unknown line misspells (`dificulty…`), found once per line: several rules ask. */
export function misspelledName(u: UnknownMetaLine): { name: string; length: number } | undefined {
  let g = guesses.get(u);
  if (g === undefined) guesses.set(u, (g = nearestPrefix(u.text, FIELD_NAMES) ?? null));
  return g ?? undefined;
}

const standIns = new WeakMap<UnknownMetaLine, { site: RuleContext['site']; value: ReturnType<typeof findStandIn> }>();

/** `findStandIn`, found once per line and site: the schema rule asks for each missing field. */
export function standInFor(ctx: RuleContext, u: UnknownMetaLine): { info: FieldInfo; length: number } | undefined {
  const known = standIns.get(u);
  if (known && known.site === ctx.site) return known.value;
  const value = findStandIn(ctx, u);
  standIns.set(u, { site: ctx.site, value });
  return value;
}

/**
 * The one missing field an unknown line with no near name stands in for, and how long the name on the
 * line is: the only field the article needs and lacks whose shape fits and whose place in the canonical
 * order lies between the known fields around the line.
 */
function findStandIn(ctx: RuleContext, u: UnknownMetaLine): { info: FieldInfo; length: number } | undefined {
  const model = ctx.model;
  const meta = model.meta;
  if (!meta || misspelledName(u)) return undefined;
  const present = fieldsByName(model);
  let before = -1;
  let after = Infinity;
  for (const f of meta.fields) {
    const order = fieldInfo(f.name)?.order;
    if (order === undefined) continue;
    if (f.line < u.line) before = Math.max(before, order);
    else after = Math.min(after, order);
  }
  const items = itemsUnder(model, u);
  const fits = FIELDS.filter((info) => !present.has(info.name) && info.order > before && info.order < after && needed(ctx, info)
    // a misspelling elsewhere already names it
    && !meta.unknown.some((o) => misspelledName(o)?.name === info.name))
    .map((info) => ({ info, length: nameLength(info, u, items) })).filter((f) => f.length > 0);
  return fits.length === 1 ? fits[0] : undefined;
}

export const unknownFieldRule: Rule = {
  name: 'unknown-field',
  run(ctx) {
    for (const u of ctx.model.meta?.unknown ?? []) {
      const guess = misspelledName(u);
      const start = u.range.start;
      if (guess) {
        const r = lineRange(start.line, start.character, start.character + guess.length);
        const found = u.text.slice(0, guess.length);
        // `view coun341601`: `view coun` missing a letter, or `view coun3` with a wrong one? The same
        // distance both ways is no answer: both renames are offered, neither preferred
        // (a field that takes items has no value to leave: a name alone on its line is all name, as in `toolz`)
        const inline = ['text', 'integer'].includes(fieldInfo(guess.name)?.shape ?? '');
        const whole = !inline && guess.length === u.text.length;
        const other = whole ? undefined : [guess.length - 1, guess.length + 1].find((len) => len > 0 && len <= u.text.length
          && editDistance(u.text.slice(0, len).toLowerCase(), guess.name) === editDistance(found.toLowerCase(), guess.name));
        const rename = (len: number, preferred: boolean) => {
          const at = lineRange(start.line, start.character, start.character + len);
          return { title: `Rename \`${u.text.slice(0, len)}\` to \`${guess.name}\``, edits: [{ range: at, newText: guess.name }], ...(preferred ? { preferred } : {}) };
        };
        ctx.report('meta.unknown-field', r,
          `Unknown meta field \`${found}\`: did you mean \`${guess.name}\`? Expected a field name such as ${FIELD_NAMES.slice(0, 4).map((n) => `\`${n}\``).join(', ')}, …`,
          { fixes: other === undefined
            ? [{ title: `Rename to \`${guess.name}\``, edits: [{ range: r, newText: guess.name }], preferred: true }]
            : [rename(Math.min(guess.length, other), false), rename(Math.max(guess.length, other), false)] });
      } else {
        const word = /^\S+/.exec(u.text)?.[0] ?? u.text;
        const items = itemsUnder(ctx.model, u);
        // its items are not reported one by one: this line is what they wait for
        const below = items.length ? ` (the ${items.length === 1 ? 'item' : `${items.length} items`} below it belong to no field until it names one)` : '';
        const standIn = standInFor(ctx, u);
        const name = standIn ? u.text.slice(0, standIn.length) : word;
        const nameRange = lineRange(u.range.start.line, u.range.start.character, u.range.start.character + name.length);
        // a guess from the place and the shape, not from the spelling: offered, never applied unasked
        ctx.report('meta.unknown-field', u.range, standIn
          ? `Unknown meta field \`${name.slice(0, 40)}\`${below}: expected a field name. \`${standIn.info.name}\` is missing and belongs here, in the same shape: is this it?`
          : `Unknown meta field: the line starts with \`${word.slice(0, 40)}\`${below}, expected one of the schema's field names (${FIELD_NAMES.join(', ')}).`,
        standIn ? { fixes: [{ title: `Rename \`${name.slice(0, 40)}\` to \`${standIn.info.name}\``, edits: [{ range: nameRange, newText: standIn.info.name }] }] } : undefined);
      }
    }
  },
};
