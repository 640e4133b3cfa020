// PLACE FOR the preview and scaffolding commands (a later issue): replace these pending tests with real
// ones. They show up as "skipped" in the summary until then. Use openWithServer() and waitFor() from
// ./helpers; a webview's content is reachable only through the extension's own API or messages.
describe('commands', () => {
  it('Seed: preview opens a rendered preview of the article');
  it('Seed: scaffolding inserts a post meta block prefilled from the body');
});
