// The same suite under @vscode/test-electron, for machines that can download VS Code (CI with network,
// a developer's desktop). Not used offline: there test/e2e/run.mjs drives code-server instead.
//   npm run build && node out/test/e2e/runTest.js        (VSCODE_VERSION=1.90.0 to pin; default stable)
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // compiled to out/test/e2e/runTest.js: three levels below the repo root
  const repo = path.resolve(__dirname, '../../..');
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      // next to the code-server install, both git-ignored
      cachePath: path.join(repo, '.vscode-test'),
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'test', 'e2e', 'suite', 'index'),
      launchArgs: [path.join(repo, 'test', 'e2e', 'workspace'), '--disable-extensions', '--skip-welcome', '--disable-workspace-trust'],
      extensionTestsEnv: process.env.MOCHA_GREP ? { MOCHA_GREP: process.env.MOCHA_GREP } : {},
    });
  } catch (err) {
    console.error('e2e tests failed:', err);
    process.exit(1);
  }
}

void main();
