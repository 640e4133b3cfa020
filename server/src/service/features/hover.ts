// Hover: what a field or key is (description, shape, rule, example) and, on values, what the rule is and
// what the body says for derived values.
import type { Hover, Position } from 'vscode-languageserver-types';
import type { MetaField, Pair, SeedModel } from '../model';
import { fieldInfo, keyInfo, type FieldInfo } from '../schema/catalog';
import type { Doc } from '../schema/meta-schema';
import { contains, type Range } from '../text';
import { bodyFacts, pairsOf } from '../views';
import { derivedValue, type DerivedValue } from '../derive';

export function getHover(model: SeedModel, pos: Position, today: string): Hover | null {
  const meta = model.meta;
  if (meta && contains(meta.markerRange, pos)) {
    return md(meta.markerRange, `**Post meta block** (\`${meta.brand}\`): ${meta.fields.length} fields. The site renders it as the meta box under the article.`);
  }
  const f = meta?.fields.find((x) => x.range.start.line <= pos.line && pos.line <= x.range.end.line);
  if (f) return fieldHover(model, f, pos, today);
  const s = model.sections.find((x) => contains(x.heading.range, pos));
  if (s) {
    const facts = bodyFacts(model);
    const n = s.blocks.filter((b) => b.kind === 'paragraph').length;
    const extra = s === facts.checklistSection ? ` It holds the article's checklist (${facts.checklist?.length ?? 0} items), which \`checklist\` in the meta repeats.` : '';
    return md(s.heading.range, `**Section** (${s.heading.byVocabulary ? 'heading vocabulary' : 'heading-shaped line'}): ${n} paragraph${n === 1 ? '' : 's'}.${extra}`);
  }
  return null;
}

function fieldHover(model: SeedModel, f: MetaField, pos: Position, today: string): Hover | null {
  const info = fieldInfo(f.name);
  if (!info) return null;
  // the value first: in a glued line (`reading time7`) the name's end is the value's first character, and a
  // hover position names the character under the mouse, which there is the value's
  if (f.value && contains(f.valueRange, pos)) return md(f.valueRange, valueDoc(`\`${f.name}\``, info, f.value, derivedValue(model, f.name, undefined, { today })));
  if (contains(f.nameRange, pos)) return md(f.nameRange, fieldDoc(info, model, today));
  const p = pairsOf(f).find((x) => contains(x.range, pos));
  if (!p || (info.shape !== 'pairs' && info.shape !== 'records')) {
    // a checklist item: what the body's checklist holds (the range is the item under the cursor)
    const item = f.items.find((i) => contains(i.range, pos));
    if (f.name === 'checklist' && item) return md(item.range, fieldDoc(info, model, today));
    return null;
  }
  const k = keyInfo(f.name, p.key);
  if (!k) return null;
  if (p.wellFormed && contains(p.valueRange, pos)) return valueHover(model, f, p, k, today);
  // on the key, the bullet or the `: `: the key's doc, for the part of the item under the cursor
  const doc = `**\`${f.name} ${k.name}\`**\n\n${k.description}\n\nExpected: ${k.expected}. Example: \`${k.name}: ${k.example}\``;
  return md(contains(p.keyRange, pos) ? p.keyRange : p.range, doc);
}

function valueHover(model: SeedModel, f: MetaField, p: Pair, k: Doc & { name: string }, today: string): Hover {
  return md(p.valueRange, valueDoc(`\`${f.name} ${k.name}\``, k, p.value, derivedValue(model, f.name, k.name, { today })));
}

function fieldDoc(info: FieldInfo, model: SeedModel, today: string): string {
  const lines = [`**\`${info.name}\`** · ${info.shape}${info.required ? ' · required' : ' · optional'}`, '', info.description, '', `Expected: ${info.expected}.`];
  if (info.keys.length) lines.push('', `Keys: ${info.keys.map((k) => `\`${k.name}\``).join(', ')}.`);
  if (info.name === 'checklist') {
    const items = bodyFacts(model).checklist;
    lines.push('', items ? `The body's checklist has ${items.length} items: ${items.map((i) => `\`${i.text}\``).join(', ')}.` : 'The body has no `implementation checklist` list.');
  }
  const d = derivedValue(model, info.name, undefined, { today });
  if (d && d.from !== 'suggestion') lines.push('', `${says(d)}: \`${d.value}\` (${d.why}).`);
  const shaped = info.shape === 'text' || info.shape === 'integer' ? `${info.name}${info.example}` : `${info.name}\n${info.example}`;
  lines.push('', 'Example:', '', '```', shaped, '```');
  return lines.join('\n');
}

function valueDoc(label: string, d: Doc, value: string, derived: DerivedValue | undefined): string {
  const lines = [`${label}: \`${value}\``, '', `Rule: ${d.expected}.`];
  // a suggestion (today's date, a reading time estimate) is no rule the value is held to: not shown here
  if (derived && derived.from !== 'suggestion') {
    lines.push('', derived.value === value ? `Matches the ${derived.from}: ${derived.why}.` : `${says(derived)} \`${derived.value}\`: ${derived.why}.`);
  }
  return lines.join('\n');
}

/** How a hover names where a derived value comes from. */
function says(d: DerivedValue): string {
  return d.from === 'body' ? 'The body says' : 'The outline makes it';
}

function md(range: Range, value: string): Hover {
  return { contents: { kind: 'markdown', value }, range };
}
