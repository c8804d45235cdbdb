/**
 * Query-string validation with zod: the filters of `eventwire query`, pagination and sort.
 * Unknown parameters are refused by name (a typo like `?contry=KZ` must not return everything).
 *   ?type=Riots,Protests&country=KZ&from=2022-01-01&minKilled=1&limit=50&offset=0&sort=-killed
 */
import { z } from 'zod';
import { EventTypeSchema } from '../core/schema.js';
import { ApiError, type ApiIssue } from './errors.js';
import type { EventFilter, Page } from './catalog.js';

const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const commaList = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z.string().max(2000).transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== '')).pipe(z.array(item).max(max));

export const FilterQuerySchema = z.strictObject({
  text: z.string().max(200).optional().describe('words matched in titles, places, actors, types and sources (accents and case ignored)'),
  type: commaList(EventTypeSchema, 6).optional().describe('ACLED event types, comma-separated'),
  country: commaList(z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'), 250).optional().describe('ISO 3166-1 alpha-2 codes, comma-separated'),
  place: z.string().min(1).max(200).optional().describe('a place name or a GeoNames id'),
  from: z.string().regex(DAY_RE, 'expected YYYY-MM-DD').optional().describe('first day, inclusive'),
  to: z.string().regex(DAY_RE, 'expected YYYY-MM-DD').optional().describe('last day, inclusive'),
  minKilled: z.coerce.number().int().min(0).max(10_000_000).optional().describe('at least this many killed'),
});

export const PageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  sort: z.enum(['date', '-date', 'killed', '-killed']).default('-date'),
});

export const ListQuerySchema = z.strictObject({ ...FilterQuerySchema.shape, ...PageQuerySchema.shape });

export const SearchQuerySchema = z.strictObject({
  q: z.string().min(1).max(200).describe('words, all of which must occur in the article'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const IdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'expected an id of letters, digits and ._:-');

/** `{ text, date?, title?, url?, source?, lang? }`, the record format of `eventwire extract`. */
export const ArticleInputSchema = z.strictObject({
  text: z.string().min(1, 'the article text is empty').max(1_000_000),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  title: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
  source: z.string().max(500).optional(),
  lang: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code').optional(),
  id: IdSchema.optional(),
});

export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => {
    if (i.code === 'unrecognized_keys') return { path: i.keys.join(', '), message: `unknown parameter${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}` };
    const path = i.path.length > 0 ? i.path.map(String).join('.') : '(body)';
    return { path, message: i.message };
  });
}

/** The query string as an object; a repeated parameter is joined with commas (`type=A&type=B`). */
export function queryObject(url: string): Record<string, string> {
  const q = url.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? url.slice(q + 1) : '');
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = k in out ? `${out[k]},${v}` : v;
  return out;
}

export function parseQuery<T extends z.ZodType>(schema: T, url: string): z.infer<T> {
  const r = schema.safeParse(queryObject(url));
  if (r.success) return r.data;
  const issues = issuesOf(r.error);
  const unknown = r.error.issues.some((i) => i.code === 'unrecognized_keys');
  const allowed = schema instanceof z.ZodObject ? Object.keys(schema.shape).join(', ') : '';
  const message = issues.map((i) => (i.message.startsWith('unknown') ? i.message : `${i.path}: ${i.message}`)).join('; ');
  throw new ApiError(unknown ? 'unknown-parameter' : 'bad-parameter', unknown && allowed ? `${message} (known: ${allowed})` : message, issues);
}

export function filterOf(q: z.infer<typeof FilterQuerySchema>): EventFilter {
  if (q.from && q.to && q.from > q.to) throw new ApiError('bad-parameter', `from: expected a day on or before to (${q.to}), found "${q.from}"`);
  return { text: q.text, types: q.type, countries: q.country, place: q.place, from: q.from, to: q.to, minKilled: q.minKilled };
}

export function pageOf(q: z.infer<typeof PageQuerySchema>): Page {
  return { limit: q.limit, offset: q.offset, sort: q.sort };
}
