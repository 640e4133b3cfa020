// The preview's message contract, imported by both the page (client/webview) and the preview manager
// (client/src/preview). Every message names its `source` (the article's uri) so a message about another
// article, or one left over from before the preview switched articles, is dropped. Plain data only.
import type { PreviewArticle } from '../../server/src/service/features/preview-model';

export type { PreviewArticle, PreviewBlock, PreviewField, PreviewProblem, PreviewSection } from '../../server/src/service/features/preview-model';

/** What the page starts from: in the HTML's escaped `data-state` attribute, then kept with setState. */
export interface PreviewState {
  readonly source: string;
  /** undefined until the server has answered once */
  readonly article?: PreviewArticle | undefined;
  readonly locked: boolean;
  /** whether `https:` images may load (the CSP says the same) */
  readonly remoteImages: boolean;
  /** the editor line to show first (restored after a reload) */
  readonly line?: number | undefined;
}

/** What the webview persists with setState; the panel serializer revives the preview from it. */
export interface PersistedState {
  readonly source: string;
  readonly locked: boolean;
  readonly line?: number | undefined;
}

/** Host → page. */
export type ToPage =
  /** a newer model of the article; a different `source` means the preview now follows another article */
  | { readonly type: 'update'; readonly source: string; readonly article: PreviewArticle; readonly locked: boolean }
  /** the editor scrolled: show the block at this (fractional) editor line at the top */
  | { readonly type: 'scrollTo'; readonly source: string; readonly line: number }
  /** the article cannot be shown (closed, deleted, the server failed) */
  | { readonly type: 'unavailable'; readonly source: string; readonly reason: string };

/** Page → host. */
export type ToHost =
  /** the page has loaded and listens; the host answers with the latest model */
  | { readonly type: 'ready'; readonly source: string }
  /** the page has rendered this version of the article (for tests and the status of the panel) */
  | { readonly type: 'rendered'; readonly source: string; readonly version: number }
  /** reveal this position in the editor (a meta field or a problem was clicked, a block double-clicked) */
  | { readonly type: 'reveal'; readonly source: string; readonly line: number; readonly character: number }
  /** the preview scrolled by the user: this (fractional) editor line is now at the top */
  | { readonly type: 'scrolled'; readonly source: string; readonly line: number }
  /** a link was clicked; the host opens it only when it is http or https */
  | { readonly type: 'openLink'; readonly source: string; readonly href: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isLine = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Checks a message from the page before the host acts on it (the page is not trusted more than needed). */
export function isToHost(v: unknown): v is ToHost {
  if (!isObject(v) || typeof v.source !== 'string') return false;
  switch (v.type) {
    case 'ready': return true;
    case 'rendered': return typeof v.version === 'number';
    case 'reveal': return isLine(v.line) && isLine(v.character);
    case 'scrolled': return isLine(v.line);
    case 'openLink': return typeof v.href === 'string' && v.href.length < 4096;
    default: return false;
  }
}

/** Checks a message from the host before the page renders it. */
export function isToPage(v: unknown): v is ToPage {
  if (!isObject(v) || typeof v.source !== 'string') return false;
  switch (v.type) {
    case 'update': return isObject(v.article) && typeof v.locked === 'boolean';
    case 'scrollTo': return isLine(v.line);
    case 'unavailable': return typeof v.reason === 'string';
    default: return false;
  }
}

/** Only these links leave the preview, and only through the host. */
export function isSafeLink(href: string): boolean {
  try {
    const u = new URL(href);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Images load only from https (and only when the setting allows remote images at all). */
export function isSafeImage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname !== '';
  } catch {
    return false;
  }
}
