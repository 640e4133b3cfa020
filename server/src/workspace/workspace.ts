// The server's workspace: seed.config.json (validated, its problems published on the file itself),
// the user's settings on top, and the index kept current by the indexer.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { CONFIG_FILE, mergeSettings, parseConfig, type SeedLanguageService, type SeedSettings, type WorkspaceIndex } from '../service/index';
import { settingsFromConfig } from '../settings-from-config';
import { WorkspaceIndexer, type IndexerHost } from './indexer';

export class Workspace {
  readonly indexer: WorkspaceIndexer;
  roots: string[] = [];
  private user: SeedSettings = {};
  private config: SeedSettings = {};

  constructor(
    private readonly connection: Connection, private readonly service: SeedLanguageService,
    readonly index: WorkspaceIndex, host: IndexerHost,
  ) {
    this.indexer = new WorkspaceIndexer(index, service, host);
  }

  setUserSettings(s: SeedSettings): void {
    this.user = s;
    this.apply();
  }

  /** config files whose diagnostics were published */
  private readonly published = new Set<string>();

  /** the seed.config.json in effect, if any */
  private configFile: string | undefined;

  /** Reads seed.config.json at the first workspace root that has one. */
  async loadConfig(): Promise<void> {
    this.config = {};
    this.configFile = undefined;
    this.indexer.setExcludes([]);
    for (const root of this.roots) {
      const file = path.join(root, CONFIG_FILE);
      const text = await fs.readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) {
        // a config deleted after its problems were shown: they go with it
        if (this.published.delete(file)) void this.connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: [] });
        continue;
      }
      this.published.add(file);
      this.configFile = file;
      const { config, problems } = parseConfig(text);
      void this.connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: problems });
      this.config = settingsFromConfig(config);
      this.indexer.setExcludes(config.exclude ?? []);
      break;
    }
    this.apply();
  }

  /**
   * Workspace folders added and removed. The config in effect is the first root's that has one: when
   * that changes, the excludes may too, so everything is indexed again. Returns the files indexed.
   */
  async changeFolders(added: readonly string[], removed: readonly string[]): Promise<number> {
    this.roots = [...this.roots.filter((r) => !removed.includes(r)), ...added.filter((r) => !this.roots.includes(r))];
    const configBefore = this.configFile;
    await this.loadConfig();
    this.indexer.removeRoots(removed);
    if (this.configFile !== configBefore) return this.indexer.rebuild(this.roots);
    return this.indexer.addRoots(added);
  }

  isConfig(uri: string): boolean {
    return uri.endsWith(`/${CONFIG_FILE}`);
  }

  private apply(): void {
    this.service.configure(mergeSettings(this.config, this.user));
  }
}
