// Node entry of the seed language server: `--stdio`, `--node-ipc` or `--socket=N`, as LSP clients pass.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { SERVER_NAME, SERVER_VERSION, startServer } from '../server';
import { LifecycleGate } from '../lifecycle';
import { JsonMessageEncoder } from './json-encoder';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${SERVER_NAME} ${SERVER_VERSION}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
  process.stderr.write(`usage: ${SERVER_NAME} --stdio | --node-ipc | --socket=<port>\n`);
  process.exit(2);
}

/**
 * Over stdio the messages go through our encoder (big results without giant strings, see
 * json-encoder.ts); the library's own set-up for `--stdio` is then ours to do: exit when the input
 * closes, and keep console output off stdout (it would corrupt the protocol).
 */
function stdioConnection(gate: LifecycleGate): Connection {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout, { contentTypeEncoder: new JsonMessageEncoder() });
  const connection = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy: gate });
  // after the input closes, a clean exit only if a `shutdown` was served: one the gate refused (before
  // `initialize`, say) never reaches this handler (a connection has one shutdown handler: this one)
  let shutDown = false;
  connection.onShutdown(() => { shutDown = true; });
  const exit = () => process.exit(shutDown ? 0 : 1);
  // a broken frame (a wrong Content-Length, no header) leaves the stream unreadable from there on: say so
  // and exit non-zero, so the client restarts the server instead of talking to one that no longer hears
  reader.onError((err) => {
    // bad JSON in a well-framed message is only that message lost: the next one reads fine
    if (!/header|content-length/i.test(err.message)) return;
    process.stderr.write(`${SERVER_NAME}: cannot read the client's messages any more (${err.message}); exiting\n`);
    process.exit(1);
  });
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  const log = (...xs: unknown[]) => connection.console.log(xs.map(String).join(' '));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.warn = (...xs: unknown[]) => connection.console.warn(xs.map(String).join(' '));
  console.error = (...xs: unknown[]) => connection.console.error(xs.map(String).join(' '));
  return connection;
}

const gate = new LifecycleGate();
const connection = args.includes('--stdio') ? stdioConnection(gate) : createConnection(ProposedFeatures.all, { messageStrategy: gate });
gate.attach(connection);
// A stray rejection or exception is logged, never fatal: the open documents stay served.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));
process.on('uncaughtException', (err) => connection.console.error(`uncaught exception: ${err.stack ?? err.message}`));
startServer(connection);
