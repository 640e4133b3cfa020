// Runs in its own process so its memory is the index's alone: indexes a folder cold with the server's
// indexer, then updates it after one file changes. Prints one JSON line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createLanguageService, WorkspaceIndex } from '../server/src/service/index';
import { WorkspaceIndexer } from '../server/src/workspace/indexer';

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] as string);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  const index = new WorkspaceIndex();
  const service = createLanguageService({ index });
  const indexer = new WorkspaceIndexer(index, service, { isOpen: () => false, log: () => undefined });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const files = await indexer.crawl([dir]);
  const coldMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  gc?.();
  const mem = process.memoryUsage();
  // one file changes on disk: its reference changes; the update is what a file event costs
  const changed = fs.readdirSync(dir).find((f) => f.endsWith('.txt') || f.endsWith('.seed')) as string;
  const file = path.join(dir, changed);
  const original = fs.readFileSync(file, 'utf8');
  const updates: number[] = [];
  try {
    for (let i = 0; i < 20; i++) {
      fs.writeFileSync(file, original.replace(/anp-ref-(\d{6})-\d{4}/, `anp-ref-$1-${String(1000 + i)}`));
      const u0 = performance.now();
      await indexer.changed(URI.file(file).toString(), 'changed');
      updates.push(performance.now() - u0);
    }
  } finally {
    fs.writeFileSync(file, original);
  }
  updates.sort((a, b) => a - b);
  console.log(JSON.stringify({
    files, coldMs, coldCpuMs: (cpu.user + cpu.system) / 1000,
    heapMB: (mem.heapUsed - base.heapUsed) / 1048576, rssMB: mem.rss / 1048576,
    updateMedianMs: updates[updates.length >> 1], updateMaxMs: updates[updates.length - 1],
  }));
}

void main();
