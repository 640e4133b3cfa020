// The VS Code webview environment the preview page runs in, as VS Code 1.139 (code-server 4.139.1) sets it
// up: the default stylesheet every webview gets (vs/workbench/contrib/webview/browser/pre/index.html,
// verbatim) and, per colour theme, the body class and the --vscode-* variables the page's CSS uses, read
// from a real preview webview in each built-in theme. null: the theme leaves the variable unset.

export const THEMES = {
  light: {
    name: 'Default Light Modern',
    class: 'vscode-light',
    vars: {
      '--vscode-charts-green': '#388a34', '--vscode-contrastBorder': null,
      '--vscode-descriptionForeground': '#3b3b3b', '--vscode-editor-background': '#ffffff',
      '--vscode-editor-font-family': '\'Droid Sans Mono\', monospace', '--vscode-editor-font-size': '14px',
      '--vscode-editor-font-weight': 'normal', '--vscode-editor-foreground': '#3b3b3b',
      '--vscode-editorError-foreground': '#e51400', '--vscode-editorWarning-foreground': '#bf8803',
      '--vscode-editorWidget-background': '#f8f8f8', '--vscode-focusBorder': '#005fb8',
      '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-font-weight': 'normal', '--vscode-foreground': '#3b3b3b', '--vscode-list-errorForeground': '#b01011',
      '--vscode-list-hoverBackground': '#f2f2f2', '--vscode-list-warningForeground': '#855f00',
      '--vscode-panel-border': '#e5e5e5', '--vscode-textBlockQuote-background': '#f8f8f8',
      '--vscode-textBlockQuote-border': '#e5e5e5', '--vscode-textCodeBlock-background': '#f8f8f8',
      '--vscode-textLink-activeForeground': '#005fb8', '--vscode-textLink-foreground': '#005fb8',
      '--vscode-textPreformat-background': 'rgba(0, 0, 0, 0.12)', '--vscode-textPreformat-foreground': '#3b3b3b',
      '--vscode-widget-border': '#e5e5e5',
    },
  },
  dark: {
    name: 'Default Dark Modern',
    class: 'vscode-dark',
    vars: {
      '--vscode-charts-green': '#89d185', '--vscode-contrastBorder': null,
      '--vscode-descriptionForeground': '#9d9d9d', '--vscode-editor-background': '#1f1f1f',
      '--vscode-editor-font-family': '\'Droid Sans Mono\', monospace', '--vscode-editor-font-size': '14px',
      '--vscode-editor-font-weight': 'normal', '--vscode-editor-foreground': '#cccccc',
      '--vscode-editorError-foreground': '#f14c4c', '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-editorWidget-background': '#202020', '--vscode-focusBorder': '#0078d4',
      '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-font-weight': 'normal', '--vscode-foreground': '#cccccc', '--vscode-list-errorForeground': '#f88070',
      '--vscode-list-hoverBackground': '#2a2d2e', '--vscode-list-warningForeground': '#cca700',
      '--vscode-panel-border': '#2b2b2b', '--vscode-textBlockQuote-background': '#2b2b2b',
      '--vscode-textBlockQuote-border': '#616161', '--vscode-textCodeBlock-background': '#2b2b2b',
      '--vscode-textLink-activeForeground': '#4daafc', '--vscode-textLink-foreground': '#4daafc',
      '--vscode-textPreformat-background': '#3c3c3c', '--vscode-textPreformat-foreground': '#d0d0d0',
      '--vscode-widget-border': '#313131',
    },
  },
  lightPlus: {
    name: 'Default Light+',
    class: 'vscode-light',
    vars: {
      '--vscode-charts-green': '#388a34', '--vscode-contrastBorder': null,
      '--vscode-descriptionForeground': '#717171', '--vscode-editor-background': '#ffffff',
      '--vscode-editor-font-family': '\'Droid Sans Mono\', monospace', '--vscode-editor-font-size': '14px',
      '--vscode-editor-font-weight': 'normal', '--vscode-editor-foreground': '#000000',
      '--vscode-editorError-foreground': '#e51400', '--vscode-editorWarning-foreground': '#bf8803',
      '--vscode-editorWidget-background': '#f3f3f3', '--vscode-focusBorder': '#0090f1',
      '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-font-weight': 'normal', '--vscode-foreground': '#616161', '--vscode-list-errorForeground': '#b01011',
      '--vscode-list-hoverBackground': '#e8e8e8', '--vscode-list-warningForeground': '#855f00',
      '--vscode-panel-border': 'rgba(128, 128, 128, 0.35)', '--vscode-textBlockQuote-background': '#f2f2f2',
      '--vscode-textBlockQuote-border': 'rgba(0, 122, 204, 0.5)',
      '--vscode-textCodeBlock-background': 'rgba(220, 220, 220, 0.4)',
      '--vscode-textLink-activeForeground': '#006ab1', '--vscode-textLink-foreground': '#006ab1',
      '--vscode-textPreformat-background': 'rgba(0, 0, 0, 0.1)', '--vscode-textPreformat-foreground': '#a31515',
      '--vscode-widget-border': '#d4d4d4',
    },
  },
  darkPlus: {
    name: 'Default Dark+',
    class: 'vscode-dark',
    vars: {
      '--vscode-charts-green': '#89d185', '--vscode-contrastBorder': null,
      '--vscode-descriptionForeground': 'rgba(204, 204, 204, 0.7)', '--vscode-editor-background': '#1e1e1e',
      '--vscode-editor-font-family': '\'Droid Sans Mono\', monospace', '--vscode-editor-font-size': '14px',
      '--vscode-editor-font-weight': 'normal', '--vscode-editor-foreground': '#d4d4d4',
      '--vscode-editorError-foreground': '#f14c4c', '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-editorWidget-background': '#252526', '--vscode-focusBorder': '#007fd4',
      '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-font-weight': 'normal', '--vscode-foreground': '#cccccc', '--vscode-list-errorForeground': '#f88070',
      '--vscode-list-hoverBackground': '#2a2d2e', '--vscode-list-warningForeground': '#cca700',
      '--vscode-panel-border': 'rgba(128, 128, 128, 0.35)', '--vscode-textBlockQuote-background': '#222222',
      '--vscode-textBlockQuote-border': 'rgba(0, 122, 204, 0.5)',
      '--vscode-textCodeBlock-background': 'rgba(10, 10, 10, 0.4)', '--vscode-textLink-activeForeground': '#3794ff',
      '--vscode-textLink-foreground': '#3794ff', '--vscode-textPreformat-background': 'rgba(255, 255, 255, 0.1)',
      '--vscode-textPreformat-foreground': '#d7ba7d', '--vscode-widget-border': '#303031',
    },
  },
  hcDark: {
    name: 'Default High Contrast',
    class: 'vscode-high-contrast',
    vars: {
      '--vscode-charts-green': '#89d185', '--vscode-contrastBorder': '#6fc3df',
      '--vscode-descriptionForeground': 'rgba(255, 255, 255, 0.7)', '--vscode-editor-background': '#000000',
      '--vscode-editor-font-family': '\'Droid Sans Mono\', monospace', '--vscode-editor-font-size': '14px',
      '--vscode-editor-font-weight': 'normal', '--vscode-editor-foreground': '#ffffff',
      '--vscode-editorError-foreground': '#f48771', '--vscode-editorWarning-foreground': '#ffd370',
      '--vscode-editorWidget-background': '#0c141f', '--vscode-focusBorder': '#f38518',
      '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-font-weight': 'normal', '--vscode-foreground': '#ffffff', '--vscode-list-errorForeground': null,
      '--vscode-list-hoverBackground': 'rgba(255, 255, 255, 0.1)', '--vscode-list-warningForeground': null,
      '--vscode-panel-border': '#6fc3df', '--vscode-textBlockQuote-background': null,
      '--vscode-textBlockQuote-border': '#ffffff', '--vscode-textCodeBlock-background': '#000000',
      '--vscode-textLink-activeForeground': '#21a6ff', '--vscode-textLink-foreground': '#21a6ff',
      '--vscode-textPreformat-background': null, '--vscode-textPreformat-foreground': '#ffffff',
      '--vscode-widget-border': '#6fc3df',
    },
  },
  hcLight: {
    name: 'Default High Contrast Light',
    class: 'vscode-high-contrast-light vscode-high-contrast',
    vars: {
      '--vscode-charts-green': '#374e06', '--vscode-contrastBorder': '#0f4a85',
      '--vscode-descriptionForeground': 'rgba(41, 41, 41, 0.7)', '--vscode-editor-background': '#ffffff',
      '--vscode-editor-font-family': '\'Droid Sans Mono\', monospace', '--vscode-editor-font-size': '14px',
      '--vscode-editor-font-weight': 'normal', '--vscode-editor-foreground': '#292929',
      '--vscode-editorError-foreground': '#b5200d', '--vscode-editorWarning-foreground': '#895503',
      '--vscode-editorWidget-background': '#ffffff', '--vscode-focusBorder': '#006bbd',
      '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-font-weight': 'normal', '--vscode-foreground': '#292929', '--vscode-list-errorForeground': null,
      '--vscode-list-hoverBackground': 'rgba(15, 74, 133, 0.1)', '--vscode-list-warningForeground': null,
      '--vscode-panel-border': '#0f4a85', '--vscode-textBlockQuote-background': '#f2f2f2',
      '--vscode-textBlockQuote-border': '#292929', '--vscode-textCodeBlock-background': '#f2f2f2',
      '--vscode-textLink-activeForeground': '#0f4a85', '--vscode-textLink-foreground': '#0f4a85',
      '--vscode-textPreformat-background': '#09345f', '--vscode-textPreformat-foreground': '#ffffff',
      '--vscode-widget-border': '#0f4a85',
    },
  },
} as const satisfies Record<string, { name: string; class: string; vars: Record<string, string | null> }>;
export type Theme = keyof typeof THEMES;

/** VS Code puts this first in the webview's <head>, before the page's own CSP and styles. */
export const DEFAULT_STYLES = `@layer vscode-default {
  html {
    scrollbar-color: var(--vscode-scrollbarSlider-background) var(--vscode-editor-background);
  }

  body {
    overscroll-behavior-x: none;
    background-color: transparent;
    color: var(--vscode-editor-foreground);
    font-family: var(--vscode-font-family);
    font-weight: var(--vscode-font-weight);
    font-size: var(--vscode-font-size);
    margin: 0;
    padding: 0 20px;
  }

  img, video {
    max-width: 100%;
    max-height: 100%;
  }

  a, a code {
    color: var(--vscode-textLink-foreground);
  }

  p > a {
    text-decoration: var(--text-link-decoration);
  }

  a:hover {
    color: var(--vscode-textLink-activeForeground);
  }

  a:focus,
  input:focus,
  select:focus,
  textarea:focus {
    outline: 1px solid -webkit-focus-ring-color;
    outline-offset: -1px;
  }

  code {
    font-family: var(--monaco-monospace-font);
    color: var(--vscode-textPreformat-foreground);
    background-color: var(--vscode-textPreformat-background);
    padding: 1px 3px;
    border-radius: 4px;
  }

  pre code {
    padding: 0;
  }

  blockquote {
    background: var(--vscode-textBlockQuote-background);
    border-color: var(--vscode-textBlockQuote-border);
  }

  kbd {
    background-color: var(--vscode-keybindingLabel-background);
    color: var(--vscode-keybindingLabel-foreground);
    border-style: solid;
    border-width: 1px;
    border-radius: 3px;
    border-color: var(--vscode-keybindingLabel-border);
    border-bottom-color: var(--vscode-keybindingLabel-bottomBorder);
    box-shadow: inset 0 -1px 0 var(--vscode-widget-shadow);
    vertical-align: middle;
    padding: 1px 3px;
  }

  ::-webkit-scrollbar {
    width: 10px;
    height: 10px;
  }

  ::-webkit-scrollbar-corner {
    background-color: var(--vscode-editor-background);
  }

  ::-webkit-scrollbar-thumb {
    background-color: var(--vscode-scrollbarSlider-background);
  }
  ::-webkit-scrollbar-thumb:hover {
    background-color: var(--vscode-scrollbarSlider-hoverBackground);
  }
  ::-webkit-scrollbar-thumb:active {
    background-color: var(--vscode-scrollbarSlider-activeBackground);
  }
  ::highlight(find-highlight) {
    background-color: var(--vscode-editor-findMatchHighlightBackground);
  }
  ::highlight(current-find-highlight) {
    background-color: var(--vscode-editor-findMatchBackground);
  }
}`;
