// The article as the site renders it: title, sections, paragraphs, lists, code, images, and the post
// meta box with each field's status for reviewers. Built from the server's PreviewArticle, text only.
import { h, linkified, type Child } from './dom';
import { isSafeImage, type PreviewArticle, type PreviewBlock, type PreviewField, type PreviewProblem } from './messages';

export interface RenderOptions {
  readonly remoteImages: boolean;
  /** loaded <img> elements by url, reused across renders so a live update does not reload (or flash) them */
  readonly images: Map<string, HTMLImageElement>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function renderArticle(article: PreviewArticle, o: RenderOptions): DocumentFragment {
  const frag = document.createDocumentFragment();
  frag.appendChild(review(article));
  const body = h('article', { class: 'article' });
  body.appendChild(article.title
    ? h('h1', { class: 'title', line: article.title.line }, article.title.text)
    : h('h1', { class: 'title missing' }, 'Untitled article'));
  const imageUrls = imageSources(article);
  for (const b of article.intro) body.appendChild(block(b, o, imageUrls));
  for (const s of article.sections) {
    const section = h('section', { class: 'section' }, h('h2', { line: s.line }, s.heading));
    for (const b of s.blocks) section.appendChild(block(b, o, imageUrls));
    body.appendChild(section);
  }
  frag.appendChild(body);
  if (article.meta) frag.appendChild(metaBox(article.meta));
  return frag;
}

// ---- review summary (top of the page) ----

function counts(problems: readonly PreviewProblem[]): string {
  const e = problems.filter((p) => p.severity === 'error').length;
  const w = problems.length - e;
  return [e ? plural(e, 'error') : '', w ? plural(w, 'warning') : ''].filter(Boolean).join(', ');
}

function statusOf(problems: readonly PreviewProblem[]): 'ok' | 'warning' | 'error' {
  return problems.some((p) => p.severity === 'error') ? 'error' : problems.length ? 'warning' : 'ok';
}

function review(article: PreviewArticle): HTMLElement {
  const meta = article.meta;
  const inMeta = meta ? article.problems.filter((p) => p.line >= meta.line) : [];
  const inBody = article.problems.filter((p) => !meta || p.line < meta.line);
  const parts: HTMLElement[] = [];
  if (!meta) parts.push(h('span', { class: 'summary-item status-none' }, 'No post meta'));
  else if (inMeta.length === 0) parts.push(h('span', { class: 'summary-item status-ok' }, 'Meta ok'));
  else parts.push(h('span', { class: `summary-item status-${statusOf(inMeta)}` }, `${plural(inMeta.length, 'problem')} in meta`, h('small', {}, ` (${counts(inMeta)})`)));
  if (inBody.length) parts.push(h('span', { class: `summary-item status-${statusOf(inBody)}` }, `${plural(inBody.length, 'problem')} in the article`));
  const all = [...inBody, ...inMeta];
  const summary = h('summary', { class: 'review-summary' }, ...parts,
    ...(article.problems.length ? [h('span', { class: 'review-toggle', attrs: { 'aria-hidden': 'true' } })] : []));
  const details = h('details', { class: `review status-${statusOf(all)}`, attrs: { 'aria-label': 'Review summary' } }, summary);
  if (all.length) details.appendChild(problemList(all, 'review-problems'));
  else details.classList.add('empty');
  return details;
}

function metaProblems(meta: NonNullable<PreviewArticle['meta']>): PreviewProblem[] {
  return [...meta.problems, ...meta.fields.flatMap((f) => f.problems)];
}

function problemList(problems: readonly PreviewProblem[], cls: string): HTMLElement {
  const ul = h('ul', { class: cls });
  for (const p of problems) {
    ul.appendChild(h('li', { class: `problem severity-${p.severity}` },
      h('button', { class: 'reveal', line: p.line, attrs: { type: 'button', 'data-character': String(p.character), title: `${p.code} — line ${p.line + 1}: show in the editor` } },
        h('span', { class: 'problem-icon', attrs: { 'aria-hidden': 'true' } }, p.severity === 'error' ? '✕' : '!'),
        h('span', { class: 'problem-line' }, `${p.line + 1}`),
        h('span', { class: 'problem-message' }, ...withCode(p.message)))));
  }
  return ul;
}

/** The diagnostics write names and values in backticks: those become <code> (as text, like the rest). */
function withCode(message: string): Child[] {
  return message.split('`').map((part, i) => (i % 2 === 1 && part !== '' ? h('code', {}, part) : part));
}

// ---- body blocks ----

/** caption → url of the meta's image sources, for remote images */
function imageSources(article: PreviewArticle): Map<string, string> {
  const m = new Map<string, string>();
  const field = article.meta?.fields.find((f) => f.name === 'image sources');
  for (const rec of field?.records ?? []) {
    const caption = rec.find(([k]) => k === 'caption')?.[1];
    const url = rec.find(([k]) => k === 'url')?.[1];
    if (caption !== undefined && url !== undefined && !m.has(caption)) m.set(caption, url);
  }
  return m;
}

function block(b: PreviewBlock, o: RenderOptions, imageUrls: Map<string, string>): HTMLElement {
  switch (b.kind) {
    case 'paragraph': return h('p', { line: b.line }, ...linkified(b.text));
    case 'list': {
      const ul = h('ul', { class: 'list', line: b.line });
      for (const item of b.items) ul.appendChild(h('li', {}, ...linkified(item)));
      return ul;
    }
    case 'code': {
      const fig = h('figure', { class: 'code', line: b.line, attrs: { 'data-end-line': String(b.endLine) } },
        h('figcaption', { class: 'code-language' }, b.language ?? 'code'),
        h('pre', {}, h('code', b.language ? { attrs: { 'data-language': b.language } } : {}, b.text)));
      return fig;
    }
    case 'image': return image(b, o, imageUrls.get(b.caption));
  }
}

function image(b: Extract<PreviewBlock, { kind: 'image' }>, o: RenderOptions, url: string | undefined): HTMLElement {
  let picture: HTMLElement;
  if (o.remoteImages && url !== undefined && isSafeImage(url)) {
    let img = o.images.get(url);
    if (!img) {
      img = h('img', { attrs: { src: url, alt: b.caption, loading: 'lazy', referrerpolicy: 'no-referrer', decoding: 'async' } });
      o.images.set(url, img);
    } else img.alt = b.caption;
    picture = img;
  } else {
    const why = !o.remoteImages ? 'Remote images are off (setting seed.preview.remoteImages).'
      : url === undefined ? 'No url for this caption in image sources.' : 'Only https images are loaded.';
    picture = h('div', { class: 'image-placeholder', attrs: { role: 'img', 'aria-label': b.caption } },
      h('span', { class: 'image-placeholder-title' }, 'Image not loaded'),
      h('span', {}, why));
  }
  return h('figure', { class: 'image', line: b.line }, picture,
    h('figcaption', {}, h('span', { class: 'caption' }, b.caption), h('span', { class: 'image-source' }, `image source: ${b.source}`)));
}

// ---- meta box ----

function metaBox(meta: NonNullable<PreviewArticle['meta']>): HTMLElement {
  const all = metaProblems(meta);
  const status = statusOf(all);
  const header = h('header', { class: 'meta-header' },
    h('h2', { line: meta.line }, 'Post meta', h('span', { class: 'brand' }, meta.brand)),
    h('p', { class: `meta-summary status-${status}` },
      all.length === 0 ? 'All fields ok' : `${plural(all.length, 'problem')} in meta (${counts(all)})`));
  const box = h('aside', { class: `meta-box status-${status}`, line: meta.line, attrs: { 'aria-label': 'Post meta' } }, header);
  if (meta.problems.length) box.appendChild(problemList(meta.problems, 'meta-problems'));
  const dl = h('dl', { class: 'meta-fields' });
  for (const f of meta.fields) dl.appendChild(field(f));
  box.appendChild(dl);
  return box;
}

const STATUS_LABEL = { ok: 'ok', warning: 'warning', error: 'error' } as const;
const STATUS_ICON = { ok: '✓', warning: '!', error: '✕' } as const;

function field(f: PreviewField): HTMLElement {
  const row = h('div', { class: `field status-${f.status} shape-${f.shape}`, line: f.line, attrs: { 'data-field': f.name } },
    h('dt', {},
      h('button', { class: 'reveal field-name', line: f.line, attrs: { type: 'button', 'data-character': '0', title: `line ${f.line + 1}: show in the editor` } }, f.name),
      h('span', { class: `status-badge status-${f.status}`, attrs: { title: f.status === 'ok' ? 'no problems' : `${f.problems.length} problem${f.problems.length === 1 ? '' : 's'}` } },
        h('span', { class: 'status-icon', attrs: { 'aria-hidden': 'true' } }, STATUS_ICON[f.status]), h('span', { class: 'status-label' }, STATUS_LABEL[f.status]))),
    h('dd', {}, value(f)));
  if (f.problems.length) row.appendChild(h('dd', { class: 'field-problems' }, problemList(f.problems, 'problems')));
  return row;
}

function value(f: PreviewField): Child {
  switch (f.shape) {
    case 'list':
      if (f.items.length === 0) return h('span', { class: 'empty' }, 'no items');
      return h('ul', { class: 'value-list' }, ...f.items.map((i) => h('li', {}, ...linkified(i))));
    case 'pairs': {
      if (f.pairs.length === 0) return h('span', { class: 'empty' }, f.value || 'no items');
      const t = h('table', { class: 'pairs' });
      const tb = h('tbody');
      for (const [k, v] of f.pairs) tb.appendChild(h('tr', {}, h('th', { attrs: { scope: 'row' } }, k), h('td', {}, ...linkified(v))));
      t.appendChild(tb);
      return t;
    }
    case 'records': {
      if (f.records.length === 0) return h('span', { class: 'empty' }, f.value || 'no records');
      const keys: string[] = [];
      for (const r of f.records) for (const [k] of r) if (!keys.includes(k)) keys.push(k);
      const head = h('tr', {}, ...keys.map((k) => h('th', { attrs: { scope: 'col' } }, k)));
      const rows = f.records.map((r) => h('tr', {}, ...keys.map((k) => {
        const v = r.find(([key]) => key === k)?.[1];
        return h('td', {}, ...(v === undefined ? [] : linkified(v)));
      })));
      return h('table', { class: 'records' }, h('thead', {}, head), h('tbody', {}, ...rows));
    }
    case 'text':
    case 'integer':
      return f.value === '' ? h('span', { class: 'empty' }, 'empty') : h('span', { class: `value value-${f.shape}` }, ...linkified(f.value));
    default:
      return h('span', { class: 'value value-unknown' }, f.value, ...(f.items.length ? [h('ul', { class: 'value-list' }, ...f.items.map((i) => h('li', {}, i)))] : []));
  }
}
