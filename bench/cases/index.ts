// Indexing K articles as the server does at start-up (cold), and the update after one file changes;
// in a child process with --expose-gc, so heap and RSS are the index's own.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export interface IndexResult {
  readonly files: number;
  readonly coldMs: number;
  readonly coldCpuMs: number;
  readonly heapMB: number;
  readonly rssMB: number;
  readonly updateMedianMs: number;
  readonly updateMaxMs: number;
}

export function indexCase(root: string, dir: string, runs: number): IndexResult[] {
  const out: IndexResult[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'out', 'bench', 'index-worker.js'), dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`index worker failed: ${r.stderr}`);
    out.push(JSON.parse(r.stdout.trim().split('\n').pop() as string) as IndexResult);
  }
  return out;
}
