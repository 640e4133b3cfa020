// One mechanism for "ask the server for the newest state": a request while a run is in flight
// makes exactly one more run after it, so a burst of changes costs two requests, not one each.
export class Coalescer {
  private running = false;
  private again = false;

  constructor(private readonly job: () => Promise<void>) {}

  request(): void {
    if (this.running) { this.again = true; return; }
    void this.loop();
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        await this.job();
      } while (this.again);
    } finally {
      this.running = false;
    }
  }
}
