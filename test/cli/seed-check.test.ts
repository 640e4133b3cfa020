// seed-check as a user runs it: the built CLI, real files, exit codes and output formats.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { edit, ROOT, seed } from '../helpers';

const CLI = path.join(ROOT, 'dist', 'cli', 'seed-check.js');
let dir: string;

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-'));
  fs.mkdirSync(path.join(dir, 'clean'));
  for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, 'clean', `${i}.txt`), seed(i));
  fs.writeFileSync(path.join(dir, 'clean', 'notes.txt'), 'a shopping list\nnot an article.'); // not detected: skipped
  fs.mkdirSync(path.join(dir, 'broken'));
  fs.writeFileSync(path.join(dir, 'broken', 'a.seed.txt'), edit(seed(1), 'difficultyintermediate', 'difficultyexpert'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('seed-check', () => {
  test('the real articles: no output, exit 0', () => {
    const r = run(['clean']);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.match(r.err, /5 files checked, 0 problems/);
  });
  test('text output is file:line:col severity code message; exit 1', () => {
    const r = run(['broken']);
    assert.equal(r.code, 1);
    assert.equal(r.out, `${path.join('broken', 'a.seed.txt')}:57:11 error meta.invalid-value \`difficulty\`: found \`expert\`, expected one of beginner, intermediate, advanced.\n`);
  });
  test('--max-severity error ignores warnings', () => {
    const warnOnly = path.join(dir, 'warn.seed.txt');
    fs.writeFileSync(warnOnly, edit(seed(1), '  • paragraphs: 7', '  • paragraphs: 8'));
    assert.equal(run([warnOnly]).code, 1);
    assert.equal(run(['--max-severity', 'error', warnOnly]).code, 0);
    fs.rmSync(warnOnly);
  });
  test('--format json', () => {
    const r = run(['--format', 'json', 'broken']);
    const json = JSON.parse(r.out) as { file: string; diagnostics: { line: number; column: number; code: string; severity: string }[] }[];
    assert.deepEqual(json[0]?.diagnostics.map((d) => [d.line, d.column, d.severity, d.code]), [[57, 11, 'error', 'meta.invalid-value']]);
  });
  test('--format sarif', () => {
    const r = run(['--format', 'sarif', 'broken']);
    const sarif = JSON.parse(r.out) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarif.runs[0]?.tool.driver.rules.map((x) => x.id), ['meta.invalid-value']);
    assert.equal(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.region.startLine, 57);
    assert.equal(sarif.runs[0]?.results[0]?.level, 'error');
  });
  test('globs: what a glob names is checked, detected or not', () => {
    assert.match(run(['clean/**/*.txt']).err, /6 files checked/);
    const only = run(['clean/?.txt']);
    assert.equal(only.code, 0);
    assert.match(only.err, /5 files checked/);
  });
  test('--fix applies the safe fixes atomically and leaves files with syntax errors alone', () => {
    const fixDir = path.join(dir, 'fix');
    fs.mkdirSync(fixDir);
    const broken = edit(edit(edit(seed(1), 'difficultyintermediate', 'difficultyintermediat'), '  • paragraphs: 7', '  • paragraphs: 3'), '    • type: area', '  • type: area');
    fs.writeFileSync(path.join(fixDir, 'a.seed.txt'), broken);
    const unclosed = `${seed(0)}\n\`\`\`\ncode`;
    fs.writeFileSync(path.join(fixDir, 'b.seed.txt'), unclosed);
    const r = run(['--fix', 'fix']);
    assert.equal(fs.readFileSync(path.join(fixDir, 'a.seed.txt'), 'utf8'), seed(1));
    assert.equal(fs.readFileSync(path.join(fixDir, 'b.seed.txt'), 'utf8'), unclosed);
    assert.equal(r.code, 1, 'the unclosed fence remains');
    assert.match(r.err, /2 files checked, 3 problems fixed in 1 file, 1 problem left\n/);
    assert.deepEqual(fs.readdirSync(fixDir).sort(), ['a.seed.txt', 'b.seed.txt'], 'no temporary files left');
  });
  test('a binary file is reported, not parsed', () => {
    const bin = path.join(dir, 'image.seed');
    fs.writeFileSync(bin, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const r = run([bin]);
    assert.equal(r.code, 1);
    assert.match(r.out, /error syntax\.binary This file holds NUL bytes/);
    fs.rmSync(bin);
  });
  test('unreadable input and bad usage exit 2 with a clear message', () => {
    const missing = run(['nope.txt']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.txt: no such file, folder or matching glob/);
    const dirAsFile = path.join(dir, 'link.seed.txt');
    fs.symlinkSync(path.join(dir, 'missing-target'), dirAsFile);
    const dangling = run([dirAsFile]);
    assert.equal(dangling.code, 2);
    fs.rmSync(dirAsFile);
    assert.equal(run([]).code, 2);
    const bad = run(['--format', 'xml', 'clean']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown --format 'xml': expected text, json or sarif/);
    assert.equal(run(['--frobnicate', 'clean']).code, 2);
  });
  test('seed.config.json: severities and excludes apply', () => {
    const proj = path.join(dir, 'proj');
    fs.mkdirSync(path.join(proj, 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(proj, 'a.seed.txt'), edit(seed(1), 'difficultyintermediate', 'difficultyexpert'));
    fs.writeFileSync(path.join(proj, 'drafts', 'b.seed.txt'), '');
    fs.writeFileSync(path.join(proj, 'seed.config.json'), JSON.stringify({ diagnostics: { severity: { 'meta.invalid-value': 'off' } }, exclude: ['drafts/**'] }));
    assert.deepEqual([run(['.'], proj).code, run(['.'], proj).out], [0, '']);
  });
  test('an invalid seed.config.json: its problems with their places, exit 2, and the articles checked with the defaults but not fixed', () => {
    const proj = path.join(dir, 'badconfig');
    fs.mkdirSync(path.join(proj, 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(proj, 'a.seed.txt'), seed(1));
    const draft = edit(seed(3), 'difficultybeginner', 'difficultybeginer');
    fs.writeFileSync(path.join(proj, 'drafts', 'b.seed.txt'), draft);
    for (const [config, where] of [['{ "exclude": ["drafts"], "nope": 1 }', '1:26'], ['{ "exclude": ["drafts"]\n', '2:1']] as const) {
      fs.writeFileSync(path.join(proj, 'seed.config.json'), config);
      const r = run(['.'], proj);
      assert.equal(r.code, 2, config);
      assert.match(r.out, new RegExp(`^seed\\.config\\.json:${where} error config\\.invalid`));
      assert.match(r.err, /seed\.config\.json is invalid \(1 problem, reported with the others\): it was ignored, the articles were checked with the default settings\n/);
      // the excludes it holds are not known: the draft is checked, but --fix must not rewrite it
      assert.match(r.out, /drafts\/b\.seed\.txt:\d+:\d+ error meta\.invalid-value/);
      const fixed = run(['--fix', '.'], proj);
      assert.equal(fixed.code, 2);
      assert.match(fixed.err, /checked with the default settings and not fixed\n/);
      assert.equal(fs.readFileSync(path.join(proj, 'drafts', 'b.seed.txt'), 'utf8'), draft);
    }
  });
  test('a seed.config.json heading that can never head a section: a warning on it (exit 1), and the rest of the file applies', () => {
    const proj = path.join(dir, 'headingconfig');
    fs.mkdirSync(path.join(proj, 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(proj, 'a.seed.txt'), seed(1));
    fs.writeFileSync(path.join(proj, 'drafts', 'b.seed.txt'), '');
    const config = JSON.stringify({ headings: { extraVocabulary: ['- release notes'] }, exclude: ['drafts/**'] });
    fs.writeFileSync(path.join(proj, 'seed.config.json'), config);
    const r = run(['.'], proj);
    assert.equal(r.code, 1);
    assert.equal(r.out, `seed.config.json:1:${config.indexOf('"- release notes"') + 1} warning config.invalid seed.config.json: \`headings.extraVocabulary.0\`: expected a line that can head a section, but the parser reads "- release notes" as a list item first; it is left out.\n`);
    assert.doesNotMatch(r.err, /invalid/, 'the config is not ignored: its exclude keeps the empty draft out');
  });
  test('cross-file rules: two articles with the same reference', () => {
    const twins = path.join(dir, 'twins');
    fs.mkdirSync(twins);
    fs.writeFileSync(path.join(twins, 'a.seed.txt'), seed(1));
    fs.writeFileSync(path.join(twins, 'b.seed.txt'), seed(1));
    const r = run(['twins']);
    assert.equal(r.code, 1);
    assert.equal((r.out.match(/workspace\.duplicate-reference/g) ?? []).length, 2);
  });

  test('--fix leaves a file that is not UTF-8 byte for byte, and says so (exit 2)', () => {
    const f = path.join(dir, 'latin1.seed.txt');
    const [head, tail] = edit(seed(1), 'difficultyintermediate', 'difficultyintermediat').split('many teams') as [string, string];
    // `café` written in Latin-1: one byte 0xE9, not UTF-8's two
    const latin1 = new Uint8Array([...Buffer.from(`${head}caf`), 0xe9, ...Buffer.from(` teams${tail}`)]);
    fs.writeFileSync(f, latin1);
    const r = run(['--fix', f]);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`latin1\\.seed\\.txt: not valid UTF-8 \\(byte ${latin1.indexOf(0xe9)}\\); checked with replacement characters, not fixed`));
    assert.deepEqual(new Uint8Array(fs.readFileSync(f)), latin1, 'the file was rewritten');
    fs.rmSync(f);
  });

  test('--fix through a link fixes its target and keeps the link, the mode and the other hard links', () => {
    const real = path.join(dir, 'real.seed.txt');
    const link = path.join(dir, 'link.seed.txt');
    const hard = path.join(dir, 'hard.seed.txt');
    fs.writeFileSync(real, edit(seed(1), 'difficultyintermediate', 'difficultyintermediat'));
    fs.chmodSync(real, 0o666);
    fs.symlinkSync(real, link);
    const r = run(['--fix', link]);
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link became a file');
    assert.equal(fs.readFileSync(real, 'utf8'), seed(1));
    assert.equal(fs.statSync(real).mode & 0o777, 0o666);
    fs.writeFileSync(real, edit(seed(1), 'difficultyintermediate', 'difficultyintermediat'));
    fs.linkSync(real, hard);
    assert.equal(run(['--fix', hard]).code, 0);
    assert.equal(fs.readFileSync(real, 'utf8'), seed(1), 'the other name kept the old text');
    for (const f of [link, hard, real]) fs.rmSync(f);
  });

  test('a file reached twice (named and in its folder, or by two paths) is checked once', () => {
    const r = run(['clean', path.join(dir, 'clean', '1.txt'), './clean/1.txt']);
    assert.equal(r.code, 0, r.out);
    assert.match(r.err, /5 files checked, 0 problems/);
  });

  test('excludes apply to what globs find and to folders named without a pattern', () => {
    const proj = path.join(dir, 'excl');
    fs.mkdirSync(path.join(proj, 'drafts'), { recursive: true });
    fs.mkdirSync(path.join(proj, 'archive', 'old'), { recursive: true });
    fs.writeFileSync(path.join(proj, 'a.seed.txt'), seed(1));
    fs.writeFileSync(path.join(proj, 'drafts', 'b.seed.txt'), '');
    fs.writeFileSync(path.join(proj, 'archive', 'old', 'c.seed.txt'), '');
    fs.writeFileSync(path.join(proj, 'seed.config.json'), JSON.stringify({ exclude: ['drafts', 'archive/'] }));
    for (const args of [['.'], ['**/*.seed.txt']]) {
      const r = run(args, proj);
      assert.deepEqual([r.code, r.out], [0, ''], args.join(' '));
      assert.match(r.err, /1 file checked/);
    }
    // a file named on the command line is checked whatever the excludes say
    assert.equal(run([path.join('drafts', 'b.seed.txt')], proj).code, 1);
  });

  test('a big article is checked in full (the editor\'s size limit is not CI\'s)', () => {
    const big = path.join(dir, 'big.seed.txt');
    const padding = '\nthis paragraph pads the article so that it is far bigger than the size limit of the editor.\n'.repeat(60000);
    fs.writeFileSync(big, edit(seed(1), 'difficultyintermediate', 'difficultyexpert').replace('\nimplementation checklist\n', `${padding}\nimplementation checklist\n`));
    assert.ok(fs.statSync(big).size > 5 * 1024 * 1024);
    const r = run([big]);
    assert.match(r.out, /meta\.invalid-value `difficulty`: found `expert`/);
    fs.rmSync(big);
  });

  test('a FIFO, and a folder that cannot be read, are unreadable input: exit 2, said on stderr', () => {
    const fifo = path.join(dir, 'pipe.seed.txt');
    const made = spawnSync('mkfifo', [fifo]).status === 0;
    if (made) {
      const r = run([fifo]);
      assert.equal(r.code, 2);
      assert.match(r.err, /pipe\.seed\.txt: not a regular file/);
      fs.rmSync(fifo);
    }
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.writeFileSync(path.join(locked, 'a.seed.txt'), seed(1));
    fs.chmodSync(locked, 0o000);
    // root reads any folder: run as nobody then (the temp folder is world-readable)
    const asRoot = process.getuid?.() === 0;
    fs.chmodSync(dir, 0o755); // mkdtemp made it 0700: nobody could not even reach the folder
    const r = asRoot
      ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, locked], { encoding: 'utf8' })
      : spawnSync(process.execPath, [CLI, locked], { encoding: 'utf8' });
    fs.chmodSync(locked, 0o755);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /locked: cannot read this folder \(EACCES\)/);
  });

  test('machine output names the file of every place: SARIF URIs are encoded, JSON related places carry their file', () => {
    const twins = path.join(dir, 'sp ace#1');
    fs.mkdirSync(twins);
    fs.writeFileSync(path.join(twins, 'a.seed.txt'), seed(1));
    fs.writeFileSync(path.join(twins, 'b.seed.txt'), seed(1));
    const sarif = JSON.parse(run(['--format', 'sarif', 'sp ace#1']).out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; relatedLocations?: unknown[] }[] }[] };
    const results = sarif.runs[0]?.results ?? [];
    assert.ok(results.length > 0);
    for (const r of results) assert.match(r.locations[0]?.physicalLocation.artifactLocation.uri ?? '', /^sp%20ace%231\/[ab]\.seed\.txt$/);
    assert.ok(results.every((r) => (r.relatedLocations?.length ?? 0) > 0), 'the other article is a related location');
    const json = JSON.parse(run(['--format', 'json', 'sp ace#1']).out) as { file: string; diagnostics: { related?: { file: string }[] }[] }[];
    const a = json.find((f) => f.file.endsWith('a.seed.txt'));
    assert.ok(a?.diagnostics.some((d) => d.related?.some((x) => x.file.endsWith('b.seed.txt'))));
    fs.rmSync(twins, { recursive: true });
  });
});

