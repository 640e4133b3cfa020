// code-server = VS Code's server + web workbench. We start it on loopback for one run and kill its
// whole process group afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER_DIR, CODE_SERVER_NODE } from './config.mjs';
import { until } from './wait.mjs';

const ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

// A built VS Code 1.139 workbench ignores the `payload` URL parameter (extensionDevelopmentPath /
// extensionTestsPath) unless the server runs with enable-smoke-test-driver. code-server rejects that flag
// itself but passes it through with --vscode-option (4.139 has it; older versions have no such option).
// The same route carries force-disable-user-env: otherwise the server runs the user's login shell
// (`bash -ilc`) before it starts the extension host, to copy its environment. That costs seconds here
// and makes the tests' environment depend on someone's ~/.profile.
function vscodeOptions() {
  const cli = fs.readFileSync(path.join(CODE_SERVER_DIR, 'out', 'node', 'cli.js'), 'utf8');
  if (!cli.includes('"vscode-option"')) { return []; }
  return ['enable-smoke-test-driver', 'force-disable-user-env'].flatMap((o) => ['--vscode-option', o]);
}

/**
 * Whether any process of the group still runs. Killed members that were re-parented to pid 1 stay
 * zombies until pid 1 reaps them (~2 s in this container) and kill(-pgid, 0) still "finds" those,
 * so on Linux we read /proc and ignore zombies.
 */
function groupAlive(pgid) {
  let pids;
  try { pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch {
    try { process.kill(-pgid, 0); return true; } catch { return false; }
  }
  return pids.some((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === pgid && state !== 'Z';
    } catch { return false; } // exited while we looked
  });
}

/**
 * Starts code-server for `dirs` (from makeRunDirs) and resolves once it answers /healthz.
 * `env` is added to the server's environment: the remote extension host, where the tests and the
 * extension run, inherits it. `port` (optional) asks for a fixed port; by default a free one is picked.
 */
export async function startCodeServer(dirs, { env = {}, onOutput, port: wantedPort } = {}) {
  if (!fs.existsSync(ENTRY)) { throw new Error(`code-server not found at ${ENTRY}: run test/e2e/install.sh`); }
  const port = wantedPort ? Number(wantedPort) : await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = [
    ENTRY,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions,
    '--config', path.join(dirs.xdg, 'config.yaml'),
    ...vscodeOptions(),
  ];
  const logFile = path.join(dirs.root, 'code-server.log');
  const log = fs.createWriteStream(logFile);
  const proc = spawn(CODE_SERVER_NODE, args, {
    // Own process group: code-server is a wrapper around the VS Code server, which starts the extension
    // host, which starts our language server. Killing the group gets all of them; killing the pid would not.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: dirs.xdg, TMPDIR: dirs.tmp,
      // No extension gallery (code-server defaults to open-vsx.org): no update or marketplace queries.
      EXTENSIONS_GALLERY: '{}',
    },
  });
  for (const stream of [proc.stdout, proc.stderr]) {
    stream.on('data', (b) => { log.write(b); onOutput?.(b.toString()); });
  }
  let exited = false;
  /** Settles when the server process exits; a run can race its result against it. */
  const died = new Promise((resolve) => proc.on('exit', (code, signal) => { exited = true; resolve(signal ?? code); }));
  // Last resort when the driver dies without running its cleanup: no orphaned servers.
  const killOnExit = () => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ } };
  process.on('exit', killOnExit);

  /**
   * Kills the whole group. The run is over and everything in it is throwaway, so no grace period by default
   * (a graceful VS Code server shutdown takes ~2 s); `graceMs` lets it flush its logs first (--artifacts).
   */
  async function stop({ graceMs = 0 } = {}) {
    process.off('exit', killOnExit);
    if (!groupAlive(proc.pid)) { return; }
    if (graceMs > 0) {
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      await until(() => !groupAlive(proc.pid), 'code-server to stop', graceMs, 50).catch(() => {});
    }
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
    await until(() => !groupAlive(proc.pid), 'code-server to die', 3000, 20).catch(() => {});
    await new Promise((r) => log.end(r));
  }

  try {
    await until(async () => {
      if (exited) { throw new Error(`code-server exited during startup, see ${logFile}:\n${fs.readFileSync(logFile, 'utf8')}`); }
      try { return (await fetch(`${base}/healthz`)).ok; } catch { return false; }
    }, `code-server on ${base}`, 60000, 100);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, logFile, died, stop };
}

/**
 * The remoteAuthority the workbench will use, read from the configuration the server embeds in the page
 * (code-server says the literal `remote`; a plain VS Code server uses the Host header). The payload's
 * vscode-remote URIs must carry exactly this authority or the workbench will not resolve them.
 */
export async function remoteAuthority(base) {
  const html = await (await fetch(`${base}/?ew=true`)).text();
  const m = /id="vscode-workbench-web-configuration" data-settings="([^"]*)"/.exec(html);
  if (!m) { throw new Error('no vscode-workbench-web-configuration in the workbench page'); }
  const settings = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  if (!settings.remoteAuthority) { throw new Error('the workbench configuration has no remoteAuthority'); }
  return settings.remoteAuthority;
}

/** vscode-remote URI of an absolute path on this machine (the server's file system). */
export function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}
