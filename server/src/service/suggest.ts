// "Did you mean": the nearest known name by edit distance.

/** Edit distance where swapping two neighbours counts as one edit (`pytset` → `pytest`). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** The candidate nearest to `word`, if it is near enough to be a likely typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const limit = Math.max(1, Math.floor(c.length / 3));
    const d = editDistance(w, c.toLowerCase(), limit);
    if (d <= limit && d < bestD) { best = c; bestD = d; }
  }
  return best;
}

/** Like `nearest`, but undefined when another candidate is just as near (then none is the answer). */
export function nearestUnique(word: string, candidates: readonly string[]): string | undefined {
  const best = nearest(word, candidates);
  if (best === undefined) return undefined;
  const w = word.toLowerCase();
  const d = editDistance(w, best.toLowerCase());
  return candidates.some((c) => c !== best && editDistance(w, c.toLowerCase()) === d) ? undefined : best;
}

/**
 * For a glued meta line with no known field name: the field whose name is nearest to a prefix of the
 * line, and how long that prefix is (`categorytech` has none; `dificultyhard` → difficulty, 9).
 */
export function nearestPrefix(line: string, candidates: readonly string[]): { name: string; length: number } | undefined {
  let best: { name: string; length: number } | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const limit = Math.max(1, Math.floor(c.length / 4));
    for (let len = Math.max(1, c.length - limit); len <= Math.min(line.length, c.length + limit); len++) {
      // lowercase the slice, not the line: `İ` lowercases to two code units, and `length` is in the line's
      const d = editDistance(line.slice(0, len).toLowerCase(), c, limit);
      // prefer the smaller distance, then the longer name, then the longer prefix (`difficultx…` is the
      // whole misspelled name, not `difficult` plus a value starting with `x`)
      if (d <= limit && (d < bestD || (d === bestD && best !== undefined && (c.length > best.name.length || (c === best.name && len > best.length))))) {
        best = { name: c, length: len };
        bestD = d;
      }
    }
  }
  return best;
}
