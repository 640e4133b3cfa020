// Every value rule of the zod schema: each present field is parsed by its own zod schema and each
// zod issue is mapped back to the exact key or value range it is about.
import type { z } from 'zod';
import type { MetaField, Pair } from '../model';
import { FIELDS, keyInfo, metaSchemaFor, type FieldInfo } from '../schema/catalog';
import type { Doc } from '../schema/meta-schema';
import { nearest } from '../suggest';
import type { Range } from '../text';
import { bodyFacts, fieldsByName, pairsOf, recordsOf } from '../views';
import type { Rule, RuleContext } from './rule';

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
        if (required ? required.has(info.name) : info.required) {
          ctx.report('meta.missing-field', meta.markerRange,
            `The post meta has no \`${info.name}\` field: expected ${info.expected}.${missingHint(ctx, info.name)}`);
        }
        continue;
      }
      const fieldSchema = schema.shape[info.name] as z.ZodType;
      checkField(ctx, info, f, fieldSchema);
    }
  },
};

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
    if (f.value === '') {
      ctx.report('meta.invalid-value', f.nameRange, `\`${f.name}\` is empty: expected ${info.expected}, written right after the name (\`${f.name}${info.example}\`).`);
      return;
    }
    invalid(ctx, `\`${f.name}\``, f.value, f.valueRange, withAllowed(ctx, f.name, info), issue);
    return;
  }
  if (info.shape === 'list') {
    const r = schema.safeParse(f.items.map((i) => i.text));
    if (r.success) return;
    for (const issue of r.error.issues) {
      const idx = issue.path[0];
      const item = typeof idx === 'number' ? f.items[idx] : undefined;
      if (item) ctx.report('meta.invalid-value', item.range, `This \`${f.name}\` item is empty: expected ${info.expected.replace('at least one item', 'text')}.`);
      else ctx.report('meta.invalid-value', f.nameRange, `\`${f.name}\` has no items: expected ${info.expected}, each on its own line \`  • …\` below the name.`);
    }
    return;
  }
  if (info.shape === 'pairs') {
    const pairs = firstPairs(pairsOf(f));
    const r = schema.safeParse(Object.fromEntries([...pairs].map(([k, p]) => [k, p.value])));
    if (!r.success) for (const issue of r.error.issues) pairIssue(ctx, info, f.nameRange, pairs, issue, issue.path, '');
    return;
  }
  const records = recordsOf(f).map((rec) => firstPairs(rec.pairs));
  const r = schema.safeParse(records.map((pairs) => Object.fromEntries([...pairs].map(([k, p]) => [k, p.value]))));
  if (r.success) return;
  const recs = recordsOf(f);
  for (const issue of r.error.issues) {
    const idx = issue.path[0];
    if (typeof idx !== 'number') continue;
    const rec = recs[idx];
    if (!rec) continue;
    pairIssue(ctx, info, rec.range, records[idx] as Map<string, Pair>, issue, issue.path.slice(1), ` (record ${idx + 1})`);
  }
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
    ctx.report('meta.missing-key', ownerRange,
      `\`${info.name}\`${where} has no \`${key}\`: expected ${kdoc ? kdoc.expected : 'a value'} under \`${key}: \`.`);
    return;
  }
  if (kdoc) invalid(ctx, `\`${info.name} ${key}\`${where}`, p.value, p.valueRange, withAllowed(ctx, `${info.name} ${key}`, kdoc), issue);
}

/** The doc of an enum as the site's config narrows or widens it. */
function withAllowed(ctx: RuleContext, label: string, d: Doc): Doc {
  const values = ctx.site.allowedValues?.[label];
  return values && d.values ? { ...d, values, expected: `one of ${values.join(', ')}` } : d;
}

function invalid(ctx: RuleContext, label: string, raw: string, r: Range, d: Doc, issue: z.core.$ZodIssue): void {
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
  if (raw.trim() === '') {
    ctx.report('meta.invalid-value', r, `${label} is empty: expected ${d.expected}.`);
    return;
  }
  if (issue.code === 'custom') {
    ctx.report('meta.invalid-value', r, `${label}: \`${shown}\` ${issue.message}; expected ${d.expected}.`);
    return;
  }
  const guess = d.values ? nearest(raw, d.values) : undefined;
  ctx.report('meta.invalid-value', r, `${label}: found \`${shown}\`, expected ${d.expected}.`,
    guess ? { fixes: [{ title: `Change to \`${guess}\``, edits: [{ range: r, newText: guess }], preferred: true }] }
      : d.values && d.values.length <= MAX_CHOICES ? { fixes: d.values.map((v) => ({ title: `Change to \`${v}\``, edits: [{ range: r, newText: v }] })) }
        : undefined);
}

/** An enum value near none of the allowed ones: each is offered (none preferred) while there are this few. */
const MAX_CHOICES = 8;
