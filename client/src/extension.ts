// The extension's entry: starts the seed language server for `seed` documents and registers the
// commands. Thin on purpose: everything about the format is asked of the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';

export interface SeedApi {
  readonly client: LanguageClient;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SeedApi> {
  const output = vscode.window.createOutputChannel('Seed Language Server');
  const serverModule = context.asAbsolutePath('dist/server/main.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'seed' }],
    synchronize: { configurationSection: 'seed' },
    outputChannel: output,
  };
  client = new LanguageClient('seed', 'Seed Language Server', serverOptions, clientOptions);
  context.subscriptions.push(client, output);
  registerCommands(context, client);
  await client.start();
  output.appendLine(`seed extension activated (VS Code ${vscode.version})`);
  return { client };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
