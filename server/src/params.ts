// Checks a request's params before its handler runs: params of the wrong shape are the client's
// mistake, answered InvalidParams with what was found and what was expected (not an empty result
// that reads as "nothing here").
/** What is wrong with the params, or undefined when they have the shape the handler reads. */
export type ParamsCheck = (params: unknown) => string | undefined;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function found(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

const wrong = (path: string, v: unknown, expected: string) => `\`${path}\` is ${found(v)}; expected ${expected}`;

function uinteger(path: string, v: unknown): string | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : wrong(path, v, 'a non-negative integer');
}

function position(path: string, v: unknown): string | undefined {
  if (!isObject(v)) return wrong(path, v, 'an object { line, character }');
  return uinteger(`${path}.line`, v.line) ?? uinteger(`${path}.character`, v.character);
}

function range(path: string, v: unknown): string | undefined {
  if (!isObject(v)) return wrong(path, v, 'an object { start, end }');
  return position(`${path}.start`, v.start) ?? position(`${path}.end`, v.end);
}

/** `{ textDocument: { uri } }`, and whatever `more` asks of the rest. */
export function textDocument(more?: (p: Obj) => string | undefined): ParamsCheck {
  return (p) => {
    if (!isObject(p)) return wrong('params', p, 'an object { textDocument: { uri } }');
    if (!isObject(p.textDocument)) return wrong('textDocument', p.textDocument, 'an object { uri: string }');
    if (typeof p.textDocument.uri !== 'string') return wrong('textDocument.uri', p.textDocument.uri, 'a string');
    return more?.(p);
  };
}

export const atPosition = textDocument((p) => position('position', p.position));

export const codeActionParams = textDocument((p) => {
  const bad = range('range', p.range);
  if (bad) return bad;
  if (!isObject(p.context)) return wrong('context', p.context, 'an object { diagnostics: [] }');
  return Array.isArray(p.context.diagnostics) ? undefined : wrong('context.diagnostics', p.context.diagnostics, 'an array');
});

/** An object whose `key` passes `test`, for the server's own requests (`{ uri }`, `{ answers }`, `{ texts }`). */
export function field(key: string, expected: string, test: (v: unknown) => boolean): ParamsCheck {
  return (p) => {
    if (!isObject(p)) return wrong('params', p, `an object { ${key} }`);
    return test(p[key]) ? undefined : wrong(key, p[key], expected);
  };
}

export const workspaceSymbolParams = field('query', 'a string', (v) => typeof v === 'string');
export const uriParams = field('uri', 'a string', (v) => typeof v === 'string');
export const scaffoldParams = field('answers', 'an object', isObject);
export const textsParams = field('texts', 'an array of strings', (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'));
