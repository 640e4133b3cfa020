// Writes schemas/seed.config.schema.json from the zod config schema (the one source of truth), so
// VS Code completes and checks seed.config.json. `--check` fails when the committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const { configJsonSchema } = require(path.join(root, 'out/server/src/service/config/config.js'));
const out = path.join(root, 'schemas', 'seed.config.schema.json');
const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
    console.error(`${path.relative(root, out)} is out of date: run node scripts/build-config-schema.mjs`);
    process.exit(1);
  }
} else {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
}
