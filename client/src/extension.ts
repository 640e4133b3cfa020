// The extension's entry. Thin on purpose: everything about the format is asked of the server.
// Activation (a seed file, a plain-text file for detection, a command, a restored preview) wires a
// logger, the language client, the commands, the preview manager, the status item and .txt detection;
// the server itself starts only when a seed document is open or a command needs it.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { provideCodeActions } from './code-actions';
import { registerCommands } from './commands/index';
import { registerDetection } from './detect';
import { PreviewManager, type PreviewApi } from './preview/manager';
import { SeedServer } from './server';
import { ArticleStatusItem } from './status';

export interface SeedApi {
  readonly client: LanguageClient;
  readonly preview: PreviewApi;
  /** the status bar item's text on the active seed editor, undefined when hidden */
  readonly statusText: () => string | undefined;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SeedApi {
  const output = vscode.window.createOutputChannel('Seed Language Server');
  const serverModule = context.asAbsolutePath('dist/server/main.js');
  // stdio, as other editors use it: the server's stdio writer sends big results (the outline of a huge
  // article) without building one giant string per message, which Node's IPC channel would
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // files and new documents; not diff views or other virtual documents
    documentSelector: [{ scheme: 'file', language: 'seed' }, { scheme: 'untitled', language: 'seed' }],
    synchronize: { configurationSection: 'seed' },
    outputChannel: output,
    middleware: { provideCodeActions },
  };
  client = new LanguageClient('seed', 'Seed Language Server', serverOptions, clientOptions);
  const server = new SeedServer(client, output);
  const previews = new PreviewManager(context.extensionUri, server);
  const status = new ArticleStatusItem(server);
  context.subscriptions.push(client, output, previews, status);
  registerCommands(context, { server, previews });
  registerDetection(context);

  const startFor = (doc: vscode.TextDocument) => {
    if (doc.languageId === 'seed') server.start().catch(() => undefined);
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startFor));
  vscode.workspace.textDocuments.forEach(startFor);
  output.appendLine(`seed extension activated (VS Code ${vscode.version})`);
  return { client, preview: previews.api, statusText: () => status.text };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
