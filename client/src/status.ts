// The status bar item on seed files: the meta health of the active article ("Meta: 2 errors, 1 warning",
// "Meta ok", "No post meta"); clicking it opens the Problems view. It asks the server for the article's
// model when the article's diagnostics change, one request at a time (the last answer wins).
import * as vscode from 'vscode';
import { PreviewModelRequest, type PreviewArticle } from '../../server/src/protocol';
import { Coalescer } from './coalescer';
import type { SeedServer } from './server';

export class MetaStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seed.metaStatus', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private readonly updates = new Coalescer(() => this.showNewest());
  private visible = false;

  constructor(private readonly server: SeedServer) {
    this.item.name = 'Seed Meta Health';
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
    const meta = model.meta;
    const item = this.item;
    item.backgroundColor = undefined;
    if (!meta) {
      item.text = '$(info) No post meta';
      item.tooltip = 'This article has no post meta block. Run "Seed: Insert Post Meta" to add one prefilled from the body.';
    } else if (meta.errors + meta.warnings === 0) {
      item.text = '$(pass) Meta ok';
      item.tooltip = `The ${meta.brand} post meta has no errors and no warnings.`;
    } else {
      const parts = [meta.errors ? `${meta.errors} error${meta.errors === 1 ? '' : 's'}` : '', meta.warnings ? `${meta.warnings} warning${meta.warnings === 1 ? '' : 's'}` : ''].filter(Boolean);
      item.text = `${meta.errors ? '$(error)' : '$(warning)'} Meta: ${parts.join(', ')}`;
      item.tooltip = `The post meta has ${parts.join(' and ')}. Click to open the Problems view.`;
      item.backgroundColor = new vscode.ThemeColor(meta.errors ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
    }
    item.accessibilityInformation = { label: item.text.replace(/\$\([a-z-]+\) /, ''), role: 'button' };
    item.show();
    this.visible = true;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
