// A floor under our full analysis: the zod schema's own checks, which the issue has drive validation.
// Each meta field's value is built once, as the schema rule hands it over; only the safeParse calls
// are timed. At 5 KB this floor alone is compared with what the "≥ 10× faster than the markdown LS"
// goal leaves for parse, every rule, symbols and folding together.
import type { z } from 'zod';
import { parse } from '../../server/src/service/parser/parse';
import { fieldInfo, metaSchemaFor } from '../../server/src/service/schema/catalog';
import { pairsOf, recordsOf } from '../../server/src/service/views';
import { measure, type Plan, type Stats } from '../timing';
import { TODAY } from './seed-analysis';
import { sink } from './sink';

export interface ZodFloor { readonly time: Stats; readonly fields: number }

export function zodFloor(text: string, plan: Plan): ZodFloor {
  const model = parse(text);
  const schema = metaSchemaFor({ today: TODAY });
  const checks: [z.ZodType, unknown][] = [];
  for (const f of model.meta?.fields ?? []) {
    const info = fieldInfo(f.name);
    if (!info) continue;
    const value = info.shape === 'text' || info.shape === 'integer' ? f.value
      : info.shape === 'list' ? f.items.map((i) => i.text)
        : info.shape === 'pairs' ? Object.fromEntries(pairsOf(f).map((p) => [p.key, p.value]))
          : recordsOf(f).map((r) => Object.fromEntries(r.pairs.map((p) => [p.key, p.value])));
    checks.push([schema.shape[info.name] as z.ZodType, value]);
  }
  const time = measure(() => {
    let ok = 0;
    for (const [s, v] of checks) if (s.safeParse(v).success) ok++;
    sink(ok);
  }, plan);
  return { time, fields: checks.length };
}
