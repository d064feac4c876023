// Pure: an HTML page -> plain article text (blocks separated by blank lines) plus page metadata.
//
// Content root: the largest <article> element if any, else <main>, else <body>. Never kept: script,
// style, noscript, template, svg, iframe, nav, form, button, select, aside, header, footer, figure and
// figcaption (captions), head. Entities are decoded by htmlparser2. Block elements (p, div, h1-h6, li,
// blockquote, tr, ...) end a paragraph; <br> ends a line. Metadata: og:title > twitter:title > <title> (its
// "- Site" suffix split off as the site name when the first <h1> or og:site_name confirms it);
// og:site_name; article:published_time / date meta / first <time datetime>; canonical / og:url; <html lang>.
// Offsets of removals in HTML files index this extracted text, not the markup.

import { Parser } from 'htmlparser2';
import type { HtmlExtract } from './types.js';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'nav',
  'form',
  'button',
  'select',
  'aside',
  'header',
  'footer',
  'figure',
  'figcaption',
  'head',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
]);
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'tr',
  'table',
  'section',
  'article',
  'main',
  'pre',
  'hr',
  'dl',
  'dt',
  'dd',
  'body',
  'address',
  'center',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
]);

/** Elements a parser closes by itself when a sibling opens (unclosed <p> or <li> do not nest). */
const IMPLIED_CLOSE = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
]);
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^<>]*?(\/?)>/g; // [^<>]: a scan never runs past the next tag (linear)

/** Nesting depth of elements in HTML, estimated in one linear scan (void, self-closed and implied-close elements do not nest).
 * htmlparser2 slows quadratically with depth, so the loader refuses pages nested deeper than MAX_HTML_DEPTH. */
export function htmlNestingDepth(html: string): number {
  let depth = 0,
    max = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || IMPLIED_CLOSE.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/**
 * Deepest element nesting the loader accepts (real pages nest a few dozen levels; 10,000 parse in well under a second).
 */
export const MAX_HTML_DEPTH = 10_000;

/** Meta names whose content is the publication date (the first one found wins). */
const DATE_META = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
];

/** What the parse has read so far: the text buffers, where it is in the tree, the <title> text. */
interface ParseState {
  out: HtmlExtract;
  /** three buffers: body text, text inside <main>, and each top-level <article> */
  body: string[];
  main: string[];
  articles: string[][];
  skipDepth: number;
  articleDepth: number;
  mainDepth: number;
  inTitle: boolean;
  titleText: string;
  /** the first <h1>'s text, wherever it stands (a saved page's headline often sits in a skipped <header>) */
  h1: { open: boolean; done: boolean; text: string };
  /** open elements */
  stack: string[];
}

function pushText(st: ParseState, s: string): void {
  st.body.push(s);
  if (st.mainDepth > 0) st.main.push(s);
  if (st.articleDepth > 0) st.articles[st.articles.length - 1].push(s);
}

/** Title, site name, date and URL from one <meta>. */
function readMeta(out: HtmlExtract, attrs: Record<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
  const v = attrs.content?.trim();
  if (!v) return;
  if (key === 'og:title' || key === 'twitter:title') out.title = out.title && key !== 'og:title' ? out.title : v;
  else if (key === 'og:site_name' || (key === 'application-name' && !out.siteName)) out.siteName = v;
  else if (DATE_META.includes(key) && !out.published) out.published = v;
  else if (key === 'og:url' && !out.url) out.url = v;
}

/** Page metadata from an opening tag: <html lang>, <meta>, <link rel=canonical>, the first <time datetime>. */
function readMetadata(st: ParseState, name: string, attrs: Record<string, string>): void {
  const { out } = st;
  if (name === 'html' && attrs.lang) out.language = attrs.lang.trim() || null;
  if (name === 'meta') readMeta(out, attrs);
  if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) out.url = attrs.href;
  if (name === 'time' && attrs.datetime && !out.published && st.skipDepth === 0) out.published = attrs.datetime;
  if (name === 'title' && st.stack.includes('head')) st.inTitle = true;
  if (name === 'h1' && !st.h1.done) st.h1.open = true;
}

function openTag(st: ParseState, name: string, attrs: Record<string, string>): void {
  st.out.tagCount++;
  if (!VOID.has(name)) st.stack.push(name);
  readMetadata(st, name, attrs);
  if (SKIP.has(name)) {
    if (st.skipDepth === 0) st.out.skippedElements[name] = (st.out.skippedElements[name] ?? 0) + 1;
    st.skipDepth++;
    return;
  }
  if (st.skipDepth > 0) return;
  if (name === 'article') {
    if (st.articleDepth === 0) st.articles.push([]);
    st.articleDepth++;
  }
  if (name === 'main') st.mainDepth++;
  if (name === 'br') pushText(st, '\n');
  else if (BLOCK.has(name)) pushText(st, '\n\n');
}

function closeTag(st: ParseState, name: string): void {
  if (VOID.has(name)) return;
  // pop to the matching element (htmlparser2 reports implied closes)
  const i = st.stack.lastIndexOf(name);
  if (i >= 0) st.stack.length = i;
  if (name === 'title') st.inTitle = false;
  if (name === 'h1' && st.h1.open) Object.assign(st.h1, { open: false, done: true });
  if (SKIP.has(name)) {
    if (st.skipDepth > 0) st.skipDepth--;
    return;
  }
  if (st.skipDepth > 0) return;
  if (BLOCK.has(name)) pushText(st, '\n\n');
  if (name === 'article' && st.articleDepth > 0) st.articleDepth--;
  if (name === 'main' && st.mainDepth > 0) st.mainDepth--;
}

/**
 * Extract article text and metadata from HTML (pure, linear in length; quadratic in nesting depth, see
 * htmlNestingDepth).
 */
export function htmlToText(html: string): HtmlExtract {
  const out: HtmlExtract = {
    text: '',
    title: null,
    siteName: null,
    published: null,
    url: null,
    language: null,
    skippedElements: {},
    tagCount: 0,
  };
  const st: ParseState = {
    out,
    body: [],
    main: [],
    articles: [],
    skipDepth: 0,
    articleDepth: 0,
    mainDepth: 0,
    inTitle: false,
    titleText: '',
    h1: { open: false, done: false, text: '' },
    stack: [],
  };
  const parser = new Parser(
    {
      onopentag: (name, attrs) => openTag(st, name, attrs),
      ontext(t) {
        if (st.inTitle) st.titleText += t;
        if (st.h1.open) st.h1.text += t;
        if (st.skipDepth > 0) return;
        pushText(st, t.replace(/[ \t\r\n\f]+/g, ' '));
      },
      onclosetag: (name) => closeTag(st, name),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  let chosen = st.body;
  if (st.articles.length) {
    chosen = st.articles.reduce((a, b) => (b.join('').length > a.join('').length ? b : a));
  } else if (st.main.length) chosen = st.main;
  out.text = tidy(chosen.join(''));
  if (!out.title && st.titleText.trim()) splitSiteSuffix(out, squash(st.titleText), squash(st.h1.text));
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** "Headline - Site", "Headline | Site", "Headline — Site": the headline and a short site name after the last mark. */
const SITE_SUFFIX = /^(.{8,}?)\s+(?:[-|–—·•]|::)\s+([^-|–—·•:]{2,50})$/u;

/**
 * A <title> is "Headline - Site" on most saved pages: the site name is split off when the page's <h1> (or
 * og:site_name) confirms it, so the title is the headline and the site the outlet. Without such a check the title is
 * kept whole: "Syria - the road ahead" is a headline, not a site.
 */
function splitSiteSuffix(out: HtmlExtract, title: string, h1: string): void {
  out.title = title;
  const m = SITE_SUFFIX.exec(title);
  if (!m || m[2].trim().split(/\s+/).length > 6) return;
  const site = m[2].trim();
  const headlineMatches = !!h1 && fold(h1) === fold(m[1]);
  const siteMatches = !!out.siteName && fold(out.siteName) === fold(site);
  if (!headlineMatches && !siteMatches) return;
  out.title = m[1].trim();
  out.siteName ??= site;
}

/** Collapse the spaces produced by markup: trim each line, at most one blank line between blocks. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
