// Bundles the client, the server and the CLI with esbuild (tsc -b type-checks before this runs).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: !production, minify: production, logLevel: 'warning' };
const shebang = { js: '#!/usr/bin/env node' };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server/main.js', banner: shebang }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/seed-check.ts'], outfile: 'dist/cli/seed-check.js', banner: shebang }),
  // the preview page: its own browser bundle, loaded by the webview under a nonce CSP
  esbuild.build({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview/preview.js' }),
]);
