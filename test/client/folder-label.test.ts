// The New Seed Article wizard's file-name step names the folder relative to the workspace folder
// (client/src/commands/folder-label.ts); it showed the absolute path.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { folderLabel, type Place } from '../../client/src/commands/folder-label';

const file = (path: string): Place => ({ scheme: 'file', authority: '', path });
const blog = { name: 'blog', uri: file('/home/ann/blog') };
const notes = { name: 'notes', uri: file('/home/ann/notes/') };

test('the workspace folder itself: its name', () => {
  assert.equal(folderLabel(file('/home/ann/blog'), [blog]), 'blog');
  assert.equal(folderLabel(file('/home/ann/blog/'), [blog]), 'blog');
});

test('a folder below it: the path from the workspace folder', () => {
  assert.equal(folderLabel(file('/home/ann/blog/drafts/2026'), [blog]), 'drafts/2026');
});

test('several workspace folders: the workspace folder\'s name first', () => {
  assert.equal(folderLabel(file('/home/ann/notes/ideas'), [blog, notes]), 'notes/ideas');
  assert.equal(folderLabel(file('/home/ann/notes'), [blog, notes]), 'notes');
});

test('nested workspace folders: the innermost one', () => {
  const drafts = { name: 'drafts', uri: file('/home/ann/blog/drafts') };
  assert.equal(folderLabel(file('/home/ann/blog/drafts/2026'), [blog, drafts]), 'drafts/2026');
});

test('outside every workspace folder, or a look-alike prefix, or another scheme: undefined (the caller shows the path)', () => {
  assert.equal(folderLabel(file('/home/ann/blog-old'), [blog]), undefined);
  assert.equal(folderLabel(file('/tmp'), [blog]), undefined);
  assert.equal(folderLabel({ scheme: 'vscode-remote', authority: 'ssh', path: '/home/ann/blog' }, [blog]), undefined);
  assert.equal(folderLabel(file('/home/ann/blog'), []), undefined);
});
