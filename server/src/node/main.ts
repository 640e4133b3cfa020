// Node entry of the seed language server: `--stdio`, `--node-ipc` or `--socket=N`, as LSP clients pass.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME, SERVER_VERSION, startServer } from '../server';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${SERVER_NAME} ${SERVER_VERSION}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
  process.stderr.write(`usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=<port>\n`);
  process.exit(2);
}
const connection = createConnection(ProposedFeatures.all);
// A stray rejection or exception is logged, never fatal: the open documents stay served.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
process.on('uncaughtException', (err) => connection.console.error(`uncaught exception: ${err.stack ?? err.message}`));
startServer(connection);
