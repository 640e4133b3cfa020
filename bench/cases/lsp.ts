// The built server (`node dist/server/main.js --stdio`) driven over JSON-RPC like an editor would:
// edit-to-diagnostics latency for one-character edits, and request latency (symbols, folding,
// completion, hover) on a warm model and right after an edit (when the request may pay the parse).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspClient, type Message } from '../lsp-client';
import { stats, threadCpuMs, type Stats } from '../timing';

interface Pos { readonly line: number; readonly character: number }
interface Probe { readonly method: string; readonly label: string; readonly params: (uri: string) => unknown }

export interface RequestRow {
  readonly doc: string;
  readonly label: string;
  readonly warm: Stats;
  readonly afterEdit: Stats;
  /** the server main thread's CPU time from sending to the answer */
  readonly warmCpu: Stats;
  readonly afterEditCpu: Stats;
  /** size of the response in bytes */
  readonly bytes: number;
}

export interface DocRun {
  readonly name: string;
  readonly bytes: number;
  readonly openMs: number;
  readonly openDiagnostics: number;
  readonly edits: Stats;
  /** the server main thread's CPU time per edit, from didChange to publishDiagnostics */
  readonly editsCpu: Stats;
  readonly editDiagnostics: number;
  readonly requests: RequestRow[];
}

export interface LspResult {
  readonly docs: DocRun[];
  readonly serverRssMb: number;
  readonly serverPeakRssMb: number;
}

interface PublishParams { uri: string; version?: number; diagnostics: unknown[] }

const isPublish = (uri: string, version: number) => (m: Message) =>
  m.method === 'textDocument/publishDiagnostics' && (m.params as PublishParams).uri === uri && (m.params as PublishParams).version === version;

/** Positions of interest in a generated article: a middle paragraph and heading, meta lines. */
function landmarks(text: string): { paragraph: number; heading: number; difficulty: Pos; paragraphs: Pos; payload: Pos } {
  const lines = text.split('\n');
  const find = (from: number, ok: (l: string) => boolean) => {
    for (let i = from; i < lines.length; i++) if (ok(lines[i] as string)) return i;
    throw new Error('landmark not found: is this a generated article with a meta block?');
  };
  const mid = lines.length >> 1;
  const paragraph = find(mid, (l) => l.length > 40 && l.endsWith('.') && !l.startsWith(' '));
  const heading = find(mid, (l) => l.length > 0 && l.length < 40 && /^[a-z][a-z0-9 ]+$/.test(l) && l !== 'final notes');
  const difficulty = find(0, (l) => l.startsWith('difficulty'));
  const paragraphs = find(difficulty, (l) => l.startsWith('  • paragraphs: '));
  const payload = find(difficulty, (l) => l === 'payload');
  return {
    paragraph, heading,
    difficulty: { line: difficulty, character: 'difficulty'.length },
    paragraphs: { line: paragraphs, character: (lines[paragraphs] as string).length },
    payload: { line: payload, character: 3 },
  };
}

function probes(text: string): Probe[] {
  const l = landmarks(text);
  const at = (method: string, label: string, position: Pos): Probe =>
    ({ method, label, params: (uri) => ({ textDocument: { uri }, position }) });
  return [
    { method: 'textDocument/documentSymbol', label: 'documentSymbol', params: (uri) => ({ textDocument: { uri } }) },
    { method: 'textDocument/foldingRange', label: 'foldingRange', params: (uri) => ({ textDocument: { uri } }) },
    // VS Code asks for these after every edit
    { method: 'textDocument/semanticTokens/full', label: 'semanticTokens', params: (uri) => ({ textDocument: { uri } }) },
    at('textDocument/completion', 'completion (heading)', { line: l.heading, character: 3 }),
    at('textDocument/completion', 'completion (meta value)', l.difficulty),
    at('textDocument/completion', 'completion (paragraphs)', l.paragraphs),
    at('textDocument/hover', 'hover (heading)', { line: l.heading, character: 2 }),
    at('textDocument/hover', 'hover (payload)', l.payload),
    at('textDocument/hover', 'hover (paragraphs)', { line: l.paragraphs.line, character: l.paragraphs.character - 1 }),
    // asked for on every cursor move
    { method: 'textDocument/codeAction', label: 'codeAction (meta)', params: (uri) => ({ textDocument: { uri }, range: { start: l.difficulty, end: l.difficulty }, context: { diagnostics: [] } }) },
  ];
}

class OpenDoc {
  version = 1;
  private inserted = false;
  private readonly line: number;

  constructor(private readonly client: LspClient, readonly uri: string, text: string, private readonly cpu: () => number) {
    this.line = landmarks(text).paragraph;
  }

  async open(text: string): Promise<{ ms: number; diagnostics: number }> {
    const wait = this.client.waitFor(isPublish(this.uri, 1));
    const sent = this.client.notify('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: 'seed', version: 1, text } });
    const r = await wait;
    return { ms: r.at - sent, diagnostics: (r.message.params as PublishParams).diagnostics.length };
  }

  /** Insert a letter in the middle paragraph, or delete it again; resolves when its diagnostics arrive. */
  edit(): { sent: number; cpu0: number; diagnostics: Promise<{ ms: number; cpu: number; count: number }> } {
    const version = ++this.version;
    const at = { line: this.line, character: 10 };
    const change = this.inserted
      ? { range: { start: at, end: { line: at.line, character: 11 } }, text: '' }
      : { range: { start: at, end: at }, text: 'x' };
    this.inserted = !this.inserted;
    const wait = this.client.waitFor(isPublish(this.uri, version));
    const cpu0 = this.cpu();
    const sent = this.client.notify('textDocument/didChange', { textDocument: { uri: this.uri, version }, contentChanges: [change] });
    return {
      sent, cpu0,
      diagnostics: wait.then((r) => ({ ms: r.at - sent, cpu: this.cpu() - cpu0, count: (r.message.params as PublishParams).diagnostics.length })),
    };
  }
}

async function runDoc(client: LspClient, name: string, text: string, edits: number, warmRequests: number, coldRequests: number): Promise<DocRun> {
  const cpu = () => threadCpuMs(client.pid);
  const doc = new OpenDoc(client, `file:///bench/${name}`, text, cpu);
  const opened = await doc.open(text);

  const requests: RequestRow[] = [];
  for (const p of probes(text)) {
    const params = p.params(doc.uri);
    const first = await client.request(p.method, params); // warm-up
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < warmRequests; i++) {
      const c0 = cpu();
      warm.push((await client.request(p.method, params)).ms);
      warmCpu.push(cpu() - c0);
    }
    const afterEdit: number[] = [];
    const afterEditCpu: number[] = [];
    for (let i = 0; i < coldRequests; i++) {
      const e = doc.edit();
      afterEdit.push((await client.request(p.method, params)).ms);
      afterEditCpu.push(cpu() - e.cpu0);
      await e.diagnostics;
    }
    requests.push({
      doc: name, label: p.label, warm: stats(warm), afterEdit: stats(afterEdit), warmCpu: stats(warmCpu), afterEditCpu: stats(afterEditCpu), bytes: first.bytes,
    });
  }

  for (let i = 0; i < 4; i++) await doc.edit().diagnostics; // warm-up
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let editDiagnostics = 0;
  for (let i = 0; i < edits; i++) {
    const r = await doc.edit().diagnostics;
    samples.push(r.ms);
    cpuSamples.push(r.cpu);
    editDiagnostics = Math.max(editDiagnostics, r.count);
  }
  client.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
  return {
    name, bytes: Buffer.byteLength(text), openMs: opened.ms, openDiagnostics: opened.diagnostics,
    edits: stats(samples), editsCpu: stats(cpuSamples), editDiagnostics, requests,
  };
}

function rssOf(pid: number | undefined): { rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, hwm: NaN };
  }
}

export async function lspCase(root: string, docs: readonly { name: string; text: string; edits: number }[]): Promise<LspResult> {
  const client = LspClient.start(process.execPath, [path.join(root, 'dist/server/main.js'), '--stdio'], root);
  try {
    await client.request('initialize', {
      processId: process.pid, rootUri: null, clientInfo: { name: 'seed-bench' },
      capabilities: {
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          foldingRange: { lineFoldingOnly: true },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
    });
    client.notify('initialized', {});
    const runs: DocRun[] = [];
    for (const d of docs) runs.push(await runDoc(client, d.name, d.text, d.edits, 10, 3));
    const mem = rssOf(client.pid);
    await client.shutdown();
    return { docs: runs, serverRssMb: mem.rss, serverPeakRssMb: mem.hwm };
  } catch (err) {
    client.proc.kill();
    throw new Error(`${err instanceof Error ? err.message : String(err)}\nserver stderr:\n${client.stderr}`);
  }
}
