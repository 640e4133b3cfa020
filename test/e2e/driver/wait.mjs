// Readiness polling: wait for a condition with a deadline instead of sleeping a fixed time.
export const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Calls `check` until it returns something other than undefined/false, and returns that.
 * Throws `timed out waiting for <what>` after `ms`.
 */
export async function until(check, what, ms, everyMs = 100) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) { return v; }
    if (Date.now() > deadline) { throw new Error(`timed out after ${ms} ms waiting for ${what}`); }
    await delay(everyMs);
  }
}
