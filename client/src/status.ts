// The status bar item on seed files: the health of the active article, body and meta ("Article: 2 errors,
// 1 warning", "Article ok", "No post meta"; the words are chosen in status-text.ts); clicking it opens the
// Problems view. It asks the server for the article's model when the article's diagnostics change, one
// request at a time (the last answer wins).
import * as vscode from 'vscode';
import { PreviewModelRequest, type PreviewArticle } from '../../server/src/protocol';
import { Coalescer } from './coalescer';
import type { SeedServer } from './server';
import { articleStatus } from './status-text';

const BACKGROUND = { error: 'statusBarItem.errorBackground', warning: 'statusBarItem.warningBackground' } as const;

export class ArticleStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seed.metaStatus', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private readonly updates = new Coalescer(() => this.showNewest());
  private visible = false;

  constructor(private readonly server: SeedServer) {
    this.item.name = 'Seed Article Health';
    this.item.command = { title: 'Show Problems', command: 'workbench.actions.view.problems' };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => { if (d === vscode.window.activeTextEditor?.document) this.update(); }),
    );
    this.update();
  }

  /** What the item shows now, undefined when it is hidden (for the e2e tests). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  update(): void {
    this.updates.request();
  }

  private async showNewest(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'seed') { this.item.hide(); this.visible = false; return; }
    let model: PreviewArticle | null = null;
    try {
      model = await this.server.request<PreviewArticle | null>(PreviewModelRequest.method, { uri: doc.uri.toString() });
    } catch {
      model = null;
    }
    if (vscode.window.activeTextEditor?.document !== doc) { this.updates.request(); return; }
    if (model) this.show(model);
  }

  private show(model: PreviewArticle): void {
    const status = articleStatus(model);
    const item = this.item;
    item.text = status.text;
    item.tooltip = status.tooltip;
    item.backgroundColor = status.severity === 'error' || status.severity === 'warning' ? new vscode.ThemeColor(BACKGROUND[status.severity]) : undefined;
    item.accessibilityInformation = { label: item.text.replace(/\$\([a-z-]+\) /, ''), role: 'button' };
    item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
