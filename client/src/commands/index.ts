// The command registry: one small module per command, all registered here.
import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/manager';
import type { SeedServer } from '../server';
import { APPLY_EDIT_AT_VERSION, applyEditAtVersion } from './apply-edit-at-version';
import { insertPostMeta } from './insert-post-meta';
import { newArticle } from './new-article';
import { openPreview, togglePreviewLock } from './open-preview';
import { sortMetaFields } from './sort-meta-fields';
import { switchToSeed } from './switch-to-seed';
import { syncDerivedMeta } from './sync-derived-meta';

export interface CommandDeps {
  readonly server: SeedServer;
  readonly previews: PreviewManager;
}

export function registerCommands(context: vscode.ExtensionContext, { server, previews }: CommandDeps): void {
  const commands: Record<string, (...args: unknown[]) => unknown> = {
    'seed.openPreview': openPreview(previews, false),
    'seed.openPreviewToSide': openPreview(previews, true),
    'seed.togglePreviewLock': togglePreviewLock(previews),
    'seed.newArticle': newArticle(server),
    'seed.insertPostMeta': insertPostMeta(server),
    'seed.syncDerivedMeta': syncDerivedMeta(server),
    'seed.sortMetaFields': sortMetaFields(server),
    'seed.switchToSeed': switchToSeed,
    [APPLY_EDIT_AT_VERSION]: applyEditAtVersion,
  };
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(...args);
      } catch (err) {
        server.log(`${id} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        void vscode.window.showErrorMessage(`${id} failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    }));
  }
}
