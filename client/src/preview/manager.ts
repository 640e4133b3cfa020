// The preview manager: opens previews, keeps the unlocked ones following the active seed editor,
// forwards edits and editor scrolling to them, revives them after a window reload (serializer), and
// exposes what they show for the end-to-end tests.
import * as vscode from 'vscode';
import type { PersistedState } from '../../webview/messages';
import type { SeedServer } from '../server';
import { PREVIEW_VIEW_TYPE, SeedPreview, previewOptions, type RenderedEvent } from './preview';

export interface PreviewInfo {
  readonly source: string;
  readonly locked: boolean;
  readonly title: string;
  readonly visible: boolean;
  /** the version of the article the page last rendered */
  readonly renderedVersion: number | undefined;
}

/** What activate() returns about previews (used by the e2e tests; a webview's DOM is out of their reach). */
export interface PreviewApi {
  previews(): PreviewInfo[];
  readonly onDidRender: vscode.Event<{ source: string; version: number }>;
}

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<unknown> {
  private readonly previews = new Set<SeedPreview>();
  /** the preview panel that has focus, for the lock command */
  private active: SeedPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<{ source: string; version: number }>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly server: SeedServer) {
    this.disposables.push(
      this.renderedEmitter,
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.workspace.onDidChangeTextDocument((e) => this.forSource(e.document.uri, (p) => p.refresh())),
      vscode.workspace.onDidOpenTextDocument((d) => this.forSource(d.uri, (p) => p.refresh())),
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.forSource(e.textEditor.document.uri, (p) => p.editorScrolled(e.textEditor))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('seed.preview.remoteImages')) for (const p of this.previews) p.reload();
      }),
    );
  }

  readonly api: PreviewApi = {
    previews: () => [...this.previews].map((p) => ({
      source: p.source.toString(), locked: p.locked, title: p.panel.title, visible: p.panel.visible, renderedVersion: p.rendered?.version,
    })),
    onDidRender: this.renderedEmitter.event,
  };

  /** Opens (or reveals) a preview of `uri`: the unlocked preview follows it; a locked one of it is reused. */
  open(uri: vscode.Uri, o: { toSide: boolean; preserveFocus?: boolean }): SeedPreview {
    const key = uri.toString();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const line = editor?.visibleRanges[0]?.start.line;
    const existing = [...this.previews].find((p) => p.locked && p.source.toString() === key) ?? [...this.previews].find((p) => !p.locked);
    const column = o.toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
    if (existing) {
      existing.setSource(uri, line);
      existing.panel.reveal(o.toSide ? existing.panel.viewColumn : column, o.preserveFocus ?? false);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: o.preserveFocus ?? o.toSide },
      previewOptions(this.extensionUri));
    return this.track(new SeedPreview(panel, uri, false, { server: this.server, extensionUri: this.extensionUri }, line));
  }

  /** Locks the focused preview to its article, or unlocks it so it follows the active editor again. */
  toggleLock(): boolean | undefined {
    const p = this.active ?? (this.previews.size === 1 ? [...this.previews][0] : undefined);
    if (!p) return undefined;
    p.setLocked(!p.locked);
    if (this.active === p) this.setActive(p);
    if (!p.locked) this.follow(vscode.window.activeTextEditor);
    return p.locked;
  }

  /** Revives a preview after a window reload from the state its page saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const s = state as Partial<PersistedState> | undefined;
    let uri: vscode.Uri | undefined;
    try {
      uri = typeof s?.source === 'string' && s.source !== '' ? vscode.Uri.parse(s.source, true) : undefined;
    } catch {
      uri = undefined;
    }
    uri ??= vscode.window.activeTextEditor?.document.languageId === 'seed' ? vscode.window.activeTextEditor.document.uri : undefined;
    if (!uri) { panel.dispose(); return; }
    this.track(new SeedPreview(panel, uri, s?.locked === true, { server: this.server, extensionUri: this.extensionUri },
      typeof s?.line === 'number' ? s.line : undefined));
  }

  private track(p: SeedPreview): SeedPreview {
    this.previews.add(p);
    if (p.panel.active) this.setActive(p);
    p.panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.setActive(p);
      else if (this.active === p) this.setActive(undefined);
    });
    p.onDidRender((e: RenderedEvent) => this.renderedEmitter.fire({ source: e.source, version: e.version }));
    p.onDidDispose(() => {
      this.previews.delete(p);
      if (this.active === p) this.setActive(undefined);
    });
    return p;
  }

  private setActive(p: SeedPreview | undefined): void {
    this.active = p;
    void vscode.commands.executeCommand('setContext', 'seed.previewFocus', p !== undefined);
    void vscode.commands.executeCommand('setContext', 'seed.previewLocked', p?.locked ?? false);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== 'seed') return;
    for (const p of this.previews) {
      if (!p.locked) p.setSource(editor.document.uri, editor.visibleRanges[0]?.start.line);
    }
  }

  private forSource(uri: vscode.Uri, fn: (p: SeedPreview) => void): void {
    const key = uri.toString();
    for (const p of this.previews) if (p.source.toString() === key) fn(p);
  }

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
