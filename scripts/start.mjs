// `npm start`: the product on samples/. Runs seed-check over the samples (the five real articles are
// clean, samples/broken/ shows what the checker finds) and exits 0 either way: this is a demo.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli/seed-check.js', 'samples/'], { stdio: 'inherit' });
if (r.status === 2) process.exit(2);
console.log('\nThe real articles in samples/ are clean; every problem above is in samples/broken/.');
