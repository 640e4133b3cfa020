// The workspace index: one summary per article plus reverse maps for the cross-file rules and value
// counts for corpus completions. Pure data; the server feeds it from the file system.
import { CORPUS_FIELDS, type ArticleSummary, type CorpusField, type Located } from './summary';

export type UniqueKey = 'reference' | 'hash' | 'seed' | 'title';

export interface Holder { readonly uri: string; readonly at: Located }

export class WorkspaceIndex {
  private readonly byUri = new Map<string, ArticleSummary>();
  private readonly unique: Record<UniqueKey, Map<string, Set<string>>> = {
    reference: new Map(), hash: new Map(), seed: new Map(), title: new Map(),
  };
  private readonly counts = new Map<CorpusField, Map<string, number>>(CORPUS_FIELDS.map((f) => [f, new Map()]));
  /** bumped on every change, so callers can tell whether cross-file results may have changed */
  version = 0;

  get size(): number { return this.byUri.size; }

  get(uri: string): ArticleSummary | undefined { return this.byUri.get(uriKey(uri)); }

  all(): IterableIterator<ArticleSummary> { return this.byUri.values(); }

  set(summary: ArticleSummary): void {
    const id = uriKey(summary.uri);
    const old = this.byUri.get(id);
    if (old && old.uri === summary.uri && fingerprint(old) === fingerprint(summary)) {
      // only positions moved (an edit elsewhere in the file): nothing another file sees has changed
      this.byUri.set(id, summary);
      return;
    }
    this.remove(summary.uri);
    this.byUri.set(id, summary);
    for (const [key, v] of uniqueValues(summary)) add(this.unique[key], v, id);
    for (const f of CORPUS_FIELDS) {
      const m = this.counts.get(f) as Map<string, number>;
      for (const x of distinct(summary.values[f])) m.set(x, (m.get(x) ?? 0) + 1);
    }
    this.version++;
  }

  remove(uri: string): boolean {
    const id = uriKey(uri);
    const old = this.byUri.get(id);
    if (!old) return false;
    this.byUri.delete(id);
    for (const [key, v] of uniqueValues(old)) drop(this.unique[key], v, id);
    for (const f of CORPUS_FIELDS) {
      const m = this.counts.get(f) as Map<string, number>;
      for (const x of distinct(old.values[f])) {
        const n = (m.get(x) ?? 0) - 1;
        if (n > 0) m.set(x, n); else m.delete(x);
      }
    }
    this.version++;
    return true;
  }

  /** Other articles that hold the same value for `key` (case-insensitive titles). */
  others(key: UniqueKey, value: string, uri: string): Holder[] {
    const set = this.unique[key].get(normalise(key, value));
    if (!set || set.size < 2) return [];
    const out: Holder[] = [];
    const self = uriKey(uri);
    for (const u of set) {
      if (u === self) continue;
      const s = this.byUri.get(u);
      const at = s && locate(s, key);
      if (s && at) out.push({ uri: s.uri, at });
    }
    return out;
  }

  /** Values used for a corpus field, most used first. */
  values(field: CorpusField): [string, number][] {
    return [...(this.counts.get(field) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }

  count(field: CorpusField, value: string): number {
    return this.counts.get(field)?.get(value) ?? 0;
  }
}

/**
 * What other files' diagnostics and completions see of a summary: its values, not where they stand.
 * Headings are left out: only workspace symbols read them, from the stored summary itself.
 */
function fingerprint(s: ArticleSummary): string {
  return JSON.stringify([s.title?.value, s.topic, s.reference?.value, s.hash?.value, s.seed?.value, s.sourceId?.value,
    CORPUS_FIELDS.map((f) => s.values[f].map((v) => v.value))]);
}

function distinct(xs: readonly Located[]): Set<string> {
  return new Set(xs.map((x) => x.value));
}

function normalise(key: UniqueKey, v: string): string {
  return key === 'title' ? v.trim().toLowerCase().replace(/\s+/g, ' ') : v;
}

/** The seed number is shared by `payload seed` and `source id`: both index under the number. */
function seedNumber(s: ArticleSummary): string | undefined {
  const n = s.seed && /^\d+$/.test(s.seed.value) ? Number(s.seed.value) : undefined;
  const m = s.sourceId ? /^alphanode-(\d+)$/.exec(s.sourceId.value) : null;
  const v = n ?? (m ? Number(m[1]) : undefined);
  return v === undefined ? undefined : String(v);
}

function uniqueValues(s: ArticleSummary): [UniqueKey, string][] {
  const out: [UniqueKey, string][] = [];
  if (s.reference) out.push(['reference', s.reference.value]);
  if (s.hash) out.push(['hash', s.hash.value]);
  const n = seedNumber(s);
  if (n !== undefined) out.push(['seed', n]);
  if (s.title) out.push(['title', normalise('title', s.title.value)]);
  return out;
}

function locate(s: ArticleSummary, key: UniqueKey): Located | undefined {
  if (key === 'seed') return s.seed ?? s.sourceId;
  return s[key];
}

export function seedKey(s: ArticleSummary): string | undefined {
  return seedNumber(s);
}

function add(m: Map<string, Set<string>>, v: string, uri: string): void {
  let set = m.get(v);
  if (!set) { set = new Set(); m.set(v, set); }
  set.add(uri);
}

function drop(m: Map<string, Set<string>>, v: string, uri: string): void {
  const set = m.get(v);
  if (!set) return;
  set.delete(uri);
  if (set.size === 0) m.delete(v);
}

/**
 * One key per file however a client spells its URI: `notes(1)` and `notes%281%29`, `%3A` and `:` are the
 * same file (Neovim and Helix encode fewer characters than VS Code does).
 */
export function uriKey(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
