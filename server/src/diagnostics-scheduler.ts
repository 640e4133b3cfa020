// Publishes diagnostics after edits. Changes are coalesced: a burst of edits validates only the
// final text, and the work runs after pending messages (setImmediate), so requests are answered first.
// A change another file can see re-checks the other open documents once, in one batch after the
// queue drained, and a re-check that finds what was already published publishes nothing: opening N
// documents publishes about N times, not N²/4. A document whose last check was slow (a 50 MB article)
// is checked once typing pauses, not on every keystroke, so requests are not stuck behind its checks;
// typing without a pause still gets it checked every few seconds.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SeedLanguageService } from './service/index';

/** A check faster than this runs as soon as the edits stop coming in; a slower one waits for a pause. */
// (a 10 MB article takes about 50 ms and is still checked on each burst of edits; a 50 MB one about 250)
const SLOW_CHECK_MS = 100;
const LONGEST_PAUSE_MS = 2000;
/** The longest a slow document waits for a pause: typing on and on, its diagnostics still follow. */
const LONGEST_WAIT_MS = 5000;

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, ReturnType<typeof setImmediate>>();
  /** slow documents waiting for a pause in typing before their run is queued */
  private readonly waiting = new Map<string, ReturnType<typeof setTimeout>>();
  /** when each slow document began waiting (the first edit since its last check) */
  private readonly waitingSince = new Map<string, number>();
  /** how long each document's checks take (ms), the slowest of late, decaying */
  private readonly cost = new Map<string, number>();
  /** open documents whose cross-file diagnostics may have changed, re-checked in one batch */
  private readonly stale = new Set<string>();
  private batch: ReturnType<typeof setImmediate> | undefined;
  /** what was last published for each document */
  private readonly published = new Map<string, { version: number; json: string }>();
  private readonly toldReduced = new Set<string>();
  /** nothing is published until the first settings are read: a code the user turned off must not flash up */
  private held = false;

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
    const pause = this.pauseFor(uri);
    if (pause > 0) {
      if (this.pending.has(uri)) return; // the wait is over: the queued run reads the newest version
      // each edit starts the wait again, so the check runs once, on the text typed before the pause;
      // but not past LONGEST_WAIT_MS from the first edit
      clearTimeout(this.waiting.get(uri));
      const since = this.waitingSince.get(uri) ?? Date.now();
      this.waitingSince.set(uri, since);
      this.waiting.set(uri, setTimeout(() => {
        this.waiting.delete(uri);
        this.waitingSince.delete(uri);
        this.arm(uri, this.documents.get(uri)?.version, 0);
      }, Math.min(pause, Math.max(0, since + LONGEST_WAIT_MS - Date.now()))));
      return;
    }
    if (this.pending.has(uri)) return; // the queued run will read the newest version
    this.arm(uri, this.documents.get(uri)?.version, 0);
  }

  /** Twice the document's check time once that is slow, so a pause in typing is about as long as a check. */
  private pauseFor(uri: string): number {
    const cost = this.cost.get(uri) ?? 0;
    return cost < SLOW_CHECK_MS ? 0 : Math.min(2 * cost, LONGEST_PAUSE_MS);
  }

  private cancelRun(uri: string): void {
    const t = this.pending.get(uri);
    if (t) clearImmediate(t);
    this.pending.delete(uri);
    clearTimeout(this.waiting.get(uri));
    this.waiting.delete(uri);
    this.waitingSince.delete(uri);
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

  hold(): void {
    this.held = true;
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    // every open document in the index before any is checked: the first publication already has the
    // cross-file warnings between them, instead of each document's growing as the next one is indexed
    for (const d of this.documents.all()) this.refresh?.(d);
    this.all();
  }

  cancel(uri: string): void {
    this.cancelRun(uri);
    this.cost.delete(uri);
    this.stale.delete(uri);
    this.published.delete(uri);
    this.toldReduced.delete(uri);
  }

  all(): void {
    for (const d of this.documents.all()) this.schedule(d.uri);
  }

  /** The other open documents: their cross-file diagnostics may have changed. Runs after every pending check. */
  others(uri: string): void {
    for (const d of this.documents.all()) if (d.uri !== uri) this.stale.add(d.uri);
    this.armBatch(0);
  }

  /** Waits until no document check is pending for a whole turn (a burst of opens has drained), then re-checks the stale ones. */
  private armBatch(quietTurns: number): void {
    if (this.batch && quietTurns === 0) return;
    this.batch = setImmediate(() => {
      this.batch = undefined;
      if (this.pending.size > 0 || quietTurns < 1) {
        this.armBatch(this.pending.size > 0 ? 0 : quietTurns + 1);
        return;
      }
      const uris = [...this.stale];
      this.stale.clear();
      for (const uri of uris) if (!this.pending.has(uri) && !this.waiting.has(uri)) this.publish(uri);
    });
  }

  private publish(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc || this.held) return; // release() checks every open document
    try {
      const started = Date.now();
      if (this.refresh?.(doc)) this.others(uri);
      const diagnostics = this.service.computeDiagnostics(doc);
      // a check that found the text parsed already (by a request) does not make the document cheap
      this.cost.set(uri, Math.max(Date.now() - started, (this.cost.get(uri) ?? 0) / 2));
      const json = JSON.stringify(diagnostics);
      const last = this.published.get(uri);
      if (last?.version === doc.version && last.json === json) return; // the client has these already
      this.published.set(uri, { version: doc.version, json });
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
