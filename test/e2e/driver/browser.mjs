// Headless Debian Chromium through playwright-core (the repo's devDependency; it never downloads a browser).
import { chromium } from 'playwright-core';
import { CHROMIUM } from './config.mjs';

export function launchBrowser(dirs) {
  // launchPersistentContext because playwright refuses --user-data-dir in args; a fresh profile per run
  // (the web workbench keeps editor and view state in the browser's storage, which must start empty).
  return chromium.launchPersistentContext(dirs.chromeProfile, {
    executablePath: CHROMIUM,
    env: { ...process.env, TMPDIR: dirs.tmp },
    headless: true,
    // Playwright would otherwise exit the process on these signals itself, before the driver has stopped
    // code-server and removed its temp folder; the driver closes the browser in its own handler.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox', // we run as root in a container
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
      '--disable-background-networking', '--disable-component-update',
      // Belt and braces next to `unshare -n`: resolve no host name except loopback ones.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}
