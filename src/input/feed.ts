/**
 * RSS and Atom feeds → one article per item (rss-parser `parseString` on text we fetched or read):
 * title, link, `isoDate` (Atom: `<published>`, not `<updated>`), creator, and the item's own text
 * (`content:encoded`, content, summary) as the article when the link is not followed.
 */
import Parser from 'rss-parser';
import { createHash } from 'node:crypto';
import { parseDocumentDate } from '../common/calendar.js';
import type { Article } from '../core/article.js';
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import { articleFromHtml } from './html.js';

export interface FeedItem { title: string | null; link: string | null; guid: string | null; isoDate: string | null; creator: string | null; html: string | null; snippet: string | null }

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/i.test(head);
}

export async function parseFeed(xml: string, where: string): Promise<{ title: string | null; items: FeedItem[] }> {
  let feed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    feed = await new Parser().parseString(xml);
  } catch (err) {
    throw new EventwireError(ERROR_CODES.BAD_FIELD, `expected an RSS or Atom feed, found unreadable XML (${(err as Error).message.split('\n')[0]})`, where);
  }
  return {
    title: feed.title ?? null,
    items: (feed.items ?? []).map((it) => {
      const item = it as Record<string, unknown>;
      const str = (k: string) => (typeof item[k] === 'string' && (item[k] as string).trim() ? (item[k] as string) : null);
      return {
        title: str('title'), link: str('link'), guid: str('guid') ?? str('id'), isoDate: str('isoDate'),
        creator: str('creator') ?? str('author'), html: str('content:encoded') ?? str('content') ?? str('summary'),
        snippet: str('contentSnippet'),
      };
    }),
  };
}

/** A feed item as an article from its own text (the item's HTML reduced to paragraphs). */
export function articleFromItem(item: FeedItem, feedTitle: string | null, where: string, lang: string | null = null): Article {
  const date = item.isoDate ? parseDocumentDate(item.isoDate.slice(0, 10)) : null;
  let text = '';
  if (item.html) {
    try { text = articleFromHtml(`<html><body><article>${item.html}</article></body></html>`, where).article.text; } catch { text = ''; }
  }
  if (!text.trim()) text = item.snippet ?? '';
  if (item.title && !text.startsWith(item.title)) text = text.trim() ? `${item.title}\n\n${text}` : item.title;
  if (!text.trim()) throw new EventwireError(ERROR_CODES.INPUT_EMPTY, 'feed item without title or text', where);
  return {
    id: item.guid ?? createHash('sha1').update(text).digest('hex').slice(0, 16),
    text, date, lang, title: item.title, url: item.link, source: feedTitle, file: where,
  };
}
