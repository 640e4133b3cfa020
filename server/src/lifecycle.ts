// The LSP 3.17 lifecycle, which vscode-languageserver leaves to the server: before `initialize` a
// request is refused with ServerNotInitialized and a notification is dropped (except `exit`); a second
// `initialize`, and after `shutdown` any request, is refused with InvalidRequest, and after `shutdown` a
// notification is dropped too (except `exit`). (`exit` itself, 0 after shutdown and 1 without, is the library's.)
import { ErrorCodes, ResponseError, type Connection, type Message, type MessageStrategy, type RequestMessage } from 'vscode-languageserver';

/** Where a refused request is sent instead: its handler answers the error (a strategy cannot reply itself). */
const REFUSED = '$/seed/refused';

interface Refusal { readonly code: number; readonly message: string }

const isRequest = (m: Message): m is RequestMessage => 'method' in m && 'id' in m && m.id !== undefined && m.id !== null;
const isNotification = (m: Message): m is Message & { method: string } => 'method' in m && !isRequest(m);

export class LifecycleGate implements MessageStrategy {
  private state: 'new' | 'running' | 'shut down' = 'new';
  private connection: Connection | undefined;

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (isRequest(message)) {
      const refusal = this.refusal(message.method);
      if (refusal) return next({ jsonrpc: message.jsonrpc, id: message.id, method: REFUSED, params: refusal } as RequestMessage);
      if (message.method === 'initialize') this.state = 'running';
      if (message.method === 'shutdown') this.state = 'shut down';
    } else if (isNotification(message) && this.state !== 'running' && message.method !== 'exit') {
      // dropped: the spec allows nothing but `exit` before `initialize` and after `shutdown` (a document
      // opened then would be checked and its diagnostics published to a client that is going away)
      if (this.state === 'shut down') this.connection?.console.log(`\`${message.method}\` after \`shutdown\` ignored: expected only \`exit\``);
      return;
    }
    next(message);
  }

  /** Answers the refused requests; call once the connection exists. */
  attach(connection: Connection): void {
    this.connection = connection;
    connection.onRequest(REFUSED, (r: Refusal) => new ResponseError(r.code, r.message));
  }

  private refusal(method: string): Refusal | undefined {
    if (this.state === 'new' && method !== 'initialize') {
      return { code: ErrorCodes.ServerNotInitialized, message: `\`${method}\` before \`initialize\`: the server is not initialized yet; expected \`initialize\` first` };
    }
    // answered, a second `initialize` would hold the diagnostics and reset the workspace folders again
    if (this.state === 'running' && method === 'initialize') {
      return { code: ErrorCodes.InvalidRequest, message: '`initialize` again: the server is already initialized; expected it only once' };
    }
    if (this.state === 'shut down') {
      return { code: ErrorCodes.InvalidRequest, message: `\`${method}\` after \`shutdown\`: the server is shutting down; expected only \`exit\`` };
    }
    return undefined;
  }
}
