/**
 * One article: its text with every evidence span highlighted by kind (counts, places, dates,
 * actors, sources, event cues), and beside it each event with its fields. Hovering or focusing a
 * field lights up its span in the text. The text is put in text nodes, never parsed as HTML.
 */
import { clear, h, range } from './dom.js';
import type { ArticleDetail, Event, Evidence, Extraction } from './types.js';
import { TYPE_COLOURS } from './types.js';

export const SPAN_KINDS = ['count', 'place', 'date', 'actor', 'source', 'cue'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];
const KIND_LABEL: Record<SpanKind, string> = { count: 'counts', place: 'places', date: 'dates', actor: 'actors', source: 'sources', cue: 'event cues' };
/** when spans overlap, the segment shows the most specific kind first */
const PRIORITY: SpanKind[] = ['count', 'date', 'place', 'source', 'actor', 'cue'];

interface Span { start: number; end: number; kind: SpanKind }

export function spansOf(x: Extraction): Span[] {
  const spans: Span[] = [];
  const add = (e: Evidence | null | undefined, kind: SpanKind) => {
    if (e && e.end > e.start) spans.push({ start: e.start, end: e.end, kind });
  };
  for (const c of x.counts) add(c.evidence, 'count');
  for (const t of x.times) add(t.evidence, 'date');
  for (const en of x.entities) {
    const kind: SpanKind | null = en.kind === 'place' ? 'place' : en.kind === 'media' ? 'source' : en.kind === 'person' || en.kind === 'organisation' ? 'actor' : null;
    if (kind) for (const m of en.mentions) add(m, kind);
  }
  for (const a of x.attributions) {
    add(a.speaker.evidence, 'source');
    for (const v of a.via) add(v.evidence, 'source');
    for (const cue of a.cues) add(cue, 'source');
  }
  for (const e of x.events) {
    add(e.where?.evidence, 'place');
    for (const w of e.alsoAt) add(w.evidence, 'place');
    add(e.when?.evidence, 'date');
    add(e.actor1?.evidence, 'actor');
    add(e.actor2?.evidence, 'actor');
    for (const t of e.triggers) add(t, 'cue');
  }
  return spans;
}

/** The first sentence of an untitled article, as its heading. */
function lead(text: string): string | null {
  const first = text.trim().split(/(?<=[.!?])\s|\n/)[0] ?? '';
  if (!first) return null;
  return first.length > 90 ? `${first.slice(0, 88).replace(/\s+\S*$/, '')}…` : first;
}

interface Segment { start: number; end: number; el: HTMLElement }

export function renderArticle(root: HTMLElement, a: ArticleDetail, focusEvent: string, back: () => void): void {
  clear(root);
  const x = a.extraction;
  const text = a.text;
  const spans = spansOf(x);
  // cut the text at every span boundary; each piece is marked with the kinds that cover it
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((p, q) => p - q);
  const segments: Segment[] = [];
  const body = h('div', { class: 'article-text', id: 'article-text', lang: x.doc.lang });
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const kinds = new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.kind));
    const piece = text.slice(start, end);
    if (kinds.size === 0) {
      body.append(document.createTextNode(piece));
      continue;
    }
    const main = PRIORITY.find((k) => kinds.has(k))!;
    const el = h('mark', { class: `span k-${main}`, 'data-kinds': [...kinds].join(' '), 'data-start': start, 'data-end': end }, piece);
    segments.push({ start, end, el });
    body.append(el);
  }

  const light = (start: number, end: number, on: boolean) => {
    let first: HTMLElement | null = null;
    for (const s of segments) {
      if (s.start < end && s.end > start) {
        s.el.classList.toggle('hot', on);
        first ??= s.el;
      }
    }
    if (on && first) {
      const r = first.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };

  const legend = h('fieldset', { class: 'legend', 'aria-label': 'highlighted kinds' },
    h('legend', {}, 'Highlight'),
    SPAN_KINDS.map((k) => {
      const box = h('input', { type: 'checkbox', checked: true, 'data-kind': k });
      box.addEventListener('change', () => body.classList.toggle(`hide-${k}`, !box.checked));
      return h('label', { class: `chip k-${k}` }, box, KIND_LABEL[k]);
    }));

  const field = (label: string, value: string, ev: Evidence | null | undefined, status?: string, rule?: string) => {
    const implied = status === 'implied';
    const el = h('div', { class: `field${ev ? ' has-span' : ''}${implied ? ' implied' : ''}`, tabindex: ev ? 0 : null, title: rule ? `rule: ${rule}${implied ? ' (implied)' : ''}` : null, 'data-field': label },
      h('span', { class: 'field-label' }, label),
      h('span', { class: 'field-value' }, value, implied ? h('span', { class: 'implied-mark', title: 'implied: inferred from context, not stated in the sentence' }, ' *') : null),
      ev ? h('q', { class: 'field-evidence' }, ev.text) : null);
    if (ev) {
      el.addEventListener('mouseenter', () => light(ev.start, ev.end, true));
      el.addEventListener('mouseleave', () => light(ev.start, ev.end, false));
      el.addEventListener('focus', () => light(ev.start, ev.end, true));
      el.addEventListener('blur', () => light(ev.start, ev.end, false));
    }
    return el;
  };

  const sourceText = (id: string) => {
    const at = x.attributions.find((s) => s.id === id);
    if (!at) return { text: id, ev: null };
    return { text: at.via.length ? `${at.speaker.text} via ${at.via.map((v) => v.text).join(', ')}` : at.speaker.text, ev: at.speaker.evidence };
  };

  const eventCard = (e: Event) => h('article', { class: `event-card${e.id === focusEvent ? ' focused' : ''}`, id: `event-${e.id}`, 'aria-label': `${e.id} ${e.type}` },
    h('h3', {},
      h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[e.type] ?? '#555'}` }),
      `${e.id} · ${e.type}`, h('small', {}, ` ${e.subType}`)),
    e.tags.length ? h('div', { class: 'tags' }, e.tags.map((t) => h('span', { class: 'tag' }, t))) : null,
    field('cue', e.trigger.text, e.trigger, 'known', e.rule),
    e.actor1 ? field('actor 1', `${e.actor1.name} (${e.actor1.category})`, e.actor1.evidence, e.actor1.status, e.actor1.rule) : null,
    e.actor2 ? field('actor 2', `${e.actor2.name} (${e.actor2.category})`, e.actor2.evidence, e.actor2.status, e.actor2.rule) : null,
    e.where ? field('where', e.where.place ? `${e.where.place.name}, ${e.where.place.countryName ?? e.where.place.country ?? ''} (${e.where.place.lat.toFixed(2)}, ${e.where.place.lon.toFixed(2)})` : e.where.mention, e.where.evidence, e.where.status, e.where.rule) : null,
    e.when ? field('when', `${e.when.start === e.when.end ? e.when.start : `${e.when.start} – ${e.when.end}`}${e.when.weekday ? ` (${e.when.weekday})` : ''}${e.when.partOfDay ? ` ${e.when.partOfDay}` : ''}`, e.when.evidence, e.when.status, e.when.rule) : null,
    e.counts.map((c) => field(c.kind, `${range(c.min, c.max)}${c.who ? ` ${c.who.category}` : ''}`, c.evidence, c.status, c.rule)),
    e.sources.map((s) => {
      const src = sourceText(s);
      return field('source', src.text, src.ev, 'known');
    }),
    e.partOf ? h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'part of'), h('span', { class: 'field-value' }, e.partOf)) : null,
    h('div', { class: 'field' }, h('span', { class: 'field-label' }, 'confidence'), h('span', { class: 'field-value' }, e.confidence.toFixed(2))));

  const doc = x.doc;
  root.append(
    h('div', { class: 'detail-head' },
      h('button', { type: 'button', class: 'back', onclick: back }, '← Back to overview'),
      h('h2', { id: 'detail-title', tabindex: -1 }, doc.title ?? lead(text) ?? `Article ${doc.id}`),
      h('p', { class: 'meta' },
        [doc.date ? `${doc.date.value}` : 'undated', doc.lang, doc.source, `${x.events.length} event${x.events.length === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
        a.incidents.length ? ' · incidents: ' : null,
        a.incidents.flatMap((id, i) => [i > 0 ? ', ' : null, h('a', { href: `#/incident/${encodeURIComponent(id)}` }, id)]),
        doc.url ? [' · ', h('a', { href: /^https?:\/\//.test(doc.url) ? doc.url : '#', rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null),
      legend),
    h('div', { class: 'article-layout' },
      h('section', { class: 'article-pane', 'aria-label': 'article text' }, body),
      h('section', { class: 'events-pane', 'aria-label': 'events' }, h('h2', {}, 'Events'), x.events.map(eventCard),
        x.warnings.length ? h('div', { class: 'warnings' }, x.warnings.map((w) => h('p', {}, `⚠ ${w.message}`))) : null)),
  );
  const card = focusEvent ? document.getElementById(`event-${focusEvent}`) : null;
  const pane = root.querySelector<HTMLElement>('.events-pane');
  // scroll the events pane only: the page itself stays at the article's head
  if (card && pane) pane.scrollTop = card.offsetTop - pane.offsetTop - 30;
}
