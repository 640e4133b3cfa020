// Rule 4: `entities` holds {name: <outline stack>, type: stack} and {name: <outline problem>, type: problem}.
import { insertLinesAfter } from '../../edits';
import { metaBullet, pairsOf, recordsOf } from '../../views';
import { nearest } from '../../suggest';
import type { Rule } from '../rule';
import { metaFacts } from './outline';

const KEYS = ['name', 'type'];

export const entitiesRule: Rule = {
  name: 'entities',
  run(ctx) {
    const { fields, problem, stack } = metaFacts(ctx.model);
    const entities = fields.get('entities');
    if (!entities || entities.value !== '') return;
    // a key written twice in a record counts once, as its first value (as in the schema rule); a
    // misspelled key (`nme`) counts as the key it misspells: the schema rule reports it, with the rename
    const records = recordsOf(entities).map((r) => {
      const m = new Map<string, string>();
      for (const p of r.pairs) {
        const key = KEYS.includes(p.key) ? p.key : nearest(p.key, KEYS) ?? p.key;
        if (!m.has(key)) m.set(key, p.value);
      }
      return m;
    });
    // a type in another case (`Stack`) is the schema rule's to report and fix: the record is there
    const has = (name: string, type: string) => records.some((r) => r.get('name') === name && r.get('type')?.toLowerCase() === type);
    const missing = [
      ...(stack && !has(stack.value, 'stack') ? [{ name: stack.value, type: 'stack', from: stack, what: 'ai outline stack' }] : []),
      ...(problem && !has(problem.value, 'problem') ? [{ name: problem.value, type: 'problem', from: problem, what: 'ai outline problem' }] : []),
    ];
    if (missing.length === 0) return;
    const b = metaBullet(ctx.model);
    const lines = missing.flatMap((m) => [`    ${b} name: ${m.name}`, `    ${b} type: ${m.type}`]);
    // the added lines make records of their own only when `name` starts the field's records (spec §3)
    const first = pairsOf(entities)[0];
    const fixable = !first || first.key === 'name';
    ctx.report('meta.entities-mismatch', entities.nameRange,
      `\`entities\` has no record ${missing.map((m) => `{name: ${m.name}, type: ${m.type}}`).join(' and ')}: expected the outline's stack and problem as entities.`, {
        related: missing.map((m) => ({ range: m.from.valueRange, message: m.what })),
        fixes: fixable ? [{ title: `Add ${missing.length === 1 ? 'the missing entity' : 'the missing entities'}`, preferred: true,
          edits: [insertLinesAfter(ctx.model, entities.range.end.line, lines)] }] : [],
      });
  },
};
