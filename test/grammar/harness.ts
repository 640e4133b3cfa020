// Loads the committed seed grammar into vscode-textmate (the engine VS Code uses) and renders tokens
// as readable text for the snapshots. Embedded grammars (source.python, …) are stubs that mark text
// `stub.<scope>` and open a multi-line `"""` string: vscode-textmate drops a rule whose only include is
// a grammar it cannot load, so without them a ```python fence would fall back to the plain fence rule;
// with them the snapshot shows which grammar a fence embeds and that an open string ends at the fence.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** The repository root: the nearest folder above this file with the extension's package.json. */
export const repoRoot: string = (() => {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'seed-language') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no seed-language package.json above ${__dirname}`);
    dir = up;
  }
})();

export const grammarPath = path.join(repoRoot, 'syntaxes', 'seed.tmLanguage.json');
export const fixturesDir = path.join(repoRoot, 'test', 'grammar', 'fixtures');
export const snapshotsDir = path.join(repoRoot, 'test', 'grammar', 'snapshots');

function stubGrammar(scopeName: string): object {
  return {
    scopeName,
    patterns: [
      { begin: '"""', end: '"""', name: `stub.string.${scopeName}` },
      { match: '[^\\s"]+(?:\\s+[^\\s"]+)*', name: `stub.${scopeName}` },
    ],
  };
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

export function loadGrammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(new Uint8Array(wasm).buffer); // a copy: the Buffer may share a larger pool
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => scopeName === 'text.seed'
        ? textmate.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
        : textmate.parseRawGrammar(JSON.stringify(stubGrammar(scopeName)), `${scopeName}.json`),
    });
    const grammar = await registry.loadGrammar('text.seed');
    if (!grammar) throw new Error('text.seed did not load');
    return grammar;
  })();
  return grammarPromise;
}

export interface Token { readonly start: number; readonly end: number; readonly text: string; readonly scopes: readonly string[] }
export interface TokenizedLine { readonly text: string; readonly tokens: readonly Token[] }

/** Splits like the VS Code editor does: any line break, and no byte-order mark (the editor strips it). */
export function editorLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

export async function tokenize(text: string): Promise<TokenizedLine[]> {
  const grammar = await loadGrammar();
  let stack = textmate.INITIAL;
  return editorLines(text).map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const tokens = r.tokens.map((t) => ({
      start: t.startIndex, end: Math.min(t.endIndex, line.length),
      text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1), // drop the root `text.seed`
    })).filter((t) => t.end > t.start);
    return { text: line, tokens };
  });
}

/** The scopes of the token that covers `column` on `line` (0-based). */
export function scopesAt(lines: readonly TokenizedLine[], line: number, column: number): readonly string[] {
  const l = lines[line];
  if (!l) throw new Error(`no line ${line}`);
  const t = l.tokens.find((tok) => tok.start <= column && column < tok.end);
  return t ? t.scopes : [];
}

/** The tokens of the first line whose text is `text` (trailing blanks ignored). */
export function lineTokens(lines: readonly TokenizedLine[], text: string): readonly Token[] {
  const l = lines.find((x) => x.text.trimEnd() === text);
  if (!l) throw new Error(`no line ${JSON.stringify(text)}`);
  return l.tokens;
}

const MAX_TEXT = 48;

function show(text: string): string {
  const s = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  return JSON.stringify(s);
}

/** The scopes every non-blank token of a line shares, leaving each token at least its innermost scope. */
function sharedScopes(tokens: readonly Token[]): readonly string[] {
  const solid = tokens.filter((t) => t.text.trim() !== '');
  if (solid.length === 0) return [];
  let n = Math.min(...solid.map((t) => t.scopes.length - 1));
  const first = solid[0] as Token;
  for (const t of solid) while (n > 0 && t.scopes.slice(0, n).join(' ') !== first.scopes.slice(0, n).join(' ')) n--;
  return first.scopes.slice(0, Math.max(n, 0));
}

/**
 * The snapshot text: per line `NN| text` (tabs shown as →, long lines cut), then `in:` with the scopes
 * all its tokens share, then one row per token, `start-end "text" its own scopes`. Paragraph text has
 * no scope and shows `(plain)`; blank tokens with nothing of their own are left out.
 */
export function renderSnapshot(lines: readonly TokenizedLine[]): string {
  const out: string[] = [];
  lines.forEach((l, i) => {
    const text = l.text.length > 100 ? `${l.text.slice(0, 100)}…` : l.text;
    out.push(`${String(i + 1).padStart(3)}| ${text}`.replace(/\t/g, '→'));
    const shared = sharedScopes(l.tokens);
    if (shared.length) out.push(`       in: ${shared.join(' ')}`);
    for (const t of l.tokens) {
      const own = t.scopes.slice(shared.length);
      if (own.length === 0 && t.text.trim() === '') continue;
      const range = `${t.start}-${t.end}`.padEnd(8);
      out.push(`     ${range}${show(t.text).padEnd(MAX_TEXT / 2)} ${own.length ? own.join(' ') : '(plain)'}`);
    }
  });
  return out.join('\n') + '\n';
}
