// Cross-file rules: the same reference, hash, seed number or title in another article; and "did you
// mean" for a value used only here when a near spelling is used often across the workspace.
import type { Code } from '../rules/codes';
import type { Fix, SeedDiagnostic } from '../rules/rule';
import { editDistance } from '../suggest';
import { seedKey, type UniqueKey, type WorkspaceIndex } from './index-store';
import { CORPUS_FIELDS, type ArticleSummary, type Located } from './summary';

const DUPLICATES: [UniqueKey, Code, string][] = [
  ['reference', 'workspace.duplicate-reference', '`reference`'],
  ['hash', 'workspace.duplicate-hash', '`hash`'],
  ['seed', 'workspace.duplicate-seed', 'the seed number (`payload seed` / `source id`)'],
  ['title', 'workspace.duplicate-title', 'the title'],
];

/** How often a near spelling must be used before a value used once is questioned. */
const OFTEN = 3;

export function crossFileDiagnostics(s: ArticleSummary, index: WorkspaceIndex, fileName: (uri: string) => string): SeedDiagnostic[] {
  const out: SeedDiagnostic[] = [];
  for (const [key, code, what] of DUPLICATES) {
    const here = key === 'seed' ? (s.seed ?? s.sourceId) : s[key];
    const value = key === 'seed' ? seedKey(s) : here?.value;
    if (!here || value === undefined) continue;
    const others = index.others(key, value, s.uri);
    if (others.length === 0) continue;
    const names = others.slice(0, 3).map((o) => fileName(o.uri)).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
    out.push({
      range: here.range, code, source: 'seed', severity: 2,
      message: `${what[0]?.toUpperCase()}${what.slice(1)} \`${here.value}\` is also used by ${names}: expected each article to have its own.`,
      relatedInformation: others.map((o) => ({ location: { uri: o.uri, range: o.at.range }, message: `the same ${key} in ${fileName(o.uri)}` })),
    });
  }
  for (const field of CORPUS_FIELDS) {
    for (const v of s.values[field]) {
      const near = rareValue(index, field, v);
      if (!near) continue;
      // a guess from how often a spelling is used, not a right answer: offered, not preferred (the
      // outline, say, may hold the article to the rare value)
      const fix: Fix = { title: `Change to \`${near.value}\``, edits: [{ range: v.range, newText: near.value }] };
      out.push({
        range: v.range, code: 'workspace.rare-value', source: 'seed', severity: 4, fixes: [fix],
        message: `\`${v.value}\` is used only here; did you mean \`${near.value}\`, used in ${near.count} articles?`,
      });
    }
  }
  return out;
}

function rareValue(index: WorkspaceIndex, field: (typeof CORPUS_FIELDS)[number], v: Located): { value: string; count: number } | undefined {
  if (index.count(field, v.value) > 1) return undefined;
  const limit = Math.max(1, Math.floor(v.value.length / 5));
  let best: { value: string; count: number } | undefined;
  for (const [value, count] of index.values(field)) {
    if (count < OFTEN) break; // values() is sorted by count, most used first
    if (value === v.value) continue;
    if (editDistance(value.toLowerCase(), v.value.toLowerCase(), limit) <= limit && (!best || count > best.count)) best = { value, count };
  }
  return best;
}
