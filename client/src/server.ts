// The language server, started on first need: opening a plain-text file activates the extension (for
// seed detection) but starts nothing; the server starts when a seed document is open or a command asks.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export class SeedServer {
  private starting: Promise<void> | undefined;

  constructor(readonly client: LanguageClient, private readonly output: vscode.OutputChannel) {}

  /** Starts the client once; later calls wait for the same start. A failed start may be retried. */
  start(): Promise<void> {
    this.starting ??= this.client.start().catch((err: unknown) => {
      this.starting = undefined;
      this.output.appendLine(`the seed language server failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      throw err;
    });
    return this.starting;
  }

  /** Sends a custom request (see server/src/protocol.ts), starting the server first when needed. */
  async request<R>(method: string, params: unknown): Promise<R> {
    await this.start();
    return this.client.sendRequest<R>(method, params);
  }

  log(message: string): void {
    this.output.appendLine(message);
  }
}
