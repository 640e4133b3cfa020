// Rule 4: `entities` holds {name: <outline stack>, type: stack} and {name: <outline problem>, type: problem}.
import { insertLinesAfter } from '../../edits';
import type { MetaField, Pair, SeedModel } from '../../model';
import { claimedByIndentedField } from '../stray-line';
import { metaBullet, pairsOf, recordsOf } from '../../views';
import { editDistance, nearest } from '../../suggest';
import type { Fix, Rule } from '../rule';
import { metaFacts, outvotedOutline } from './outline';

const KEYS = ['name', 'type'];

/** The field's last line that is its own: items an indented field header below will take back are not. */
function lastOwnLine(model: SeedModel, f: MetaField): number {
  const claimed = claimedByIndentedField(model);
  let last = f.line;
  for (const i of f.items) if (!claimed.has(i.line)) last = Math.max(last, i.line);
  return last;
}

function setName(p: Pair, name: string): Fix {
  return { title: `Set the name to \`${name}\``, edits: [{ range: p.valueRange, newText: (p.value === '' ? ' ' : '') + name }], preferred: true };
}

/** An empty name, or one a typo away from the wanted one. */
function near(name: string, want: string): boolean {
  return name.trim() === '' || editDistance(name.toLowerCase(), want.toLowerCase()) <= Math.max(1, Math.floor(want.length / 4));
}

export const entitiesRule: Rule = {
  name: 'entities',
  run(ctx) {
    const { fields, problem, stack } = metaFacts(ctx.model);
    const entities = fields.get('entities');
    if (!entities || entities.value !== '') return;
    // a key written twice in a record counts once, as its first value (as in the schema rule); a
    // misspelled key (`nme`) counts as the key it misspells: the schema rule reports it, with the rename
    const pairRecords = recordsOf(entities);
    const records = pairRecords.map((r) => {
      const m = new Map<string, string>();
      for (const p of r.pairs) {
        // `type:stack` (no space) reads as its key and value: pair-syntax reports it, with the fix
        const glued = p.wellFormed ? undefined : /^([^:]+):(\S.*)$/.exec(p.key);
        const [k, v] = glued ? [(glued[1] as string).trim(), glued[2] as string] : [p.key, p.value];
        const key = KEYS.includes(k) ? k : nearest(k, KEYS) ?? k;
        if (!m.has(key)) m.set(key, v);
      }
      return m;
    });
    // a type in another case or with a typo (`Stack`, `stck`) is the schema rule's to report and fix: the record is there
    const has = (name: string, type: string) => records.some((r) => r.get('name') === name && editDistance(r.get('type')?.toLowerCase() ?? '', type) <= 1);
    // the outline as the odd one out has its own diagnostic: the entities are compared with what the other places say
    const expected = (pair: typeof stack, type: 'stack' | 'problem') => {
      const outvoted = outvotedOutline(ctx.model, type);
      return pair && {
        name: outvoted?.value ?? pair.value, type, what: outvoted ? 'what the other places say' : `\`ai outline ${type}\``,
        // the places the name comes from: the outline, or the places that outvote it
        related: outvoted ? outvoted.voters : [{ range: pair.valueRange, message: `ai outline ${type}` }],
      };
    };
    const wanted = [expected(stack, 'stack'), expected(problem, 'problem')].filter((m): m is NonNullable<typeof m> => !!m && !has(m.name, m.type));
    // a record of that type whose name is misspelled or empty is that entity: its name is mended, no record added
    const missing = wanted.filter((m) => {
      const at = records.findIndex((r) => r.get('type')?.toLowerCase() === m.type && near(r.get('name') ?? '', m.name));
      const namePair = at >= 0 ? pairRecords[at]?.pairs.find((p) => p.wellFormed && (p.key === 'name' || nearest(p.key, KEYS) === 'name')) : undefined;
      if (!namePair) return true;
      ctx.report('meta.entities-mismatch', namePair.valueRange,
        `The \`${m.type}\` entity is named \`${namePair.value}\`, but ${m.what} is \`${m.name}\`: expected the same name.`, {
          related: m.related,
          fixes: [setName(namePair, m.name)],
        });
      return false;
    });
    if (missing.length === 0) return;
    const b = metaBullet(ctx.model);
    const lines = missing.flatMap((m) => [`    ${b} name: ${m.name}`, `    ${b} type: ${m.type}`]);
    // the added lines make records of their own only when `name` starts the field's records (spec §3)
    const first = pairsOf(entities)[0];
    const fixable = !first || first.key === 'name';
    ctx.report('meta.entities-mismatch', entities.nameRange,
      `\`entities\` has no record ${missing.map((m) => `{name: ${m.name}, type: ${m.type}}`).join(' and ')}: expected the article's stack and problem as entities.`, {
        related: missing.flatMap((m) => m.related),
        fixes: fixable ? [{ title: `Add ${missing.length === 1 ? 'the missing entity' : 'the missing entities'}`, preferred: true,
          edits: [insertLinesAfter(ctx.model, lastOwnLine(ctx.model, entities), lines)] }] : [],
      });
  },
};
