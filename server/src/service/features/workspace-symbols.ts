// Workspace symbols: find any article by title or topic, and its sections.
import type { SymbolInformation } from 'vscode-languageserver-types';
import type { WorkspaceIndex } from '../workspace/index-store';

const LIMIT = 500;

/** Every character of the query, in order (case-insensitive), as VS Code's fuzzy matching expects. */
function matches(query: string, text: string): boolean {
  let i = 0;
  const t = text.toLowerCase();
  for (const c of query.toLowerCase()) {
    if (c === ' ') continue;
    i = t.indexOf(c, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

export function getWorkspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const s of index.all()) {
    if (!s.title) continue;
    const label = s.title.value;
    if (matches(query, label) || (s.topic !== undefined && matches(query, s.topic))) {
      out.push({ name: label, kind: 2, location: { uri: s.uri, range: s.title.range }, ...(s.topic ? { containerName: s.topic } : {}) });
    }
    for (const h of s.headings) {
      if (query !== '' && matches(query, h.value)) out.push({ name: h.value, kind: 3, location: { uri: s.uri, range: h.range }, containerName: label });
    }
    if (out.length >= LIMIT) break;
  }
  return out;
}
