// Every value rule of the zod schema: each present field is parsed by its own zod schema and each
// zod issue is mapped back to the exact key or value range it is about.
import type { z } from 'zod';
import { derivedValue } from '../derive';
import { insertField, insertLinesAfter, replaceLines } from '../edits';
import type { MetaField, Pair } from '../model';
import { FIELDS, keyInfo, matchFieldName, metaSchemaFor, type FieldInfo } from '../schema/catalog';
import type { Doc } from '../schema/meta-schema';
import { nearest, nearestUnique } from '../suggest';
import { lineRange, type Range } from '../text';
import { bodyFacts, fieldsByName, headerAbove, metaBullet, pairValue, pairsOf, recordsOf } from '../views';
import type { Fix, Rule, RuleContext } from './rule';
import { strayMark } from './stray-line';
import { misspelledName, standInFor } from './unknown-field';

export const schemaRule: Rule = {
  name: 'schema',
  run(ctx) {
    const meta = ctx.model.meta;
    if (!meta) return;
    const schema = metaSchemaFor({ today: ctx.today, ...(ctx.site.allowedValues ? { allowed: ctx.site.allowedValues } : {}) });
    const required = ctx.site.requiredFields ? new Set(ctx.site.requiredFields) : undefined;
    const present = fieldsByName(ctx.model);
    for (const info of FIELDS) {
      const f = present.get(info.name);
      if (!f) {
        // a line that misspells it, or writes it indented, is reported there with the fix that mends it
        if ((required ? required.has(info.name) : info.required) && !misspelledField(ctx, info.name)) {
          const fix = missingFieldFix(ctx, info.name);
          const fixes = fix ? [fix] : info.name === 'code language' ? codeLanguageGuesses(ctx, schema.shape['code language'] as z.ZodType) : [];
          ctx.report('meta.missing-field', meta.markerRange,
            `The post meta has no \`${info.name}\` field: expected ${info.expected}.${missingHint(ctx, info.name)}`, fixes.length ? { fixes } : undefined);
        }
        continue;
      }
      const fieldSchema = schema.shape[info.name] as z.ZodType;
      checkField(ctx, info, f, fieldSchema);
    }
  },
};

/** A missing field whose value the outline or the body decides (`topic`, `checklist`), added where the canonical order puts it. */
function missingFieldFix(ctx: RuleContext, name: string): Fix | undefined {
  let lines: string[] | undefined;
  if (name === 'topic') {
    const d = derivedValue(ctx.model, 'topic', undefined, { today: ctx.today });
    // glued to the name, a value that starts with `:` would read as the separator
    if (d) lines = [d.value.startsWith(':') ? `topic: ${d.value}` : `topic${d.value}`];
  } else if (name === 'notes') {
    // notes may be empty: the field itself is what is missing
    lines = ['notes'];
  } else if (name === 'checklist') {
    const items = bodyFacts(ctx.model).checklist ?? [];
    if (items.length) lines = ['checklist', ...items.map((i) => `  ${metaBullet(ctx.model)} ${i.text}`)];
  }
  if (!lines) return undefined;
  const from = name === 'topic' ? ' from the outline' : name === 'checklist' ? ' from the body' : ' (empty)';
  return { title: `Add \`${name}\`${from}`, edits: [insertField(ctx.model, name, lines)], preferred: true };
}

/**
 * A missing `code language` from the languages of the body's fences (at most three, in order of first use).
 * Offered, never preferred: an article may show shell commands for a Python service, so the body suggests
 * the language without deciding it.
 */
function codeLanguageGuesses(ctx: RuleContext, schema: z.ZodType): Fix[] {
  const valid = bodyFacts(ctx.model).codeLanguages.filter((l) => schema.safeParse(l).success).slice(0, 3);
  return valid.map((l) => ({ title: `Add \`code language\` \`${l}\` (a fenced code block's language)`, edits: [insertField(ctx.model, 'code language', [`code language${l}`])] }));
}

/** Setting a value to what the body or the outline decides (not to a mere suggestion such as today's date). */
function derivedFix(ctx: RuleContext, field: string, key: string | undefined, r: Range, glued: boolean, emptyPair = false): Fix | undefined {
  const d = derivedValue(ctx.model, field, key, { today: ctx.today });
  if (!d || d.from === 'suggestion') return undefined;
  // an empty pair reads `key:` (its trailing spaces are trimmed): the value needs the space back
  const newText = glued && d.value.startsWith(':') ? `: ${d.value}` : emptyPair ? ` ${d.value}` : d.value;
  return { title: `Set \`${key ?? field}\` to \`${d.value}\``, edits: [{ range: r, newText }], preferred: true };
}

/** Where a missing field's value has to come from, when that is not the meta itself. */
function missingHint(ctx: RuleContext, name: string): string {
  // the meta checklist copies the body's: with none in the body, that is what the writer has to write first
  if (name === 'checklist' && !bodyFacts(ctx.model).checklist?.length) {
    return ' The body has no checklist to copy yet: write a list under an `implementation checklist` heading.';
  }
  return '';
}

function checkField(ctx: RuleContext, info: FieldInfo, f: MetaField, schema: z.ZodType): void {
  const inline = info.shape === 'text' || info.shape === 'integer';
  // a field in the wrong shape is the shape rule's to report
  if (inline ? f.items.length > 0 : f.value !== '') return;
  if (inline) {
    const r = schema.safeParse(f.value);
    if (r.success) return;
    const issue = r.error.issues[0] as z.core.$ZodIssue;
    // after a `:` with nothing behind it the value needs its space, and takes the line's trailing spaces
    const emptyAfterColon = f.colon && f.value === '';
    const at = f.valueRange.start;
    const target = emptyAfterColon ? lineRange(at.line, at.character, ctx.model.lines.col(at.line) + ctx.model.lines.size(at.line)) : f.valueRange;
    const set = derivedFix(ctx, f.name, undefined, target, !f.colon, emptyAfterColon);
    if (f.value === '') {
      ctx.report('meta.invalid-value', f.nameRange, `\`${f.name}\` is empty: expected ${info.expected}, written right after the name (\`${f.name}${info.example}\`).`,
        set ? { fixes: [set] } : undefined);
      return;
    }
    // `2736193AAD21…`, `Python`: the value in lowercase is right
    const lower = f.value.toLowerCase();
    const lowered = !set && lower !== f.value && schema.safeParse(lower).success
      ? { title: `Write \`${lower.length > 30 ? `${lower.slice(0, 29)}…` : lower}\` in lowercase`, edits: [{ range: f.valueRange, newText: lower }], preferred: true } : undefined;
    invalid(ctx, `\`${f.name}\``, f.value, f.valueRange, withAllowed(ctx, f.name, info), issue, set ?? lowered);
    return;
  }
  if (info.shape === 'list') {
    const r = schema.safeParse(f.items.map((i) => i.text));
    if (r.success) return;
    for (const issue of r.error.issues) {
      const idx = issue.path[0];
      const item = typeof idx === 'number' ? f.items[idx] : undefined;
      if (item) {
        // removing it is a right answer when the field keeps an item, or may have none
        const droppable = f.items.some((i) => i !== item && i.text.trim() !== '') || schema.safeParse([]).success;
        ctx.report('meta.invalid-value', item.range, `This \`${f.name}\` item is empty: expected text after the bullet${droppable ? ', or no item here' : ''}.`,
          droppable ? { fixes: [{ title: 'Remove the empty item', edits: [replaceLines(ctx.model, item.line, item.line, [])], preferred: true }] } : undefined);
      }
      else {
        // `stack` starts with the outline's stack (rule 3): that is its first item
        const outline = f.name === 'stack' ? pairValue(fieldsByName(ctx.model).get('ai outline'), 'stack') : undefined;
        const first = outline?.wellFormed && outline.value.trim() ? outline.value : undefined;
        ctx.report('meta.invalid-value', f.nameRange, `\`${f.name}\` has no items: expected ${info.expected}, each on its own line \`  • …\` below the name.`,
          first ? { fixes: [{ title: `Add \`${first}\` from the outline`, edits: [insertLinesAfter(ctx.model, f.range.end.line, [`  ${metaBullet(ctx.model)} ${first}`])], preferred: true }] } : undefined);
      }
    }
    return;
  }
  if (info.shape === 'pairs') {
    const pairs = firstPairs(pairsOf(f));
    const r = schema.safeParse(Object.fromEntries([...pairs].map(([k, p]) => [k, p.value])));
    if (!r.success) for (const issue of firstPerPath(r.error.issues)) pairIssue(ctx, info, f.nameRange, pairs, issue, issue.path, '');
    return;
  }
  const records = recordsOf(f).map((rec) => firstPairs(rec.pairs));
  const r = schema.safeParse(records.map((pairs) => Object.fromEntries([...pairs].map(([k, p]) => [k, p.value]))));
  if (r.success) return;
  const recs = recordsOf(f);
  for (const issue of firstPerPath(r.error.issues)) {
    const idx = issue.path[0];
    if (typeof idx !== 'number') continue;
    const rec = recs[idx];
    if (!rec) continue;
    pairIssue(ctx, info, rec.range, records[idx] as Map<string, Pair>, issue, issue.path.slice(1), ` (record ${idx + 1})`);
  }
}

/**
 * One issue per value: zod goes on checking a value after its first failed check (`2019-5-9` breaks the
 * date pattern, and then is not a real date either), but one mistake is one diagnostic.
 */
function firstPerPath(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = i.code === 'unrecognized_keys' ? `?${i.path.join('\u0000')}` : i.path.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function firstPairs(pairs: readonly Pair[]): Map<string, Pair> {
  const m = new Map<string, Pair>();
  for (const p of pairs) if (p.wellFormed && !m.has(p.key)) m.set(p.key, p);
  return m;
}

function pairIssue(
  ctx: RuleContext, info: FieldInfo, ownerRange: Range, pairs: Map<string, Pair>,
  issue: z.core.$ZodIssue, path: readonly PropertyKey[], where: string,
): void {
  const keys = info.keys.map((k) => k.name);
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const p = pairs.get(key);
      if (!p) continue;
      if (key === '') {
        ctx.report('meta.unknown-key', p.range, `This \`${info.name}\`${where} item has no key before its \`: \`: expected one of the keys ${keys.map((k) => `\`${k}\``).join(', ')}.`);
        continue;
      }
      const guess = nearest(key, keys.filter((k) => !pairs.has(k)));
      ctx.report('meta.unknown-key', p.keyRange,
        `\`${info.name}\`${where} has no key \`${key}\`${guess ? `: did you mean \`${guess}\`?` : '.'} Expected the keys ${keys.map((k) => `\`${k}\``).join(', ')}.`,
        guess ? { fixes: [{ title: `Rename to \`${guess}\``, edits: [{ range: p.keyRange, newText: guess }], preferred: true }] } : undefined);
    }
    return;
  }
  const key = path[0];
  if (typeof key !== 'string') return;
  const p = pairs.get(key);
  const kdoc = keyInfo(info.name, key);
  if (!p) {
    // `paragraphs:5` is that key written without its space: pair-syntax reports it, with the fix
    // and `quality 97` is that key without its colon; a misspelled key (`nme`) is reported, with its rename, as unknown
    const keys = info.keys.map((k) => k.name);
    // `  has images: 0` without its bullet: the stray line is reported, with the fix that makes it the item
    if (where === '' && strayPair(ctx, info.name, key)) return;
    if (ownerPairs(ctx, info, ownerRange).some((o) => (!o.wellFormed && (o.key.startsWith(`${key}:`) || o.key.startsWith(`${key} `)))
      || (o.wellFormed && !keys.includes(o.key) && nearest(o.key, keys.filter((k) => !pairs.has(k))) === key))) return;
    const fix = where === '' ? missingKeyFix(ctx, info, pairs, key) : undefined;
    ctx.report('meta.missing-key', ownerRange,
      `\`${info.name}\`${where} has no \`${key}\`: expected ${kdoc ? kdoc.expected : 'a value'} under \`${key}: \`.`, fix ? { fixes: [fix] } : undefined);
    return;
  }
  if (kdoc) invalid(ctx, `\`${info.name} ${key}\`${where}`, p.value, p.valueRange, withAllowed(ctx, `${info.name} ${key}`, kdoc), issue, derivedFix(ctx, info.name, key, p.valueRange, false, p.value === ''));
}

/** Whether an indented line under the field, with no bullet, writes `key: …`. */
function strayPair(ctx: RuleContext, field: string, key: string): boolean {
  const meta = ctx.model.meta;
  if (!meta) return false;
  return meta.strayLines.some((s) => {
    const h = headerAbove(meta, s.line);
    const text = s.text.slice(strayMark(s.text).length);
    return h?.kind === 'field' && h.field.name === field && (text.startsWith(`${key}:`) || text.startsWith(`${key} `));
  });
}

/** The pairs of the field (or of the record) that `owner` is the range of. */
function ownerPairs(ctx: RuleContext, info: FieldInfo, owner: Range): readonly Pair[] {
  const f = fieldsByName(ctx.model).get(info.name);
  if (!f) return [];
  // a pairs field's owner range is its name; a record's is the record
  const last = info.shape === 'records' ? owner.end.line : f.range.end.line;
  return pairsOf(f).filter((p) => p.range.start.line >= owner.start.line && p.range.start.line <= last);
}

/** Whether an unknown field line misspells `name` or stands where it goes, or an indented line is that field: then mending that line is the fix, not adding another. */
export function misspelledField(ctx: RuleContext, name: string): boolean {
  const meta = ctx.model.meta;
  return (meta?.unknown ?? []).some((u) => misspelledName(u)?.name === name || standInFor(ctx, u)?.info.name === name)
    || (meta?.strayLines ?? []).some((s) => matchFieldName(s.text) === name);
}

/** A missing key of a pairs field whose value the body or the outline decides, added in the schema's key order. */
function missingKeyFix(ctx: RuleContext, info: FieldInfo, pairs: Map<string, Pair>, key: string): Fix | undefined {
  const d = derivedValue(ctx.model, info.name, key, { today: ctx.today });
  const field = fieldsByName(ctx.model).get(info.name);
  if (!d || d.from === 'suggestion' || !field) return undefined;
  // after the last written key that comes before it, else right under the field's name
  const order = info.keys.map((k) => k.name);
  let after = field.line;
  for (const k of order.slice(0, order.indexOf(key))) {
    const p = pairs.get(k) ?? pairValue(field, k);
    if (p) after = Math.max(after, p.range.end.line);
  }
  const bullet = metaBullet(ctx.model, field);
  return { title: `Add \`${key}: ${d.value}\``, edits: [insertLinesAfter(ctx.model, after, [`  ${bullet} ${key}: ${d.value}`])], preferred: true };
}

/** The doc of an enum as the site's config narrows or widens it. */
function withAllowed(ctx: RuleContext, label: string, d: Doc): Doc {
  const values = ctx.site.allowedValues?.[label];
  return values && d.values ? { ...d, values, expected: `one of ${values.join(', ')}` } : d;
}

/** `set`: the fix to what the body or outline decides, which beats any guess from the spelling. */
function invalid(ctx: RuleContext, label: string, raw: string, r: Range, d: Doc, issue: z.core.$ZodIssue, set?: Fix): void {
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
  const fixes = set ? { fixes: [set] } : undefined;
  if (raw.trim() === '') {
    ctx.report('meta.invalid-value', r, `${label} is empty: expected ${d.expected}.`, fixes);
    return;
  }
  if (issue.code === 'custom') {
    ctx.report('meta.invalid-value', r, `${label}: \`${shown}\` ${issue.message}; expected ${d.expected}.`, fixes);
    return;
  }
  if (set) {
    ctx.report('meta.invalid-value', r, `${label}: found \`${shown}\`, expected ${d.expected}.`, fixes);
    return;
  }
  // a guess only when one value is nearest: `2` is as near to `0` as to `1`, and a tie is no answer
  const guess = d.values ? nearestUnique(raw, d.values) : undefined;
  ctx.report('meta.invalid-value', r, `${label}: found \`${shown}\`, expected ${d.expected}.`,
    guess ? { fixes: [{ title: `Change to \`${guess}\``, edits: [{ range: r, newText: guess }], preferred: true }] }
      : d.values && d.values.length <= MAX_CHOICES ? { fixes: d.values.map((v) => ({ title: `Change to \`${v}\``, edits: [{ range: r, newText: v }] })) }
        : undefined);
}

/** An enum value near none of the allowed ones: each is offered (none preferred) while there are this few. */
const MAX_CHOICES = 8;
