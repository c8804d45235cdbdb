/**
 * One incident: what the articles agree on, then one column per article with who said what
 * (sources, figures with their quoted words, events), figures that contradict each other flagged.
 */
import { clear, h, range } from './dom.js';
import type { IncidentDetail, SourceFigure } from './types.js';
import { TYPE_COLOURS } from './types.js';

export function renderIncident(root: HTMLElement, d: IncidentDetail, back: () => void): void {
  clear(root);
  const i = d.incident;
  const clashing = new Set<SourceFigure>();
  const key = (f: SourceFigure) => `${f.articleId}|${f.eventId}|${f.kind}|${f.evidence.start}`;
  const clashKeys = new Set(d.contradictions.flatMap((c) => c.figures.map(key)));
  const eventsById = new Map(d.events.map((e) => [`${e.articleId}:${e.eventId}`, e]));
  root.append(
    h('div', { class: 'detail-head' },
      h('button', { type: 'button', class: 'back', onclick: back }, '← Back to overview'),
      h('h2', { id: 'detail-title', tabindex: -1 },
        h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[i.type] ?? '#555'}` }),
        `${i.type} · ${i.place ?? 'unplaced'}${i.countryName ? `, ${i.countryName}` : ''}`),
      h('p', { class: 'meta' },
        `${i.date ?? 'undated'}${i.dateEnd && i.dateEnd !== i.date ? ` – ${i.dateEnd}` : ''} · killed ${range(i.killed, i.killedMax === 0 ? i.killed : i.killedMax)} · ${i.events} events in ${i.articles} article${i.articles === 1 ? '' : 's'} · ${i.sources.length} sources`)),
    d.contradictions.length
      ? h('section', { class: 'contradictions', role: 'alert', 'aria-label': 'contradictions' },
        h('h3', {}, `⚠ ${d.contradictions.length} contradiction${d.contradictions.length === 1 ? '' : 's'}`),
        d.contradictions.map((c) => h('p', {}, c.message)))
      : h('p', { class: 'agree' }, 'No contradiction between the sources.'),
    h('div', { class: 'sources-grid', style: `--cols:${Math.min(d.sources.length, 4)}` },
      d.sources.map((s) => h('section', { class: 'source-col', 'aria-label': `article ${s.title ?? s.articleId}` },
        h('h3', {}, h('a', { href: `#/article/${encodeURIComponent(s.articleId)}` }, s.title ?? `Article ${s.articleId}`)),
        h('p', { class: 'meta' }, s.date ?? 'undated'),
        h('h4', {}, 'Sources'),
        s.sources.length ? h('ul', {}, s.sources.map((n) => h('li', {}, n))) : h('p', { class: 'muted' }, 'no attributed source'),
        h('h4', {}, 'Figures'),
        s.figures.length
          ? h('ul', { class: 'figures' }, s.figures.map((f) => {
            const clash = clashKeys.has(key(f));
            if (clash) clashing.add(f);
            return h('li', { class: clash ? 'clash' : null },
              clash ? h('strong', { class: 'flag', title: 'contradicts another source' }, '⚠ contradicts · ') : null,
              `${f.kind} ${range(f.min, f.max)} — ${f.source}: `, h('q', {}, f.evidence.text));
          }))
          : h('p', { class: 'muted' }, 'no figures'),
        h('h4', {}, 'Events'),
        h('ul', {}, s.events.map((id) => {
          const e = eventsById.get(`${s.articleId}:${id}`);
          return h('li', {}, h('a', { href: `#/article/${encodeURIComponent(s.articleId)}?ev=${encodeURIComponent(id)}` }, `${id}: ${e ? `${e.type} / ${e.subType}` : ''}`),
            e?.tags.length ? h('small', {}, ` [${e.tags.join(', ')}]`) : null);
        }))))),
  );
}
