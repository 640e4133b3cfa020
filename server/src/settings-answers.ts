// Answers to the server's workspace/configuration requests, which may come back late, out of order or
// never. The answer to the newest request is the one applied; an older answer that comes after a newer
// one was applied is dropped, so it cannot undo it. But when the newest request fails or times out, the
// newest answer that did arrive is applied (if newer than the settings in effect): without it, the
// settings would stay older still.

export class SettingsAnswers<S> {
  /** the newest request sent */
  private sent = 0;
  /** the request whose answer is in effect (0: none yet) */
  private applied = 0;
  /** the newest answer that arrived, applied or not */
  private arrived: { request: number; settings: S } | undefined;
  /** requests that failed or timed out, newer than `applied` */
  private readonly failed = new Set<number>();

  constructor(private readonly apply: (settings: S, newest: boolean) => void) {}

  /** Numbers a new request. */
  request(): number {
    return ++this.sent;
  }

  /** The answer to `request` arrived. */
  answered(request: number, settings: S): void {
    if (request <= this.applied) return; // a newer answer is in effect
    if (!this.arrived || request > this.arrived.request) this.arrived = { request, settings };
    this.settle();
  }

  /** `request` failed or timed out. (A late answer to it still counts: it is applied if it is the newest.) */
  unanswered(request: number): void {
    if (request > this.applied) this.failed.add(request);
    this.settle();
  }

  /** Applies the newest answer that arrived once every newer request has failed: none is still awaited. */
  private settle(): void {
    const answer = this.arrived;
    if (!answer || answer.request <= this.applied) return;
    for (let r = answer.request + 1; r <= this.sent; r++) if (!this.failed.has(r)) return; // still awaited
    this.applied = answer.request;
    for (const r of this.failed) if (r <= this.applied) this.failed.delete(r);
    this.apply(answer.settings, answer.request === this.sent);
  }
}
