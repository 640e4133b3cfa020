// The preview page's HTML: a strict CSP with a nonce for the one script, the extension's stylesheet,
// and the initial state in an escaped data- attribute. Pure (no vscode, no Node), so the tests build the
// page exactly as the extension does.
import type { PreviewState } from '../../webview/messages';

export interface PreviewHtmlOptions {
  /** webview.cspSource: where the extension's own resources come from */
  readonly cspSource: string;
  /** fresh per render, from a crypto source */
  readonly nonce: string;
  /** webview URIs of dist/webview/preview.js and media/preview.css */
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly state: PreviewState;
}

/** Escapes text for an HTML attribute value or text content (quotes included). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * webview.cspSource is a source list (VS Code desktop: `https://*.vscode-cdn.net`; code-server and the web:
 * `'self' https://*.vscode-cdn.net`). Each token must be a source expression, never another directive.
 */
function cspSources(s: string): string {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length === 0 || tokens.some((t) => !/^('self'|[\w.:/*+-]+)$/.test(t))) throw new Error(`not a CSP source list: ${s}`);
  return tokens.join(' ');
}

export function previewCsp(cspSource: string, nonce: string, remoteImages: boolean): string {
  const src = cspSources(cspSource);
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('the nonce must be at least 16 base64 characters');
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${src}`,
    `img-src ${src}${remoteImages ? ' https:' : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function buildPreviewHtml(o: PreviewHtmlOptions): string {
  const csp = previewCsp(o.cspSource, o.nonce, o.state.remoteImages);
  const title = o.state.article?.title?.text ?? 'Seed preview';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="seed-preview" class="seed-preview" data-state="${escapeHtml(JSON.stringify(o.state))}"></main>
<script nonce="${escapeHtml(o.nonce)}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>
`;
}
