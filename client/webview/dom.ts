// The only way the page makes DOM: createElement, setAttribute and text nodes. Article text is never
// parsed as HTML (no innerHTML, no insertAdjacentHTML, no document.write anywhere in the page).

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly class?: string;
  /** the editor line this element shows (scroll sync, reveal) */
  readonly line?: number;
  readonly attrs?: Readonly<Record<string, string>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.line !== undefined) el.dataset.line = String(props.line);
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;

/**
 * Text with its http(s) URLs as links. The link's target stays in a data attribute; a click asks the
 * host to open it (the host checks the scheme again), so the page itself never navigates.
 */
export function linkified(text: string): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const start = m.index ?? 0;
    if (start > at) out.push(document.createTextNode(text.slice(at, start)));
    const a = h('a', { class: 'link', attrs: { href: m[0], 'data-href': m[0], title: m[0] } }, m[0]);
    out.push(a);
    at = start + m[0].length;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}
