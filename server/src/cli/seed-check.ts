// seed-check: the language service over files, folders and globs, for CI and the terminal.
// Exit codes: 0 clean, 1 problems at or above --max-severity, 2 bad usage or unreadable input
// (an invalid seed.config.json included).
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { createLanguageService, WorkspaceIndex, type ArticleSummary } from '../service/index';
import { looksLikeSeed } from '../service/detect';
import { excluded, globToRegExp } from '../glob';
import { settingsFromConfig } from '../settings-from-config';
import { loadConfig } from './config';
import { collectInputs } from './files';
import { fixFile, fixText } from './fix';
import { firstInvalidUtf8 } from './utf8';
import { formatJson, formatSarif, formatText, type FileResult } from './format';
import { readStdin, STDIN_NAME } from './stdin';

const VERSION = '0.1.0';
const USAGE = `usage: seed-check [options] <file|folder|glob|->...

Checks seed articles. Folders are searched for *.seed, *.seed.txt and .txt files that look like articles.
- reads one article from standard input.

options:
  --format <text|json|sarif>   output format (default text: file:line:col severity code message)
  --max-severity <level>       error, warning, information or hint: exit 1 when a problem is at or
                               above this level (default warning)
  --fix                        apply the safe quick fixes in place (atomic writes; files with
                               syntax errors are left alone)
  --config <file>              seed.config.json to use (default: the nearest one from the current
                               folder up)
  --stdin-name <path>          the name problems in standard input are reported under (default
                               ${STDIN_NAME}); the file of that name, if also found, is not read.
                               With --fix, the fixed text goes to stdout and the report to stderr
  --quiet                      print nothing on a clean run
  -h, --help | --version
`;

const LEVELS: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

function fail(message: string): never {
  process.stderr.write(`seed-check: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = parseArgs({
      args: argv, allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' }, 'max-severity': { type: 'string', default: 'warning' },
        fix: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false }, config: { type: 'string' },
        'stdin-name': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }, version: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = opts;
  if (values.help) { process.stdout.write(USAGE); return 0; }
  if (values.version) { process.stdout.write(`seed-check ${VERSION}\n`); return 0; }
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) fail(`unknown --format '${format}': expected text, json or sarif`);
  const max = LEVELS[values['max-severity'] as string];
  if (max === undefined) fail(`unknown --max-severity '${values['max-severity']}': expected error, warning, information or hint`);
  if (positionals.length === 0) fail('no files, folders or globs given');
  const stdinArgs = positionals.filter((p) => p === '-').length;
  if (stdinArgs > 1) fail('`-` (standard input) given more than once');
  const stdinName = values['stdin-name'] as string | undefined;
  if (stdinName !== undefined && stdinArgs === 0) fail('--stdin-name names standard input: give `-` as well');
  if (stdinName === '') fail('--stdin-name needs a name');
  // --fix with `-` writes the fixed article to stdout: the report moves out of its way
  const fixingStdin = values.fix && stdinArgs > 0;
  const report = fixingStdin ? process.stderr : process.stdout;
  const stdin = stdinArgs ? await readStdin() : undefined;

  const loaded = loadConfig(values.config as string | undefined);
  if (loaded.error) fail(loaded.error);
  // an invalid config is ignored as the editor ignores it, but the run is not a clean one (exit 2)
  const configInvalid = Boolean(loaded.file && loaded.problems.some((p) => p.severity === 1));
  const configRoot = loaded.file ? path.dirname(path.resolve(loaded.file)) : process.cwd();
  const excludes = (loaded.config.exclude ?? []).map((g) => globToRegExp(g.replace(/\/$/, '')));
  const { inputs: all, missing, unreadable: unreadableInputs } = collectInputs(positionals, stdinName ?? STDIN_NAME);
  // excludes apply to what folders and globs find, not to files named on the command line
  const inputs = all.filter((i) => i.named || !excluded(path.relative(configRoot, path.resolve(i.file)).split(path.sep).join('/'), excludes));
  let unreadable = 0;
  /** --fix: how many problems were fixed, in how many files */
  let fixes = 0;
  let filesFixed = 0;
  for (const m of missing) { process.stderr.write(`seed-check: ${m}: no such file, folder or matching glob\n`); unreadable++; }
  for (const u of unreadableInputs) { process.stderr.write(`seed-check: ${u}\n`); unreadable++; }

  // Two passes: check and index every file, then the cross-file rules against the whole index.
  const index = new WorkspaceIndex();
  const settings = settingsFromConfig(loaded.config);
  const service = createLanguageService();
  // no size limit here: the editor checks only the structure of huge files to stay responsive, CI checks everything
  service.configure({ ...settings, maxFullCheckSize: Number.POSITIVE_INFINITY });
  const crossFile = createLanguageService({ index, fileName: (uri) => uri });
  crossFile.configure(settings);
  const results: FileResult[] = [];
  // an invalid config's errors, or a valid one's warnings (an entry left out), are reported with the articles'
  if (loaded.file && loaded.problems.length) results.push({ file: shownPath(loaded.file), diagnostics: loaded.problems });
  const summaries: (ArticleSummary | undefined)[] = [];
  const tty = process.stderr.isTTY && inputs.length > 200 && format === 'text' && !values.quiet;
  let worst = 99;
  for (const d of loaded.problems) worst = Math.min(worst, d.severity ?? 1);
  let checked = 0;
  /** --fix with `-`: what goes to stdout (the fixed text, or the bytes as read when they cannot be fixed) */
  let stdinOut: Uint8Array | undefined;
  inputs.forEach((input, i) => {
    if (tty && i % 100 === 0) process.stderr.write(`\rseed-check: ${i}/${inputs.length} files`);
    const read = input.stdin && stdin ? stdin : readBytes(input.file);
    if ('error' in read) {
      process.stderr.write(`seed-check: ${input.file}: cannot read${input.stdin ? ' standard input' : ''} (${read.error})\n`);
      unreadable++;
      return;
    }
    const { bytes } = read;
    let text = bytes.toString('utf8');
    if (!input.explicit && !input.file.endsWith('.seed') && !input.file.endsWith('.seed.txt') && !looksLikeSeed(text)) return;
    // binary data (NUL bytes) is reported as such by the checks; its bytes are no text to judge
    const badByte = text.includes('\0') ? -1 : firstInvalidUtf8(bytes, text);
    if (badByte >= 0) {
      // checked as an editor would show it (with U+FFFD), but never rewritten: that would lose the bytes
      process.stderr.write(`seed-check: ${input.file}: not valid UTF-8 (byte ${badByte}); checked with replacement characters${values.fix ? ', not fixed' : ''}\n`);
      unreadable++;
    }
    // fixes follow the settings: with the config's unknown, they could undo what the site decided
    const original = text;
    if (values.fix && badByte < 0 && !configInvalid) {
      const fixed = input.stdin ? fixText(service, input.file, text) : fixFile(service, input.file, text);
      if ('error' in fixed && fixed.error) { process.stderr.write(`seed-check: ${input.file}: ${fixed.error}\n`); unreadable++; }
      if (fixed.fixed) { fixes += fixed.fixed; filesFixed++; }
      text = fixed.text;
    }
    // what was not fixed goes out as it came in, byte for byte (binary data, UTF-16 with a BOM, …)
    if (input.stdin && values.fix) stdinOut = new Uint8Array(text === original ? bytes : Buffer.from(text));
    const doc = { uri: input.file, version: 1, getText: () => text };
    const model = service.getModel(doc);
    const diagnostics = service.computeDiagnostics(doc);
    const summary = model.binary ? undefined : service.summarize(doc);
    if (summary) index.set(summary);
    service.forget(input.file);
    results.push({ file: input.file, diagnostics });
    summaries.push(summary);
    checked++;
  });
  const first = configInvalid ? 1 : 0;
  results.forEach((r, i) => {
    const s = i >= first ? summaries[i - first] : undefined;
    const cross = s ? crossFile.getCrossFileDiagnostics(s) : [];
    const diagnostics = cross.length ? [...r.diagnostics, ...cross].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character) : r.diagnostics;
    results[i] = { file: r.file, diagnostics };
    for (const d of diagnostics) worst = Math.min(worst, d.severity ?? 1);
  });
  if (tty) process.stderr.write(`\r${' '.repeat(40)}\r`);

  const out = format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, VERSION) : formatText(results);
  if (stdinOut !== undefined) process.stdout.write(stdinOut);
  report.write(out);
  const problems = results.reduce((n, r) => n + r.diagnostics.length, 0);
  if (configInvalid && loaded.file) {
    const n = loaded.problems.filter((p) => p.severity === 1).length;
    process.stderr.write(`seed-check: ${shownPath(loaded.file)} is invalid (${n} problem${n === 1 ? '' : 's'}, reported with the others): it was ignored, `
      + `the articles were checked with the default settings${values.fix ? ' and not fixed' : ''}\n`);
  }
  if (format === 'text' && !values.quiet) {
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    // with --fix the problems counted are the ones left after fixing
    const fixedPart = values.fix ? `, ${plural(fixes, 'problem')} fixed in ${plural(filesFixed, 'file')}` : '';
    process.stderr.write(`seed-check: ${plural(checked, 'file')} checked${fixedPart}, ${plural(problems, 'problem')}${values.fix ? ' left' : ''}\n`);
  }
  if (unreadable || configInvalid) return 2;
  return worst <= max ? 1 : 0;
}

function readBytes(file: string): { bytes: Buffer } | { error: string } {
  try {
    return { bytes: fs.readFileSync(file) };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
}

/** A path as the user would write it: relative to the current folder when below it. */
function shownPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

// `seed-check … | head` closes the pipe early: that is not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
