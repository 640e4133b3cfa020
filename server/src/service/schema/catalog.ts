// A read-only view of the zod meta schema for the features that need names, order and docs
// (parser, completion, hover, scaffolding, grammar check). Everything here is read from the schema.
import { z } from 'zod';
import { buildMetaSchema, type Doc, type FieldDoc, type FieldName, type SchemaContext } from './meta-schema';

export interface KeyInfo extends Doc {
  readonly name: string;
}

export interface FieldInfo extends FieldDoc {
  readonly name: FieldName;
  /** position in the canonical order */
  readonly order: number;
  /** keys of a pairs field, or of each record of a records field */
  readonly keys: readonly KeyInfo[];
  /** for list fields: the item's rule */
  readonly item?: Doc;
}

function metaOf(schema: z.ZodType): Record<string, unknown> {
  return (schema.meta() ?? {}) as Record<string, unknown>;
}

/** Strips optional/array wrappers down to an object schema, if there is one. */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  let s: z.ZodType = schema;
  for (let i = 0; i < 4; i++) {
    if (s instanceof z.ZodObject) return s;
    if (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return undefined;
  }
  return undefined;
}

function buildCatalog(): FieldInfo[] {
  const schema = buildMetaSchema({ today: '9999-12-31' });
  return Object.entries(schema.shape).map(([name, fieldSchema], order) => {
    const d = metaOf(fieldSchema as z.ZodType) as unknown as FieldDoc;
    const obj = objectOf(fieldSchema as z.ZodType);
    const keys: KeyInfo[] = obj
      ? Object.entries(obj.shape).map(([key, ks]) => ({ name: key, ...(metaOf(ks as z.ZodType) as unknown as Doc) }))
      : [];
    return { ...d, name: name as FieldName, order, keys };
  });
}

export const FIELDS: readonly FieldInfo[] = buildCatalog();
export const FIELD_NAMES: readonly string[] = FIELDS.map((f) => f.name);
const byName = new Map<string, FieldInfo>(FIELDS.map((f) => [f.name, f]));

export function fieldInfo(name: string): FieldInfo | undefined {
  return byName.get(name);
}

export function keyInfo(field: string, key: string): KeyInfo | undefined {
  return byName.get(field)?.keys.find((k) => k.name === key);
}

/** Field names longest first, so the first prefix match is the longest (spec §3). */
const longestFirst = [...FIELD_NAMES].sort((a, b) => b.length - a.length);

/** The field name a meta line starts with (longest match), or undefined. */
export function matchFieldName(line: string): string | undefined {
  const c = line.charCodeAt(0);
  for (const name of longestFirst) {
    if (name.charCodeAt(0) === c && line.startsWith(name)) return name;
  }
  return undefined;
}

const schemaCache = new Map<string, ReturnType<typeof buildMetaSchema>>();

/** The validating schema for a given day (the `last reviewed` rule depends on it). */
export function metaSchemaFor(ctx: SchemaContext): ReturnType<typeof buildMetaSchema> {
  const key = ctx.allowed ? `${ctx.today} ${JSON.stringify(ctx.allowed)}` : ctx.today;
  let s = schemaCache.get(key);
  if (!s) {
    s = buildMetaSchema(ctx);
    if (schemaCache.size > 8) schemaCache.clear();
    schemaCache.set(key, s);
  }
  return s;
}

/** The record key that starts a new record (the first key in the schema): `name`, `source`. */
export function firstRecordKey(field: string): string | undefined {
  const f = byName.get(field);
  return f && f.shape === 'records' ? f.keys[0]?.name : undefined;
}
