// Which meta fields an edit changed, from the server's models of the article before and after it (the
// client never parses the article). Pure, so it is tested on its own.
import type { PreviewArticle, PreviewField } from '../../server/src/protocol';

const content = (f: PreviewField) => JSON.stringify([f.value, f.items, f.pairs, f.records]);

/** The fields whose content differs, in the order of the article after the edit; then those it removed. */
export function changedFields(before: Pick<PreviewArticle, 'meta'>, after: Pick<PreviewArticle, 'meta'>): string[] {
  const old = new Map((before.meta?.fields ?? []).map((f) => [f.name, content(f)]));
  const now = after.meta?.fields ?? [];
  const changed = now.filter((f) => old.get(f.name) !== content(f)).map((f) => f.name);
  const kept = new Set(now.map((f) => f.name));
  return [...new Set([...changed, ...[...old.keys()].filter((name) => !kept.has(name))])];
}

/** "a", "a and b", "a, b and c" */
export function listOf(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
