// Completions for clients without snippet support (LSP: completionItem.snippetSupport false or absent):
// each snippet becomes the plain text it inserts with its first choice or placeholder, and no tab stops.
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';

const SNIPPET = 2;
const PLAIN = 1;

/** A snippet's text with `${1:value}` as `value`, `${1|a,b|}` as `a`, `$1` / `${1}` as nothing, `\$` as `$`. */
export function snippetToText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i] as string;
    if (c === '\\' && i + 1 < snippet.length && '$}\\,|'.includes(snippet[i + 1] as string)) { out += snippet[++i]; continue; }
    if (c !== '$') { out += c; continue; }
    const simple = /^\$(\d+)/.exec(snippet.slice(i));
    if (simple) { i += simple[0].length - 1; continue; }
    const braced = /^\$\{\d+(?::((?:\\.|[^}\\])*)|\|((?:\\.|[^|\\])*)\|)?\}/.exec(snippet.slice(i));
    if (!braced) { out += c; continue; }
    i += braced[0].length - 1;
    if (braced[1] !== undefined) out += snippetToText(braced[1]);
    else if (braced[2] !== undefined) out += (braced[2].split(/(?<!\\),/)[0] ?? '').replace(/\\(.)/g, '$1');
  }
  return out;
}

function plain(item: CompletionItem): CompletionItem {
  if (item.insertTextFormat !== SNIPPET) return item;
  const out: CompletionItem = { ...item, insertTextFormat: PLAIN };
  if (item.textEdit) out.textEdit = { ...item.textEdit, newText: snippetToText(item.textEdit.newText) };
  if (item.insertText !== undefined) out.insertText = snippetToText(item.insertText);
  return out;
}

export function withoutSnippets(list: CompletionList): CompletionList {
  return { ...list, items: list.items.map(plain) };
}
