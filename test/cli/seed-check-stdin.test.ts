// seed-check with `-`: the article from standard input, as an editor or a pipe hands it over.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { edit, ROOT, seed } from '../helpers';

const CLI = path.join(ROOT, 'dist', 'cli', 'seed-check.js');
let dir: string;
/** seed(1) with one error that --fix mends (`intermediat` → `intermediate`) */
let broken: string;

function run(args: string[], input: string | Uint8Array = '', cwd = dir) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input });
  return { code: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8'), bytes: new Uint8Array(r.stdout) };
}

const FOUND = '57:11 error meta.invalid-value `difficulty`: found `intermediat`, expected one of beginner, intermediate, advanced.\n';

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-cli-stdin-'));
  broken = edit(seed(1), 'difficultyintermediate', 'difficultyintermediat');
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('seed-check -', () => {
  test('reads the article from stdin and reports it as <stdin>, or under --stdin-name', () => {
    const r = run(['-'], broken);
    assert.deepEqual([r.code, r.out], [1, `<stdin>:${FOUND}`]);
    assert.match(r.err, /1 file checked, 1 problem\n/);
    // a name that looks like no article, in a folder that does not exist: checked all the same
    const named = run(['--stdin-name', path.join('drafts', 'notes.md'), '-'], broken);
    assert.deepEqual([named.code, named.out], [1, `${path.join('drafts', 'notes.md')}:${FOUND}`]);
  });

  test('--fix -: the fixed text on stdout, the report on stderr, nothing written to disk', () => {
    const file = path.join(dir, 'a.seed.txt');
    fs.writeFileSync(file, broken);
    const r = run(['--fix', '--stdin-name', 'a.seed.txt', '-'], broken);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, seed(1));
    assert.match(r.err, /1 file checked, 1 problem fixed in 1 file, 0 problems left\n/);
    assert.equal(fs.readFileSync(file, 'utf8'), broken, 'the file of that name was rewritten');
    // what is left goes to stderr too, in any format; an article with nothing to fix comes out as it went in
    const left = run(['--fix', '--format', 'json', '-'], edit(seed(1), 'difficultyintermediate', 'difficultyexpert'));
    assert.equal(left.code, 1);
    assert.equal(left.out, edit(seed(1), 'difficultyintermediate', 'difficultyexpert'));
    assert.equal((JSON.parse(left.err) as { file: string }[])[0]?.file, '<stdin>');
    fs.rmSync(file);
  });

  test('stdin named after a file that a folder also finds stands for that file: checked once', () => {
    const folder = path.join(dir, 'site');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.seed.txt'), seed(1)); // on disk: the saved version
    fs.writeFileSync(path.join(folder, 'b.seed.txt'), seed(2));
    for (const [args, checked] of [[['-', 'site'], '2 files'], [['site', '-'], '2 files'], [['./site/a.seed.txt', '-'], '1 file']] as const) {
      const r = run(['--stdin-name', path.join('site', 'a.seed.txt'), ...args], broken);
      assert.equal(r.out, `${path.join('site', 'a.seed.txt')}:${FOUND}`, `${args.join(' ')}: no duplicate-* problems against its own saved copy`);
      assert.match(r.err, new RegExp(`${checked} checked, 1 problem\n`));
    }
    fs.rmSync(folder, { recursive: true });
  });

  test('machine formats name it the same in every place: its own results and the related places of others', () => {
    fs.writeFileSync(path.join(dir, 'twin.seed.txt'), seed(1));
    const json = JSON.parse(run(['--format', 'json', '-', 'twin.seed.txt'], seed(1)).out) as { file: string; diagnostics: { related?: { file: string }[] }[] }[];
    assert.deepEqual(json.map((f) => f.file), ['<stdin>', 'twin.seed.txt']);
    const twin = json[1]?.diagnostics ?? [];
    assert.ok(twin.length > 0 && twin.every((d) => d.related?.every((x) => x.file === '<stdin>')));
    const sarif = JSON.parse(run(['--format', 'sarif', '-', 'twin.seed.txt'], seed(1)).out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = (sarif.runs[0]?.results ?? []).flatMap((x) => [x.locations[0], ...(x.relatedLocations ?? [])].map((l) => l?.physicalLocation.artifactLocation.uri));
    assert.deepEqual([...new Set(uris)].sort(), ['%3Cstdin%3E', 'twin.seed.txt']);
    fs.rmSync(path.join(dir, 'twin.seed.txt'));
  });

  test('the seed.config.json that applies to files applies to stdin', () => {
    const proj = path.join(dir, 'proj');
    fs.mkdirSync(proj);
    fs.writeFileSync(path.join(proj, 'seed.config.json'), JSON.stringify({ meta: { allowedValues: { difficulty: ['intermediat'] } } }));
    assert.deepEqual([run(['-'], broken, proj).code, run(['--stdin-name', 'x.txt', '-'], broken, proj).code], [0, 0]);
    fs.rmSync(proj, { recursive: true });
  });

  test('`-` twice, or --stdin-name without `-`, is bad usage: exit 2', () => {
    const twice = run(['-', '-'], broken);
    assert.equal(twice.code, 2);
    assert.match(twice.err, /`-` \(standard input\) given more than once/);
    const nameOnly = run(['--stdin-name', 'a.seed.txt', 'a.seed.txt'], '');
    assert.equal(nameOnly.code, 2);
    assert.match(nameOnly.err, /--stdin-name names standard input: give `-` as well/);
  });

  test('not UTF-8 on stdin: checked, named, never fixed (the bytes come back as they went in); exit 2', () => {
    const [head, tail] = broken.split('many teams') as [string, string];
    const latin1 = new Uint8Array([...Buffer.from(`${head}caf`), 0xe9, ...Buffer.from(` teams${tail}`)]);
    const r = run(['--fix', '-'], latin1);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`<stdin>: not valid UTF-8 \\(byte ${latin1.indexOf(0xe9)}\\); checked with replacement characters, not fixed`));
    assert.deepEqual(r.bytes, latin1);
    assert.match(run(['-'], latin1).err, /<stdin>: not valid UTF-8/);
  });

  test('not UTF-8, one line or many: stdin gets the report and exit code a file with the same bytes gets', () => {
    // built as bytes: a JS string 'caf\xe9' would go out as UTF-8 (é in two bytes), valid and clean
    const oneLine = new Uint8Array([...Buffer.from('A title about caf'), 0xe9]);
    const [head, tail] = broken.split('many teams') as [string, string];
    const multiLine = new Uint8Array([...Buffer.from(`${head}caf`), 0xe9, ...Buffer.from(` teams${tail}`)]);
    const file = path.join(dir, 'latin1.seed.txt');
    for (const [what, bytes] of [['one line', oneLine], ['many lines', multiLine]] as const) {
      fs.writeFileSync(file, bytes);
      const fromFile = run(['latin1.seed.txt']);
      const fromStdin = run(['--stdin-name', 'latin1.seed.txt', '-'], bytes);
      assert.equal(fromFile.code, 2, what);
      assert.match(fromFile.err, new RegExp(`latin1\\.seed\\.txt: not valid UTF-8 \\(byte ${bytes.indexOf(0xe9)}\\); checked with replacement characters\n`), what);
      assert.deepEqual([fromStdin.code, fromStdin.out, fromStdin.err], [fromFile.code, fromFile.out, fromFile.err], what);
      // under its default name too
      const unnamed = run(['-'], bytes);
      assert.deepEqual([unnamed.code, unnamed.err], [2, fromFile.err.replace('latin1.seed.txt', '<stdin>')], what);
    }
    fs.rmSync(file);
  });

  test('--fix - gives back binary data and UTF-16 as they came in, byte for byte', () => {
    const binary = new Uint8Array([...Buffer.from('title\n'), 0, 0xff, 0xfe, ...Buffer.from(' binary\n')]);
    assert.deepEqual(run(['--fix', '-'], binary).bytes, binary);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(seed(1), 'utf16le')]);
    assert.deepEqual(run(['--fix', '-'], utf16).bytes, utf16);
  });

  test('without `-`, stdin is not read: a run with stdin left open (a terminal, an idle pipe) ends', async () => {
    fs.writeFileSync(path.join(dir, 'c.seed.txt'), seed(1));
    const child = spawn(process.execPath, [CLI, 'c.seed.txt'], { cwd: dir, stdio: ['pipe', 'ignore', 'ignore'] });
    const timer = setTimeout(() => child.kill(), 20000);
    const code = await new Promise((resolve) => child.on('exit', resolve));
    clearTimeout(timer);
    child.stdin.destroy();
    assert.equal(code, 0, 'it waited for stdin and was killed');
  });
});
