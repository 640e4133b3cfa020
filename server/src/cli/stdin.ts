// `-` on the command line: the article comes from standard input (an editor's unsaved buffer, a pipe).
// Read only when `-` is given, so a run from a terminal never waits for typing.

/** The name problems are reported under when --stdin-name gives none. */
export const STDIN_NAME = '<stdin>';

export async function readStdin(): Promise<{ bytes: Buffer } | { error: string }> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
  return { bytes: Buffer.concat(chunks) };
}
