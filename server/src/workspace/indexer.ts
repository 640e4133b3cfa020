// Feeds the workspace index from the file system: a crawl of the workspace folders at start (in
// batches, yielding between them so requests on open documents are answered first, with progress),
// then file events (create, change, delete; a rename is a delete and a create).
import { readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { isSeedName } from '../cli/files';
import { ALWAYS_SKIPPED, excluded, globToRegExp } from '../glob';
import { looksLikeSeed, type SeedLanguageService, type WorkspaceIndex } from '../service/index';

export interface IndexerHost {
  /** documents open in the editor: their live text is indexed, not the file */
  isOpen(uri: string): boolean;
  log(message: string): void;
}

/** Progress of one indexing run: each run reports to its own, so runs that overlap do not mix. */
export type ProgressReport = (done: number, total: number) => void;

const unique = (xs: readonly string[]) => [...new Set(xs)];

const BATCH = 64;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkspaceIndexer {
  private excludes: RegExp[] = [];
  private roots: string[] = [];
  private generation = 0;

  constructor(private readonly index: WorkspaceIndex, private readonly service: SeedLanguageService, private readonly host: IndexerHost) {}

  setExcludes(globs: readonly string[]): void {
    this.excludes = globs.map((g) => globToRegExp(g.replace(/\/$/, '')));
  }

  /** Crawls the folders from scratch; a newer call supersedes a running one. Returns the files indexed. */
  async crawl(roots: readonly string[], report?: ProgressReport): Promise<number> {
    const generation = ++this.generation;
    this.roots = unique(roots);
    return this.indexFolders(this.roots, generation, report);
  }

  /** Workspace folders added: crawls only them (a running crawl goes on). */
  async addRoots(added: readonly string[], report?: ProgressReport): Promise<number> {
    const fresh = unique(added).filter((r) => !this.roots.includes(r)); // a folder given twice is walked once
    this.roots.push(...fresh);
    return this.indexFolders(fresh, this.generation, report);
  }

  /** Workspace folders removed: their files leave the index, unless a remaining folder holds them or they are open. */
  removeRoots(removed: readonly string[]): void {
    this.roots = this.roots.filter((r) => !removed.includes(r));
    const under = (file: string, roots: readonly string[]) => roots.some((r) => file.startsWith(r + path.sep));
    for (const s of [...this.index.all()]) {
      if (!s.uri.startsWith('file:') || this.host.isOpen(s.uri)) continue;
      const file = URI.parse(s.uri).fsPath;
      if (under(file, removed) && !under(file, this.roots)) this.index.remove(s.uri);
    }
  }

  private async indexFolders(roots: readonly string[], generation: number, report?: ProgressReport): Promise<number> {
    const files: string[] = [];
    for (const root of roots) await this.walk(root, root, files);
    let indexed = 0;
    for (let i = 0; i < files.length; i += BATCH) {
      if (generation !== this.generation) return indexed;
      const batch = files.slice(i, i + BATCH);
      // synchronous reads in small batches: far cheaper than a promise per file, and the event loop
      // is given back between batches so requests on open documents are answered first
      const texts = batch.map((f) => { try { return readFileSync(f, 'utf8'); } catch { return undefined; } });
      batch.forEach((file, k) => {
        const text = texts[k];
        const uri = URI.file(file).toString();
        // a folder removed meanwhile is not indexed after all
        if (text === undefined || this.host.isOpen(uri) || !this.roots.some((r) => file.startsWith(r + path.sep))) return;
        if (this.indexText(uri, file, text)) indexed++;
      });
      report?.(Math.min(i + BATCH, files.length), files.length);
      await yieldToRequests();
    }
    return indexed;
  }

  /** After the excludes changed: drops what is indexed from disk and crawls again. */
  async rebuild(roots: readonly string[] = this.roots, report?: ProgressReport): Promise<number> {
    for (const s of [...this.index.all()]) if (!this.host.isOpen(s.uri)) this.index.remove(s.uri);
    return this.crawl(roots, report);
  }

  /** A file event from the client. */
  async changed(uri: string, kind: 'created' | 'changed' | 'deleted'): Promise<void> {
    if (kind === 'deleted') {
      // a deleted folder removes everything under it
      if (!this.index.remove(uri)) for (const s of [...this.index.all()]) if (s.uri.startsWith(`${uri}/`)) this.index.remove(s.uri);
      return;
    }
    if (this.host.isOpen(uri)) return;
    const file = URI.parse(uri).fsPath;
    // not an article the index follows (excluded, or not a seed file): whatever an open editor put there goes
    if (!this.wanted(file)) {
      this.index.remove(uri);
      return;
    }
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) this.index.remove(uri);
    else if (!this.indexText(uri, file, text)) this.index.remove(uri);
  }

  /** Re-reads one file from disk (after the editor closed it without saving). */
  async reread(uri: string): Promise<void> {
    await this.changed(uri, 'changed');
  }

  private indexText(uri: string, file: string, text: string): boolean {
    if (!isSeedName(file) && !looksLikeSeed(text)) return false;
    const doc = { uri, version: -1, getText: () => text };
    this.index.set(this.service.summarize(doc));
    this.service.forget(uri); // the index keeps the summary, not the model
    return true;
  }

  private wanted(file: string): boolean {
    if (!(isSeedName(file) || file.endsWith('.txt'))) return false;
    const root = this.roots.find((r) => file.startsWith(r + path.sep));
    if (!root) return this.roots.length === 0;
    const rel = path.relative(root, file).split(path.sep);
    return !rel.some((p) => ALWAYS_SKIPPED.has(p)) && !excluded(rel.join('/'), this.excludes);
  }

  private async walk(root: string, dir: string, out: string[]): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      this.host.log(`cannot read ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      const rel = path.relative(root, p).split(path.sep).join('/');
      if (e.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(e.name) && !excluded(rel, this.excludes)) await this.walk(root, p, out);
      } else if (e.isFile() && (isSeedName(e.name) || e.name.endsWith('.txt')) && !excluded(rel, this.excludes)) {
        out.push(p);
      }
    }
  }
}
