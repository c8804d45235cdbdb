/**
 * An HTML news page → an article: the main text by @mozilla/readability over a linkedom DOM (nav,
 * ads, asides, comments and footer dropped), title, date and author from the page's metadata
 * (`article:published_time`, `<meta name="date">`, JSON-LD `NewsArticle.datePublished`, `<time datetime>`).
 * Paragraphs stay apart ("\n\n") so sentence splitting sees them; the in-body byline
 * "Par La rédaction, publié le 6 janvier 2022" is kept as text (it is the page's words).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createHash } from 'node:crypto';
import { parseDocumentDate } from '../common/calendar.js';
import type { Article } from '../core/article.js';
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import type { DocumentDate } from '../core/schema.js';

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'DT', 'DD']);

interface MinimalNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<MinimalNode> }

/** Text of a DOM fragment with one blank line between block elements. */
function blockText(root: MinimalNode): string {
  const parts: string[] = [];
  let current = '';
  const flush = () => { const t = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim(); if (t) parts.push(t); current = ''; };
  const walk = (node: MinimalNode) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE') return;
    if (name === 'BR') { current += ' '; return; }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}

function dateOf(iso: string | null | undefined): DocumentDate | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  return parseDocumentDate([m[1], m[2], m[3]].filter(Boolean).join('-'));
}

function jsonLd(document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }): Record<string, unknown> | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      const value = JSON.parse(scripts[i]!.textContent ?? '') as unknown;
      const items = (Array.isArray(value) ? value : [value]).flatMap((v) => (v && typeof v === 'object' && '@graph' in v ? (v as { '@graph': unknown[] })['@graph'] : [v]));
      const item = items.find((v) => v && typeof v === 'object' && /Article|NewsArticle|Report/.test(String((v as Record<string, unknown>)['@type'])));
      if (item) return item as Record<string, unknown>;
    } catch { /* a broken JSON-LD block is ignored: the meta tags remain */ }
  }
  return null;
}

export interface HtmlArticle { article: Article; author: string | null }

export function articleFromHtml(html: string, where: string, options: { lang?: string | null; url?: string | null; date?: DocumentDate | null } = {}): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const ld = jsonLd(document);
  const ldAuthor = ld?.author;
  const ldAuthorName = Array.isArray(ldAuthor) ? (ldAuthor[0] as { name?: string } | undefined)?.name : (ldAuthor as { name?: string } | undefined)?.name ?? (typeof ldAuthor === 'string' ? ldAuthor : undefined);
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[name="pubdate"]')
    ?? meta('meta[itemprop="datePublished"]') ?? (typeof ld?.datePublished === 'string' ? ld.datePublished : null)
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const url = options.url ?? meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const siteName = meta('meta[property="og:site_name"]');
  const pageLang = document.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || null;

  // Readability mutates the document: metadata is read first.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text = '';
  if (parsed?.content) text = blockText(parseHTML(`<!DOCTYPE html><html><body>${parsed.content}</body></html>`).document.body as unknown as MinimalNode);
  if (text.trim() === '') text = blockText((parseHTML(html).document.body ?? { nodeType: 1, nodeName: 'BODY', textContent: '', childNodes: [] }) as unknown as MinimalNode);
  if (text.trim() === '') throw new EventwireError(ERROR_CODES.INPUT_EMPTY, 'expected an HTML page with article text, found none', where);
  const title = parsed?.title?.trim() || meta('meta[property="og:title"]') || document.querySelector('title')?.textContent?.trim() || null;
  return {
    article: {
      id: createHash('sha1').update(text).digest('hex').slice(0, 16),
      text,
      date: dateOf(published) ?? options.date ?? null,
      lang: options.lang ?? (parsed?.lang ? parsed.lang.slice(0, 2).toLowerCase() : pageLang),
      title,
      url,
      source: siteName,
      file: where,
    },
    author: parsed?.byline?.trim() || meta('meta[name="author"]') || ldAuthorName || null,
  };
}
