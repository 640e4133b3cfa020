// A code-server workbench with an extension loaded from source (the `payload` URL parameter's
// extensionDevelopmentPath, the route run-tests.mjs uses, without extensionTestsPath: an "Extension
// Development Host" that a person or a script drives). Used by scripts/start.mjs and screenshots.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { remoteAuthority, remoteUri, startCodeServer } from './code-server.mjs';
import { QUIET_SETTINGS } from './config.mjs';
import { makeRunDirs } from './tempdirs.mjs';

/**
 * Starts code-server in a fresh temp profile (user settings = QUIET_SETTINGS + `settings`) and resolves to
 * `{ url, base, dirs, server, stop }`. `url` opens `folder` with the extension at `extensionDevelopmentPath`;
 * it only works with its payload parameter, so print or goto it whole.
 * `stop()` kills code-server's process group and removes the temp profile; it is idempotent.
 */
export async function startDevWorkbench({ extensionDevelopmentPath, folder, settings = {}, port, env = {}, onOutput } = {}) {
  const dirs = makeRunDirs();
  let server;
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      try { await server?.stop(); } finally { dirs.remove(); }
    })();
    return stopping;
  };
  try {
    fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
    server = await startCodeServer(dirs, { env, port, onOutput });
    const authority = await remoteAuthority(server.base);
    const payload = [
      ['extensionDevelopmentPath', remoteUri(authority, path.resolve(extensionDevelopmentPath))],
      ['skipWelcome', 'true'],
    ];
    const where = folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true';
    const url = `${server.base}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return { url, base: server.base, dirs, server, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
