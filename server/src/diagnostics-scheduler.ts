// Publishes diagnostics after edits. Changes are coalesced: a burst of edits validates only the
// final text, and the work runs after pending messages (setImmediate), so requests are answered first.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SeedLanguageService } from './service/index';

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, ReturnType<typeof setImmediate>>();
  private readonly toldReduced = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly service: SeedLanguageService,
    /**
     * Brings what other files see of this document up to date before its diagnostics (the workspace
     * index); true when that changed, so the other open documents are checked again. Done here, not on
     * every change, so a burst of edits parses the final text only.
     */
    private readonly refresh?: (doc: TextDocument) => boolean,
  ) {}

  schedule(uri: string): void {
    if (this.pending.has(uri)) return; // the queued run will read the newest version
    this.arm(uri, this.documents.get(uri)?.version, 0);
  }

  /**
   * vscode-jsonrpc handles one message per turn of the event loop (each in its own setImmediate), so a
   * single setImmediate would run between two queued edits and publish every version of a burst. The
   * run waits instead until a whole turn brought no new version: the queue has drained.
   */
  private arm(uri: string, version: number | undefined, quietTurns: number): void {
    this.pending.set(uri, setImmediate(() => {
      const now = this.documents.get(uri)?.version;
      if (now !== version || quietTurns < 1) {
        this.arm(uri, now, now === version ? quietTurns + 1 : 0);
        return;
      }
      this.pending.delete(uri);
      this.publish(uri);
    }));
  }

  cancel(uri: string): void {
    const t = this.pending.get(uri);
    if (t) clearImmediate(t);
    this.pending.delete(uri);
    this.toldReduced.delete(uri);
  }

  all(): void {
    for (const d of this.documents.all()) this.schedule(d.uri);
  }

  /** The other open documents: their cross-file diagnostics may have changed. Runs after `uri`'s. */
  others(uri: string): void {
    for (const d of this.documents.all()) if (d.uri !== uri) this.schedule(d.uri);
  }

  private publish(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      if (this.refresh?.(doc)) this.others(uri);
      const diagnostics = this.service.computeDiagnostics(doc);
      void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      if (this.service.isReduced(doc) && !this.toldReduced.has(uri)) {
        this.toldReduced.add(uri);
        // a notification, not a request: a client that cannot show a request must not take the server down
        void this.connection.sendNotification('window/showMessage', {
          type: 3,
          message: `${uri.split('/').pop()} is larger than the full-check limit: outline and folding stay, the meta rules are skipped (setting seed.limits.maxFullCheckSize).`,
        });
      }
    } catch (err) {
      this.connection.console.error(`diagnostics for ${uri} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    }
  }
}
