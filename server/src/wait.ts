// Waiting on the client without depending on it: a client that never answers must not stall the server.

/** Resolves true when `p` settles within `ms`, false when the time ran out first (`p` goes on regardless). */
export function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = () => { clearTimeout(timer); resolve(true); };
    p.then(done, done);
  });
}
