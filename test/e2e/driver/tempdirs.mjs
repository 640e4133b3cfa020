// One temp folder per run that holds everything code-server and Chromium write, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QUIET_SETTINGS } from './config.mjs';

export function makeRunDirs() {
  // Short prefix: VS Code puts Unix sockets under TMPDIR (below), and socket paths are limited to 107 bytes.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-e2e-'));
  const dirs = {
    root,
    userData: path.join(root, 'user'),
    extensions: path.join(root, 'ext'),
    // XDG_* for code-server: it writes config.yaml (with a password) and caches there on first start.
    xdg: path.join(root, 'xdg'),
    chromeProfile: path.join(root, 'chrome'),
    // TMPDIR for both processes: vscode-ipc-*.sock, Chromium's singleton files, ... would otherwise be
    // left in /tmp whenever the process group is killed instead of exiting on its own.
    tmp: path.join(root, 'tmp'),
  };
  for (const d of [path.join(dirs.userData, 'User'), dirs.extensions, dirs.xdg, dirs.chromeProfile, dirs.tmp]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  dirs.remove = () => fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  return dirs;
}
