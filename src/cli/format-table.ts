/** A readable summary for a person: one line per event (type, where, when, counts, source). */
import type { Event, Extraction } from '../core/schema.js';

function range(min: number, max: number | null): string {
  if (max === null) return `≥${min}`;
  return min === max ? String(min) : `${min}–${max}`;
}

function when(e: Event): string {
  if (!e.when) return '—';
  const day = e.when.start === e.when.end ? e.when.start : `${e.when.start}/${e.when.end}`;
  const extra = [e.when.weekday, e.when.partOfDay].filter(Boolean).join(' ');
  return `${day}${extra ? ` (${extra})` : ''}${e.when.status === 'implied' ? '*' : ''}`;
}

function where(e: Event): string {
  if (!e.where) return '—';
  const name = e.where.place ? `${e.where.place.name}${e.where.place.country ? `, ${e.where.place.country}` : ''}` : e.where.mention;
  const also = e.alsoAt.length ? ` +${e.alsoAt.map((w) => w.place?.name ?? w.mention).join(', ')}` : '';
  return `${name}${also}${e.where.status === 'implied' ? '*' : ''}`;
}

export function formatTable(x: Extraction): string {
  const lines: string[] = [];
  const date = x.doc.date ? `${x.doc.date.value} (${x.doc.date.precision})` : 'no date';
  lines.push(`# ${x.doc.file ?? x.doc.id} — ${x.doc.lang}, ${date}, ${x.events.length} events`);
  const speakers = new Map(x.attributions.map((a) => [a.id, a.speaker.text + (a.via.length ? ` via ${a.via.map((v) => v.text).join(', ')}` : '')]));
  for (const e of x.events) {
    const counts = e.counts.map((c) => `${c.kind} ${range(c.min, c.max)}${c.who ? ` ${c.who.category}` : ''}`).join('; ') || '—';
    const sources = e.sources.map((id) => speakers.get(id)).filter(Boolean).join(' | ') || '—';
    const tags = e.tags.length ? ` [${e.tags.join(', ')}]` : '';
    lines.push([`${e.id.padEnd(5)}${e.type} / ${e.subType}${tags}`, `where: ${where(e)}`, `when: ${when(e)}`, `counts: ${counts}`, `source: ${sources}`].join('  |  '));
  }
  for (const w of x.warnings) lines.push(`! ${w.code}: ${w.message}`);
  lines.push('(* implied from context, not stated in the event\'s sentence)');
  return lines.join('\n');
}
