// seed-check reads the same seed.config.json as the editor: --config FILE, or the nearest one
// from the current folder up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CONFIG_FILE, parseConfig, type SeedConfig } from '../service/index';

export interface LoadedConfig { readonly file?: string; readonly config: SeedConfig; readonly problems: Diagnostic[]; readonly error?: string }

export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const f = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfig(explicit: string | undefined): LoadedConfig {
  const file = explicit ?? findConfig(process.cwd());
  if (!file) return { config: {}, problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { file, config: {}, problems: [], error: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  return { file, ...parseConfig(text) };
}
