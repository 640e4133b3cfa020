// A small JSON reader that remembers where each value is, so config problems point at the exact
// key or value. Returns the parsed value, or the position of the first syntax error.
export interface JsonSpan { readonly start: number; readonly end: number }
export interface JsonRead {
  readonly value?: unknown;
  readonly error?: { readonly message: string; readonly at: number };
  /** path (joined with \u0000) → span of the value; `#key` suffix → span of the key */
  readonly spans: Map<string, JsonSpan>;
}

export function readJson(text: string): JsonRead {
  const spans = new Map<string, JsonSpan>();
  let i = 0;
  const ws = () => { while (i < text.length && /\s/.test(text[i] as string)) i++; };
  const fail = (message: string): never => { throw Object.assign(new Error(message), { at: i }); };
  const str = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const c = text[i + 1];
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
        if (c === 'u') { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; continue; }
        if (c === undefined || map[c] === undefined) fail('invalid escape in a string');
        out += map[c as string];
        i += 2;
        continue;
      }
      out += text[i];
      i++;
    }
    if (i >= text.length) { i = start; fail('unterminated string'); }
    i++;
    return out;
  };
  const value = (path: string): unknown => {
    ws();
    const start = i;
    const c = text[i];
    let v: unknown;
    if (c === '{') {
      i++;
      const o: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') i++;
      else for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const ks = i;
        const k = str();
        spans.set(`${path}\u0000${k}#key`, { start: ks, end: i });
        ws();
        if (text[i] !== ':') fail('expected `:` after the property name');
        i++;
        o[k] = value(`${path}\u0000${k}`);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; break; }
        fail('expected `,` or `}`');
      }
      v = o;
    } else if (c === '[') {
      i++;
      const a: unknown[] = [];
      ws();
      if (text[i] === ']') i++;
      else for (;;) {
        a.push(value(`${path}\u0000${a.length}`));
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; break; }
        fail('expected `,` or `]`');
      }
      v = a;
    } else if (c === '"') v = str();
    else {
      const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (!m) fail('expected a value');
      i += (m as RegExpExecArray)[0].length;
      v = JSON.parse((m as RegExpExecArray)[0]);
    }
    spans.set(path, { start, end: i });
    return v;
  };
  try {
    const v = value('');
    ws();
    if (i < text.length) fail('unexpected text after the JSON value');
    return { value: v, spans };
  } catch (err) {
    const e = err as Error & { at?: number };
    return { error: { message: e.message, at: e.at ?? 0 }, spans };
  }
}

export function spanOf(read: JsonRead, path: readonly PropertyKey[], key = false): JsonSpan | undefined {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n).map((x) => `\u0000${String(x)}`).join('');
    const s = read.spans.get(key && n === path.length ? `${p}#key` : p);
    if (s) return s;
  }
  return undefined;
}
