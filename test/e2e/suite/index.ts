// The test-runner entry, same contract as @vscode/test-electron expects: `run(): Promise<void>`.
// VS Code require()s this module in the extension host (the payload's / runTests' extensionTestsPath),
// and its exit code follows the promise: resolved 0, rejected 1.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

/**
 * In the web workbench (our code-server driver) the extension host's console reaches the driver one log
 * record per call, without printf formatting, mixed with the workbench's own log lines. When the driver
 * sets VSCODE_TEST_LOG_TAG, format every call here and prefix the tag so the driver can pick our lines out.
 * VS Code makes console.log & co. non-writable in the extension host (assignments are silently ignored),
 * so the global `console` is swapped for a proxy instead. Under test-electron nothing changes.
 */
function tagConsole(tag: string): void {
  const original = console;
  const levels = new Set<PropertyKey>(['log', 'info', 'warn', 'error', 'debug', 'trace']);
  const tagged = new Proxy(original, {
    get(target, prop) {
      if (!levels.has(prop)) { return Reflect.get(target, prop); }
      const write = Reflect.get(target, prop) as (...args: unknown[]) => void;
      return (...args: unknown[]) => write.call(target, `${tag}${util.format(...args)}`);
    },
  });
  Object.defineProperty(globalThis, 'console', { value: tagged, configurable: true, writable: true });
  // mocha's reporters captured console.log when mocha was loaded: route them through the proxy as well.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => tagged.log(...args);
}

export function run(): Promise<void> {
  const tag = process.env.VSCODE_TEST_LOG_TAG;
  if (tag) { tagConsole(tag); }
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  // MOCHA_GREP narrows the run, e.g. MOCHA_GREP=diagnostics npm run test:e2e
  if (process.env.MOCHA_GREP) { mocha.grep(process.env.MOCHA_GREP); }
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) { mocha.addFile(path.join(__dirname, file)); }
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (failures > 0) { reject(new Error(`${failures} tests failed.`)); } else { resolve(); }
      });
      runner.on('end', () => {
        // One machine-readable line: the extension host's exit code is only 0/1, the driver wants counts.
        const s = runner.stats;
        console.log(`MOCHA_SUMMARY ${JSON.stringify({ passes: s?.passes ?? 0, failures: s?.failures ?? 0, pending: s?.pending ?? 0 })}`);
      });
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
