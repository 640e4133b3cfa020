// The preview page: renders the server's model of the article, keeps its scroll position across live
// updates, syncs scrolling with the editor and reports clicks to the host. Never imports 'vscode'; talks
// to the host only through the typed messages of ./messages.
import { h } from './dom';
import { isSafeLink, isToPage, type PersistedState, type PreviewArticle, type PreviewState, type ToHost } from './messages';
import { renderArticle } from './render';

interface VsCodeApi {
  postMessage(message: ToHost): void;
  getState(): unknown;
  setState(state: PersistedState): void;
}
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const vscode: VsCodeApi = typeof acquireVsCodeApi === 'function'
  ? acquireVsCodeApi()
  : { postMessage: () => undefined, getState: () => undefined, setState: () => undefined };

const root = document.getElementById('seed-preview') as HTMLElement;

function readState(): PreviewState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(root.dataset.state ?? '{}');
  } catch {
    parsed = {};
  }
  const s = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<PreviewState>;
  const saved = vscode.getState() as Partial<PersistedState> | undefined;
  // after a reload of the same article, the page's own saved line wins over the host's
  const line = saved && saved.source === s.source && typeof saved.line === 'number' ? saved.line : s.line;
  return {
    source: typeof s.source === 'string' ? s.source : '',
    article: typeof s.article === 'object' && s.article !== null ? s.article : undefined,
    locked: s.locked === true,
    remoteImages: s.remoteImages === true,
    line: typeof line === 'number' ? line : undefined,
  };
}

let state = readState();
/** where to scroll after the first rendering (a reload, or a page shown again after it was hidden) */
let startLine = state.line;
const images = new Map<string, HTMLImageElement>();
const post = (m: ToHost) => vscode.postMessage(m);

function persist(line?: number): void {
  vscode.setState({ source: state.source, locked: state.locked, ...(line !== undefined ? { line } : {}) });
}

// ---- rendering ----

function render(article: PreviewArticle): void {
  const review = root.querySelector<HTMLDetailsElement>('details.review');
  const reviewOpen = review?.open ?? false;
  const y = window.scrollY;
  // Build the whole new tree off-document, then swap it in one step: no partial frame is ever painted.
  root.replaceChildren(renderArticle(article, { remoteImages: state.remoteImages, images }));
  const fresh = root.querySelector<HTMLDetailsElement>('details.review');
  if (fresh && reviewOpen) fresh.open = true;
  root.dataset.version = String(article.version);
  if (window.scrollY !== y) scrollToY(y);
  post({ type: 'rendered', source: state.source, version: article.version });
}

function showUnavailable(reason: string): void {
  root.querySelector('.unavailable')?.remove();
  root.prepend(h('p', { class: 'unavailable', attrs: { role: 'status' } }, reason));
}

// ---- scroll sync ----

interface Anchor { readonly line: number; readonly top: number }

/** Elements that show an editor line, top to bottom, with their page offsets. */
function anchors(): Anchor[] {
  const out: Anchor[] = [];
  let last = -1;
  for (const el of root.querySelectorAll<HTMLElement>('[data-line]:not(button)')) {
    const line = Number(el.dataset.line);
    if (!Number.isFinite(line) || line <= last) continue;
    out.push({ line, top: el.getBoundingClientRect().top + window.scrollY });
    last = line;
  }
  return out;
}

/** The scroll offset we set ourselves, so the scroll event it causes is not sent back to the editor. */
let expectedY: number | undefined;

function scrollToY(y: number): void {
  const target = Math.max(0, Math.round(y));
  if (Math.abs(window.scrollY - target) < 1) return;
  expectedY = target;
  window.scrollTo(0, target);
}

function scrollToLine(line: number): void {
  const list = anchors();
  let prev: Anchor | undefined;
  let next: Anchor | undefined;
  for (const a of list) {
    if (a.line <= line) prev = a;
    else { next = a; break; }
  }
  if (!prev) { scrollToY(0); return; }
  const y = next ? prev.top + (next.top - prev.top) * ((line - prev.line) / (next.line - prev.line)) : prev.top;
  scrollToY(y - 8);
}

function lineAtTop(): number {
  const y = window.scrollY + 8;
  const list = anchors();
  let prev: Anchor | undefined;
  let next: Anchor | undefined;
  for (const a of list) {
    if (a.top <= y) prev = a;
    else { next = a; break; }
  }
  if (!prev) return 0;
  if (!next || next.top <= prev.top) return prev.line;
  return prev.line + (next.line - prev.line) * Math.min(1, (y - prev.top) / (next.top - prev.top));
}

let scrollFrame = 0;
window.addEventListener('scroll', () => {
  if (expectedY !== undefined && Math.abs(window.scrollY - expectedY) <= 1) {
    expectedY = undefined;
    persist(lineAtTop());
    return;
  }
  expectedY = undefined;
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const line = lineAtTop();
    persist(line);
    post({ type: 'scrolled', source: state.source, line });
  });
}, { passive: true });

// ---- clicks ----

document.addEventListener('click', (e) => {
  const target = e.target instanceof Element ? e.target : null;
  const link = target?.closest('a');
  if (link) {
    e.preventDefault();
    const href = link.getAttribute('data-href') ?? '';
    if (isSafeLink(href)) post({ type: 'openLink', source: state.source, href });
    return;
  }
  const reveal = target?.closest<HTMLElement>('button.reveal');
  if (reveal) {
    const line = Number(reveal.dataset.line);
    const character = Number(reveal.getAttribute('data-character') ?? '0');
    if (Number.isFinite(line)) post({ type: 'reveal', source: state.source, line, character: Number.isFinite(character) ? character : 0 });
  }
});

document.addEventListener('dblclick', (e) => {
  const el = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-line]') : null;
  if (!el || el.closest('button')) return;
  const line = Number(el.dataset.line);
  if (Number.isFinite(line)) post({ type: 'reveal', source: state.source, line, character: 0 });
});

// ---- messages from the host ----

window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = e.data;
  if (!isToPage(m)) return;
  switch (m.type) {
    case 'update': {
      const switched = m.source !== state.source;
      // a model older than the one shown is stale (answers can overtake each other)
      if (!switched && state.article && m.article.version < state.article.version) return;
      state = { ...state, source: m.source, article: m.article, locked: m.locked };
      root.dataset.locked = String(m.locked);
      render(m.article);
      if (switched) {
        startLine = undefined;
        scrollToY(0);
        persist(0);
      } else if (startLine !== undefined) {
        scrollToLine(startLine);
        startLine = undefined;
      }
      return;
    }
    case 'scrollTo':
      if (m.source === state.source) scrollToLine(m.line);
      return;
    case 'unavailable':
      if (m.source === state.source) showUnavailable(m.reason);
      return;
  }
});

// ---- start ----

root.dataset.locked = String(state.locked);
if (state.article) {
  render(state.article);
  if (startLine !== undefined) scrollToLine(startLine);
  startLine = undefined;
} else {
  root.replaceChildren(h('p', { class: 'loading' }, 'Loading the article…'));
}
persist(state.line);
post({ type: 'ready', source: state.source });
