/**
 * The view and its filters live in the URL hash, so a link or a reload restores them:
 *   #/?type=Riots&country=KZ&from=2022-01-01&to=2022-01-31&text=almaty   the overview
 *   #/article/1d09212b4fa977b2?ev=ev2                                     an article
 *   #/incident/i3f2a9c0b1d2e                                              an incident
 */
export interface Filters {
  type: string[];
  country: string;
  place: string;
  from: string;
  to: string;
  text: string;
  minKilled: string;
}

export interface Route {
  view: 'overview' | 'article' | 'incident';
  id: string;
  filters: Filters;
  table: 'incidents' | 'events';
  sort: string;
  page: number;
  ev: string;
}

export const EMPTY_FILTERS: Filters = { type: [], country: '', place: '', from: '', to: '', text: '', minKilled: '' };

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const path = q >= 0 ? h.slice(0, q) : h;
  const params = new URLSearchParams(q >= 0 ? h.slice(q + 1) : '');
  const parts = path.split('/').filter(Boolean);
  const view = parts[0] === 'article' || parts[0] === 'incident' ? parts[0] : 'overview';
  const get = (k: string) => params.get(k) ?? '';
  return {
    view,
    id: view === 'overview' ? '' : decodeURIComponent(parts[1] ?? ''),
    filters: {
      type: get('type').split(',').filter(Boolean),
      country: get('country'), place: get('place'), from: get('from'), to: get('to'), text: get('text'), minKilled: get('minKilled'),
    },
    table: get('table') === 'events' ? 'events' : 'incidents',
    sort: get('sort') || '-date',
    page: Math.max(0, Number(get('page')) || 0),
    ev: get('ev'),
  };
}

/** The API query string of the filters (no empty values), e.g. "type=Riots&country=KZ". */
export function filterQuery(f: Filters): string {
  const p = new URLSearchParams();
  if (f.text) p.set('text', f.text);
  if (f.type.length) p.set('type', f.type.join(','));
  if (f.country) p.set('country', f.country);
  if (f.place) p.set('place', f.place);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.minKilled && Number(f.minKilled) > 0) p.set('minKilled', String(Math.floor(Number(f.minKilled))));
  return p.toString();
}

export function routeHash(r: Route): string {
  const p = new URLSearchParams(filterQuery(r.filters));
  if (r.table !== 'incidents') p.set('table', r.table);
  if (r.sort !== '-date') p.set('sort', r.sort);
  if (r.page > 0) p.set('page', String(r.page));
  if (r.ev) p.set('ev', r.ev);
  const qs = p.toString();
  const path = r.view === 'overview' ? '/' : `/${r.view}/${encodeURIComponent(r.id)}`;
  return `#${path}${qs ? `?${qs}` : ''}`;
}
