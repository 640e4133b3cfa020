// The server's workspace: seed.config.json (validated, its problems published on the file itself),
// the user's settings on top, and the index kept current by the indexer.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { CONFIG_FILE, mergeSettings, parseConfig, type SeedLanguageService, type SeedSettings, type WorkspaceIndex } from '../service/index';
import { settingsFromConfig } from '../settings-from-config';
import { WorkspaceIndexer, type IndexerHost, type ProgressReport } from './indexer';

export class Workspace {
  readonly indexer: WorkspaceIndexer;
  roots: string[] = [];
  private user: SeedSettings = {};
  /** where `user` came from, for the log: 'the default settings', 'the client's settings'... */
  private userSource = 'the default settings';
  private config: SeedSettings = {};
  private configRead = false;

  constructor(
    private readonly connection: Connection, private readonly service: SeedLanguageService,
    readonly index: WorkspaceIndex, host: IndexerHost,
  ) {
    this.indexer = new WorkspaceIndexer(index, service, host);
  }

  setUserSettings(s: SeedSettings, source: string): void {
    this.user = s;
    this.userSource = source;
    this.apply();
  }

  /** The settings in effect, for the log: the user's (or the defaults) and seed.config.json. */
  describeSettings(): string {
    if (this.configFile) return `${this.userSource} and ${this.configFile}`;
    return this.configRead ? this.userSource : `${this.userSource} (and seed.config.json, if any, once read)`;
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
      if (text === undefined) continue;
      this.published.add(file);
      this.configFile = file;
      const { config, problems } = parseConfig(text);
      void this.connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: problems });
      this.config = settingsFromConfig(config);
      this.indexer.setExcludes(config.exclude ?? []);
      break;
    }
    // a config no longer in effect (deleted, its folder removed, or one in an earlier folder took over): its problems go
    for (const file of this.published) {
      if (file === this.configFile) continue;
      this.published.delete(file);
      void this.connection.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics: [] });
    }
    this.configRead = true;
    this.apply();
  }

  /**
   * Workspace folders added and removed. The config in effect is the first root's that has one: when
   * that changes, the excludes may too, so everything is indexed again. Returns the files indexed.
   */
  async changeFolders(added: readonly string[], removed: readonly string[], report?: ProgressReport): Promise<number> {
    // a folder both removed and added (a client re-sending its list) stays, last
    const kept = this.roots.filter((r) => !removed.includes(r));
    const fresh = [...new Set(added)].filter((r) => !kept.includes(r));
    this.roots = [...kept, ...fresh];
    const configBefore = this.configFile;
    await this.loadConfig();
    // a folder removed and added back stays in the index as it is: not dropped and crawled again
    this.indexer.removeRoots(removed.filter((r) => !fresh.includes(r)));
    if (this.configFile !== configBefore) return this.indexer.rebuild(this.roots, report);
    return this.indexer.addRoots(fresh, report);
  }

  isConfig(uri: string): boolean {
    return uri.endsWith(`/${CONFIG_FILE}`);
  }

  private apply(): void {
    this.service.configure(mergeSettings(this.config, this.user));
  }
}
