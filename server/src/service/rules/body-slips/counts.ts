// Which of the body's counts a slip changes, so that only those comparisons with the meta wait for it
// to be mended (features/diagnostics.ts): `--fix` would otherwise copy the slip into the meta.
import type { SeedModel } from '../../model';

export type BodyCount = 'meta.checklist-mismatch' | 'meta.paragraphs-mismatch' | 'meta.images-mismatch';

const changed = new WeakMap<SeedModel, Map<number, Set<BodyCount>>>();

/** Notes that the slip on `line` (reported by the rule) changes these counts. */
export function notes(model: SeedModel, line: number, counts: readonly BodyCount[]): void {
  if (!counts.length) return;
  let byLine = changed.get(model);
  if (!byLine) changed.set(model, (byLine = new Map()));
  let set = byLine.get(line);
  if (!set) byLine.set(line, (set = new Set()));
  for (const c of counts) set.add(c);
}

/** The counts the slip reported on `line` changes. */
export function countsChangedBy(model: SeedModel, line: number): ReadonlySet<BodyCount> | undefined {
  return changed.get(model)?.get(line);
}
