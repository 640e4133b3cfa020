// Shared test helpers: in-memory documents, a cursor marker, the real articles.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../server/src/service/apply-edits';
import { createLanguageService, type SeedLanguageService } from '../server/src/service/index';
import type { SeedDocument } from '../server/src/service/text';
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

export const ROOT = path.resolve(__dirname, '..', '..');
export const TODAY = '2026-11-23';

export function service(): SeedLanguageService {
  return createLanguageService({ today: () => TODAY });
}

let version = 0;
export function doc(text: string, uri = 'file:///test.seed.txt'): SeedDocument {
  const v = ++version;
  return { uri, version: v, getText: () => text };
}

export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** Removes the `|` cursor marker and returns the text and the cursor's position. */
export function withCursor(textWithCursor: string, marker = '|'): { text: string; position: Position } {
  const at = textWithCursor.indexOf(marker);
  if (at < 0) throw new Error('no cursor marker');
  const before = textWithCursor.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = at - (before.lastIndexOf('\n') + 1);
  return { text: before + textWithCursor.slice(at + marker.length), position: { line, character } };
}

/** The five real articles (the copies in samples/, kept identical to ../shared/corpus/seeds). */
export const SEED_FILES = ['000_845d92889121c476', '001_c9c409a3a965c312', '002_cd69dee8f1a92494', '003_ef4f30e95cfa6dd9', '004_cbce871e3f87f1ce'];

export function seed(n: number): string {
  return fs.readFileSync(path.join(ROOT, 'samples', `${SEED_FILES[n]}.seed.txt`), 'utf8');
}

/** Seed 001 made a different article `n`: its own reference, seed number, hash and title (no cross-file warning). */
export function distinctSeed(n: number): string {
  const k = String(n).padStart(2, '0'); // the same width as the numbers it replaces, for n < 100
  return seed(1).replace(/012838/g, `04${k}00`).replace('seed: 12838', `seed: 4${k}00`)
    .replace('hash2736193aad21a30a0d5fff2a', `hash2736193aad21a30a0d5f00${k}`).replace('field notes on', `field notes ${n} on`);
}

/** Seed 003's body, its sections repeated to `bytes` characters (no meta block). */
export function bigArticle(bytes: number): string {
  const body = seed(3).slice(0, seed(3).indexOf('alphanode post meta'));
  const section = body.slice(body.indexOf('production checks'));
  let out = body.slice(0, body.indexOf('production checks'));
  while (out.length < bytes) out += section;
  return out;
}

export function sample(rel: string): string {
  return fs.readFileSync(path.join(ROOT, 'samples', rel), 'utf8');
}

export { applyEdits };

/**
 * The text edits of a code action's workspace edit, which must be versioned: one TextDocumentEdit for
 * `uri` at exactly `version` (the document the action was computed from), and no unversioned `changes`.
 */
export function versionedEdits(edit: WorkspaceEdit | undefined, uri: string, version: number): TextEdit[] {
  assert.ok(edit, 'the action has an edit');
  assert.equal(edit.changes, undefined, 'edits go in documentChanges, with a version, not in changes');
  const [change, ...more] = edit.documentChanges ?? [];
  assert.ok(change && 'textDocument' in change && 'edits' in change, 'one text document edit');
  assert.equal(more.length, 0, 'only one document changes');
  assert.deepEqual(change.textDocument, { uri, version }, 'the edit names the document and the version it was computed from');
  return change.edits;
}

/** Replaces the first occurrence of `from` (which must exist) by `to`. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length - 1;
}
