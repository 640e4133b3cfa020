// The extension's manifest (package.json): what VS Code shows and applies without running any code.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../helpers';

interface Manifest {
  contributes: {
    configurationDefaults?: Record<string, Record<string, unknown>>;
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string }[]>;
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

test('seed documents wrap lines (prose, as VS Code does for Markdown) and get no word-based suggestions (they flood the meta completions)', () => {
  // value types of VS Code 1.90+: wordBasedSuggestions is an enum since 1.84 (it was a boolean)
  assert.deepEqual(manifest.contributes.configurationDefaults?.['[seed]'], { 'editor.wordBasedSuggestions': 'off', 'editor.wordWrap': 'on' });
});

test('the Explorer\'s context menu names the article kind: "New Seed Article" (menus show no category)', () => {
  const titles = new Map(manifest.contributes.commands.map((c) => [c.command, c.title]));
  const explorer = manifest.contributes.menus['explorer/context'] ?? [];
  assert.deepEqual(explorer.map((m) => titles.get(m.command)), ['New Seed Article']);
});
