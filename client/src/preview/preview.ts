// One preview panel showing one article (its `source`). It asks the server for the article's model,
// coalescing requests while one is in flight (no timers: the answer to the last request is the newest
// model), posts it to the page, and turns the page's messages into editor actions.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { Coalescer } from '../coalescer';
import { PreviewModelRequest, type PreviewArticle } from '../../../server/src/protocol';
import { isSafeLink, isToHost, type PreviewState, type ToPage } from '../../webview/messages';
import type { SeedServer } from '../server';
import { buildPreviewHtml } from './html';

export const PREVIEW_VIEW_TYPE = 'seed.preview';

export interface PreviewDeps {
  readonly server: SeedServer;
  readonly extensionUri: vscode.Uri;
}

export interface RenderedEvent { readonly preview: SeedPreview; readonly source: string; readonly version: number }

export function previewResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

export function previewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true, enableForms: false, enableCommandUris: false, enableFindWidget: true,
    localResourceRoots: previewResourceRoots(extensionUri),
  };
}

export class SeedPreview implements vscode.Disposable {
  private source_: vscode.Uri;
  private locked_: boolean;
  private latest: PreviewArticle | undefined;
  private pageReady = false;
  private readonly updates = new Coalescer(() => this.renderNewest());
  private disposed = false;
  /** the editor line we scrolled to because the page scrolled: its echo is not sent back */
  private expectedEditorTop: number | undefined;
  /** the line at the top of the preview, last we heard; kept across a reload of the page */
  private lastLine: number | undefined;
  /** where to scroll once the model of a newly followed article is shown */
  private pendingLine: number | undefined;
  private rendered_: { source: string; version: number } | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedEvent>();
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidRender = this.renderedEmitter.event;
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(readonly panel: vscode.WebviewPanel, source: vscode.Uri, locked: boolean, private readonly deps: PreviewDeps, line?: number) {
    this.source_ = source;
    this.locked_ = locked;
    panel.webview.options = previewOptions(deps.extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      this.renderedEmitter, this.disposeEmitter,
    );
    this.updateTitle();
    this.setHtml(line);
    this.refresh();
  }

  get source(): vscode.Uri { return this.source_; }
  get locked(): boolean { return this.locked_; }
  /** the last version the page said it rendered */
  get rendered(): { source: string; version: number } | undefined { return this.rendered_; }

  /** Follows another article (the active editor changed). */
  setSource(uri: vscode.Uri, line?: number): void {
    if (uri.toString() === this.source_.toString()) return;
    this.source_ = uri;
    this.latest = undefined;
    this.rendered_ = undefined;
    this.updateTitle();
    this.pendingLine = line;
    this.refresh();
  }

  setLocked(locked: boolean): void {
    this.locked_ = locked;
    this.updateTitle();
    if (this.latest) this.post({ type: 'update', source: this.source_.toString(), article: this.latest, locked });
  }

  /** Rebuilds the page (a setting that changes the CSP changed); a fresh nonce comes with it. */
  reload(): void {
    this.setHtml(this.lastLine);
  }

  private setHtml(line?: number): void {
    const webview = this.panel.webview;
    const remoteImages = vscode.workspace.getConfiguration('seed.preview', this.source_).get<boolean>('remoteImages', false);
    const state: PreviewState = { source: this.source_.toString(), article: this.latest, locked: this.locked_, remoteImages, line };
    this.pageReady = false;
    webview.html = buildPreviewHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview', 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'preview.css')).toString(),
      state,
    });
  }

  private updateTitle(): void {
    const name = this.source_.path.split('/').pop() ?? 'article';
    this.panel.title = this.locked_ ? `[Locked] Preview ${name}` : `Preview ${name}`;
  }

  /** Asks for the newest model; while a request is in flight, one more is made when it returns. */
  refresh(): void {
    if (this.disposed) return;
    this.updates.request();
  }

  private async renderNewest(): Promise<void> {
    const source = this.source_;
    const model = await this.fetchModel(source);
    if (this.disposed) return;
    if (source.toString() !== this.source_.toString()) { this.updates.request(); return; }
    if (typeof model === 'string') { this.post({ type: 'unavailable', source: source.toString(), reason: model }); return; }
    if (this.latest && model.version < this.latest.version) return;
    this.latest = model;
    this.postLatest();
  }

  private async fetchModel(source: vscode.Uri): Promise<PreviewArticle | string> {
    let doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.toString());
    try {
      doc ??= await vscode.workspace.openTextDocument(source);
    } catch {
      return `${source.path.split('/').pop() ?? 'The article'} cannot be opened (deleted or moved?).`;
    }
    if (doc.languageId !== 'seed') return `${source.path.split('/').pop() ?? 'This file'} is not open as a seed article (run "Seed: Switch to Seed").`;
    try {
      const model = await this.deps.server.request<PreviewArticle | null>(PreviewModelRequest.method, { uri: source.toString() });
      return model ?? 'The seed language server does not know this document yet.';
    } catch (err) {
      this.deps.server.log(`seed/previewModel failed: ${String(err)}`);
      return 'The seed language server could not render this article (see the "Seed Language Server" output).';
    }
  }

  private postLatest(): void {
    if (!this.pageReady || !this.latest) return;
    const source = this.source_.toString();
    this.post({ type: 'update', source, article: this.latest, locked: this.locked_ });
    if (this.pendingLine !== undefined) {
      this.post({ type: 'scrollTo', source, line: this.pendingLine });
      this.pendingLine = undefined;
    }
  }

  private post(message: ToPage): void {
    if (this.disposed || !this.pageReady) return;
    void this.panel.webview.postMessage(message);
  }

  private onMessage(m: unknown): void {
    if (!isToHost(m) || m.source !== this.source_.toString()) return;
    switch (m.type) {
      case 'ready':
        this.pageReady = true;
        if (this.latest) this.postLatest();
        else this.refresh();
        return;
      case 'rendered':
        this.rendered_ = { source: m.source, version: m.version };
        this.renderedEmitter.fire({ preview: this, source: m.source, version: m.version });
        return;
      case 'reveal':
        void this.reveal(m.line, m.character);
        return;
      case 'scrolled':
        this.lastLine = m.line;
        this.scrollEditors(m.line);
        return;
      case 'openLink':
        if (isSafeLink(m.href)) void vscode.env.openExternal(vscode.Uri.parse(m.href, true));
        return;
    }
  }

  /** Shows the position in the article's editor (opening one beside the preview when none shows it). */
  private async reveal(line: number, character: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.source_.toString());
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(visible?.document.uri ?? this.source_, { viewColumn: column, preserveFocus: false });
    const pos = editor.document.validatePosition(new vscode.Position(line, character));
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private scrollEditors(line: number): void {
    const top = Math.max(0, Math.floor(line));
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== this.source_.toString()) continue;
      if (editor.visibleRanges[0]?.start.line === top) continue;
      this.expectedEditorTop = top;
      editor.revealRange(new vscode.Range(top, 0, top, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  /** The editor scrolled: the page follows (unless this is the echo of the page's own scroll). */
  editorScrolled(editor: vscode.TextEditor): void {
    if (editor.document.uri.toString() !== this.source_.toString()) return;
    const top = editor.visibleRanges[0]?.start.line;
    if (top === undefined) return;
    if (this.expectedEditorTop !== undefined && top === this.expectedEditorTop) { this.expectedEditorTop = undefined; return; }
    this.expectedEditorTop = undefined;
    this.lastLine = top;
    this.post({ type: 'scrollTo', source: this.source_.toString(), line: top });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
