/**
 * The dashboard: filters, map, timeline and a table of incidents (or events) over the API, with
 * the filter state in the URL; an article view and an incident view. Plain DOM and canvas, no
 * framework: the page is small and stays fast with 100,000 events.
 */
import './styles.css';
import { get, getBinary } from './api.js';
import { decodePoints, type PointColumns } from '../api/points-binary.js';
import { renderArticle } from './article-view.js';
import { append, byId, clear, fmt, h, range } from './dom.js';
import { renderIncident } from './incident-view.js';
import { WorldMap, type Cluster } from './map.js';
import { EMPTY_FILTERS, filterQuery, parseRoute, routeHash, type Filters, type Route } from './state.js';
import { Timeline } from './timeline.js';
import type { ArticleDetail, EventRow, Facets, IncidentDetail, IncidentRow, PageOf } from './types.js';
import { EVENT_TYPES, TYPE_COLOURS, TYPE_SHORT } from './types.js';

const PAGE = 25;
let route: Route = parseRoute(location.hash);

const overview = byId('overview');
const detail = byId('detail');
const status = byId('status');
const map = new WorldMap(byId<HTMLCanvasElement>('map'));
const timeline = new Timeline(byId<HTMLCanvasElement>('timeline'));
const tooltip = byId('map-tip');
const selection = byId('selection');
const timeTip = byId('timeline-tip');

function go(next: Partial<Route>, replace = false): void {
  const r = { ...route, ...next };
  const hash = routeHash(r);
  if (hash === location.hash || (hash === '#/' && location.hash === '')) return;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  void show(parseRoute(hash));
}

function setFilters(f: Partial<Filters>): void {
  go({ view: 'overview', id: '', ev: '', page: 0, filters: { ...route.filters, ...f } });
}

// ---- filters -------------------------------------------------------------------------------
const textInput = byId<HTMLInputElement>('f-text');
const countrySelect = byId<HTMLSelectElement>('f-country');
const fromInput = byId<HTMLInputElement>('f-from');
const toInput = byId<HTMLInputElement>('f-to');
const killedInput = byId<HTMLInputElement>('f-killed');
const typeBox = byId('f-types');
const typeButtons = EVENT_TYPES.map((t) => {
  const b = h('button', { type: 'button', class: 'type-toggle', 'aria-pressed': 'false', 'data-type': t, title: t },
    h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}` }), TYPE_SHORT[t] ?? t, h('span', { class: 'count' }, ''));
  b.addEventListener('click', () => {
    const set = new Set(route.filters.type);
    if (set.has(t)) set.delete(t);
    else set.add(t);
    setFilters({ type: EVENT_TYPES.filter((x) => set.has(x)) });
  });
  typeBox.append(b);
  return b;
});
let textTimer = 0;
textInput.addEventListener('input', () => {
  clearTimeout(textTimer);
  textTimer = window.setTimeout(() => setFilters({ text: textInput.value.trim() }), 300);
});
byId('filters').addEventListener('submit', (e) => {
  e.preventDefault();
  setFilters({ text: textInput.value.trim() });
});
countrySelect.addEventListener('change', () => setFilters({ country: countrySelect.value }));
fromInput.addEventListener('change', () => setFilters({ from: fromInput.value }));
toInput.addEventListener('change', () => setFilters({ to: toInput.value }));
killedInput.addEventListener('change', () => setFilters({ minKilled: killedInput.value }));
byId('f-reset').addEventListener('click', () => {
  map.reset();
  setFilters({ ...EMPTY_FILTERS });
});
byId('zoom-in').addEventListener('click', () => map.zoomBy(1.6));
byId('zoom-out').addEventListener('click', () => map.zoomBy(1 / 1.6));
byId('zoom-reset').addEventListener('click', () => map.reset());

timeline.onBrush = (from, to) => setFilters({ from, to });
timeline.onHover = (text, x) => {
  timeTip.hidden = !text;
  if (text) {
    timeTip.textContent = text;
    timeTip.style.left = `${Math.max(0, x - 60)}px`;
  }
};

// ---- map -----------------------------------------------------------------------------------
function clusterLines(c: Cluster, p: PointColumns, max: number): { place: string; type: string; day: string; killed: number; article: string; ev: string }[] {
  return c.members.slice(0, max).map((i) => ({
    place: p.places[p.p[i]!] ?? '', type: p.types[p.t[i]!]!, day: p.d[i]! >= 0 ? new Date(p.d[i]! * 86_400_000).toISOString().slice(0, 10) : '', killed: p.k[i]!, article: p.articles[p.a[i]!]!, ev: `ev${p.e[i]}`,
  }));
}

map.onHover = (c, x, y) => {
  const p = map.points;
  if (!c || !p) {
    tooltip.hidden = true;
    return;
  }
  const places = [...new Set(c.members.slice(0, 200).map((i) => p.places[p.p[i]!]))].filter(Boolean);
  tooltip.textContent = `${places.slice(0, 3).join(', ')}${places.length > 3 ? '…' : ''}: ${fmt.format(c.members.length)} event${c.members.length === 1 ? '' : 's'}, ${fmt.format(c.killed)} killed`;
  tooltip.style.left = `${x + 14}px`;
  tooltip.style.top = `${y + 10}px`;
  tooltip.hidden = false;
};

map.onSelect = (c) => {
  tooltip.hidden = true;
  clear(selection);
  const p = map.points;
  if (!c || !p) {
    selection.hidden = true;
    return;
  }
  selection.hidden = false;
  const filterButton = (place: string | undefined) => (place ? h('button', { type: 'button', class: 'linkish', onclick: () => setFilters({ place }) }, `Filter to ${place}`) : '');
  const lines = clusterLines(c, p, 50);
  const places = [...new Set(lines.map((l) => l.place))];
  append(selection, [
    h('div', { class: 'selection-head' },
      h('h2', { id: 'selection-title' }, `${places.slice(0, 3).join(', ')}${places.length > 3 ? '…' : ''}`),
      h('button', { type: 'button', class: 'close', 'aria-label': 'close the selection', onclick: () => map.select(null) }, '×')),
    h('p', { class: 'meta' }, `${fmt.format(c.members.length)} events · ${fmt.format(c.killed)} killed`),
    filterButton(places.length === 1 ? places[0] : undefined),
    h('ul', { class: 'selection-list' }, lines.map((l) => h('li', {},
      h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[l.type]}` }),
      h('a', { href: `#/article/${encodeURIComponent(l.article)}?ev=${l.ev}` }, `${l.type} · ${l.place} · ${l.day || 'undated'}${l.killed ? ` · ${l.killed} killed` : ''}`)))),
    c.members.length > 50 ? h('p', { class: 'muted' }, `and ${fmt.format(c.members.length - 50)} more: zoom in or filter`) : null,
  ]);
};

// ---- table ---------------------------------------------------------------------------------
const table = byId<HTMLTableElement>('table');
const pager = byId('pager');
const tabs = [byId('tab-incidents'), byId('tab-events')];
tabs[0]!.addEventListener('click', () => go({ table: 'incidents', page: 0 }));
tabs[1]!.addEventListener('click', () => go({ table: 'events', page: 0 }));

function sortHeader(label: string, key: 'date' | 'killed', cls = ''): HTMLElement {
  const cur = route.sort.replace('-', '');
  const desc = route.sort.startsWith('-');
  const next = cur === key ? (desc ? key : `-${key}`) : `-${key}`;
  return h('th', { scope: 'col', class: cls, 'aria-sort': cur === key ? (desc ? 'descending' : 'ascending') : 'none' },
    h('button', { type: 'button', class: 'sort', onclick: () => go({ sort: next, page: 0 }) }, label, cur === key ? (desc ? ' ↓' : ' ↑') : ''));
}

function renderTable(page: PageOf<IncidentRow> | PageOf<EventRow>, kind: 'incidents' | 'events'): void {
  clear(table);
  if (kind === 'incidents') {
    const rows = page.items as IncidentRow[];
    table.append(
      h('caption', {}, `${fmt.format(page.total)} incidents`),
      h('thead', {}, h('tr', {}, sortHeader('Date', 'date'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Place'),
        sortHeader('Killed', 'killed', 'num'), h('th', { scope: 'col', class: 'num' }, 'Articles'), h('th', { scope: 'col' }, 'Sources'), h('th', { scope: 'col' }, ''))),
      h('tbody', {}, rows.map((r) => {
        const tr = h('tr', { tabindex: 0, 'data-id': r.id, 'aria-label': `${r.type} at ${r.place ?? 'unknown place'}, ${r.date ?? 'undated'}` },
          h('td', { class: 'date' }, r.date ?? '—'),
          h('td', {}, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[r.type]}` }), r.type),
          h('td', {}, r.place ? `${r.place}${r.country ? `, ${r.country}` : ''}` : (r.country ?? '—')),
          h('td', { class: 'num' }, r.killed || r.killedMax === null ? range(r.killed, r.killedMax === 0 ? r.killed : r.killedMax) : '0'),
          h('td', { class: 'num' }, r.articles),
          h('td', { class: 'sources' }, r.sources.slice(0, 2).join('; ') + (r.sources.length > 2 ? ` +${r.sources.length - 2}` : '')),
          h('td', {}, r.contradictions ? h('span', { class: 'flag', title: 'the sources contradict each other' }, '⚠ contradiction') : ''));
        const open = () => go({ view: 'incident', id: r.id });
        tr.addEventListener('click', open);
        tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
        return tr;
      })));
  } else {
    const rows = page.items as EventRow[];
    table.append(
      h('caption', {}, `${fmt.format(page.total)} events`),
      h('thead', {}, h('tr', {}, sortHeader('Date', 'date'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Place'),
        sortHeader('Killed', 'killed', 'num'), h('th', { scope: 'col' }, 'Actors'), h('th', { scope: 'col' }, 'Sources'))),
      h('tbody', {}, rows.map((r) => {
        const tr = h('tr', { tabindex: 0, 'data-id': r.id },
          h('td', { class: 'date' }, r.date ? (r.datePrecision === 'day' ? r.date : r.date.slice(0, r.datePrecision === 'month' ? 7 : 4)) : '—'),
          h('td', {}, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[r.type]}` }), `${r.type}`, h('small', {}, ` ${r.subType}`)),
          h('td', {}, r.place ? `${r.place}${r.country ? `, ${r.country}` : ''}` : (r.country ?? '—')),
          h('td', { class: 'num' }, r.killed ? range(r.killed, r.killedMax) : '0'),
          h('td', {}, [r.actor1, r.actor2].filter(Boolean).join(' vs ')),
          h('td', { class: 'sources' }, r.sources.slice(0, 2).join('; ')));
        const open = () => go({ view: 'article', id: r.articleId, ev: r.eventId });
        tr.addEventListener('click', open);
        tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
        return tr;
      })));
  }
  clear(pager);
  const pages = Math.max(1, Math.ceil(page.total / PAGE));
  pager.append(
    h('button', { type: 'button', disabled: route.page === 0, onclick: () => go({ page: route.page - 1 }) }, '← Previous'),
    h('span', {}, ` page ${route.page + 1} of ${fmt.format(pages)} `),
    h('button', { type: 'button', disabled: route.page + 1 >= pages, onclick: () => go({ page: route.page + 1 }) }, 'Next →'));
}

// ---- loading -------------------------------------------------------------------------------
let lastFilterKey: string | null = null;
let zoomedFor = '';

async function loadOverview(r: Route): Promise<void> {
  const fq = filterQuery(r.filters);
  const filterChanged = fq !== lastFilterKey;
  lastFilterKey = fq;
  const list = new URLSearchParams(fq);
  list.set('limit', String(PAGE));
  list.set('offset', String(r.page * PAGE));
  if (r.sort !== '-date') list.set('sort', r.sort);
  status.textContent = 'Loading…';
  const tableReq = get<PageOf<IncidentRow> | PageOf<EventRow>>(`/api/${r.table}?${list}`);
  if (filterChanged) {
    // the country list counts events under the other filters, so it is read without the country
    const others = filterQuery({ ...r.filters, country: '' });
    const q = fq ? `?${fq}` : '';
    const [facets, points, countries] = await Promise.all([
      get<Facets>(`/api/facets${q}`), getBinary(`/api/points.bin${q}`).then(decodePoints), r.filters.country ? get<Facets>(`/api/facets?${others}`) : null,
    ]);
    performance.mark('ew:data');
    renderFacets(facets, countries ?? facets, r);
    performance.mark('ew:facets');
    map.setPoints(points);
    performance.mark('ew:points');
    const zoomKey = r.filters.country || r.filters.place;
    if (zoomKey && zoomKey !== zoomedFor) map.zoomToPoints();
    zoomedFor = zoomKey;
    status.textContent = `${fmt.format(facets.total)} events, ${fmt.format(points.total)} on the map`;
  }
  renderTable(await tableReq, r.table);
  performance.mark('ew:table');
  if (!filterChanged) status.textContent = status.textContent === 'Loading…' ? '' : status.textContent;
  document.body.dataset.ready = 'true';
}

function renderFacets(f: Facets, forCountries: Facets, r: Route): void {
  timeline.set(f, r.filters.from, r.filters.to);
  typeButtons.forEach((b, i) => {
    const t = EVENT_TYPES[i]!;
    b.setAttribute('aria-pressed', String(r.filters.type.includes(t)));
    b.querySelector('.count')!.textContent = ` ${fmt.format(f.byType[t] ?? 0)}`;
  });
  clear(countrySelect);
  countrySelect.append(h('option', { value: '' }, 'All countries'));
  for (const c of forCountries.byCountry) countrySelect.append(h('option', { value: c.country }, `${c.name ?? c.country} (${fmt.format(c.count)})`));
  if (r.filters.country && ![...countrySelect.options].some((o) => o.value === r.filters.country)) countrySelect.append(h('option', { value: r.filters.country }, r.filters.country));
  countrySelect.value = r.filters.country;
}

function syncInputs(f: Filters): void {
  if (document.activeElement !== textInput) textInput.value = f.text;
  fromInput.value = f.from;
  toInput.value = f.to;
  killedInput.value = f.minKilled;
  byId('f-place').hidden = !f.place;
  byId('f-place-name').textContent = f.place;
  const base = filterQuery(f);
  byId<HTMLAnchorElement>('export-csv').href = `/api/export/acled.csv${base ? `?${base}` : ''}`;
  byId<HTMLAnchorElement>('export-geojson').href = `/api/export/events.geojson${base ? `?${base}` : ''}`;
  tabs.forEach((t, i) => t.setAttribute('aria-selected', String((i === 0) === (route.table === 'incidents'))));
}
byId('f-place-clear').addEventListener('click', () => setFilters({ place: '' }));

const back = () => go({ view: 'overview', id: '', ev: '' });

async function show(r: Route): Promise<void> {
  route = r;
  syncInputs(r.filters);
  try {
    if (r.view === 'overview') {
      detail.hidden = true;
      overview.hidden = false;
      document.title = 'eventwire';
      await loadOverview(r);
    } else {
      overview.hidden = true;
      detail.hidden = false;
      clear(detail);
      detail.append(h('p', { class: 'muted' }, 'Loading…'));
      if (r.view === 'article') {
        const a = await get<ArticleDetail>(`/api/articles/${encodeURIComponent(r.id)}`);
        renderArticle(detail, a, r.ev, back);
        document.title = `${a.extraction.doc.title ?? a.id} · eventwire`;
      } else {
        const d = await get<IncidentDetail>(`/api/incidents/${encodeURIComponent(r.id)}`);
        renderIncident(detail, d, back);
        document.title = `${d.incident.type} at ${d.incident.place ?? '?'} · eventwire`;
      }
      byId('detail-title').focus({ preventScroll: true });
      if (!r.ev) window.scrollTo(0, 0);
      document.body.dataset.ready = 'true';
    }
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    if (r.view === 'overview') status.textContent = `Error: ${m}`;
    else {
      clear(detail);
      detail.append(h('p', { class: 'error', role: 'alert' }, m), h('button', { type: 'button', class: 'back', onclick: () => go({ view: 'overview', id: '' }) }, '← Back to overview'));
    }
  }
}

window.addEventListener('popstate', () => void show(parseRoute(location.hash)));
window.addEventListener('hashchange', () => void show(parseRoute(location.hash)));

// test and debugging hook: where a place is on the map now
(window as unknown as { eventwire: unknown }).eventwire = { map, screenOf: (lon: number, lat: number) => map.screenOf(lon, lat) };

void map.loadWorld();
void show(route);
