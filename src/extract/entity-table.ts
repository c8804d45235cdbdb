/**
 * The entities of one document, with every mention. Later mentions join earlier entities:
 * "M. Azirbek" joins "Saltanat Azirbek", "OTSC" joins "Organisation du traité de sécurité collective".
 */
import { lexiconKey } from '../common/patterns.js';
import type { Entity, EntityKind, Evidence, Place, Status } from '../core/schema.js';
import { overlaps } from '../core/spans.js';

export interface NewEntity {
  kind: EntityKind;
  name: string;
  named: boolean;
  evidence: Evidence;
  rule: string;
  status?: Status;
  role?: { text: string; evidence: Evidence } | null;
  acronym?: string | null;
  category?: string | null;
  place?: Place | null;
  standsFor?: string | null;
}

/** Mentions and roles are at most this long, so a span lookup looks back no further. */
const LONGEST_SPAN = 400;
/** How many recent organisations a bare head ("le ministère") is compared with. */
const HEAD_LOOKBACK = 50;

interface Spanned { start: number; end: number; entity: Entity }

export class EntityTable {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity>();
  private readonly organisations: Entity[] = [];
  private readonly mentionStarts = new Map<Entity, Set<number>>();
  /** Every mention and role span, sorted by start when `sorted` is true: lookups stay logarithmic. */
  private readonly spans: Spanned[] = [];
  private sorted = true;

  /** Adds a mention, joining an entity of the same kind with the same name, acronym or surname. */
  add(e: NewEntity): Entity {
    const key = lexiconKey(e.name);
    const existing = this.byKey.get(`${e.kind}:${key}`)
      ?? (e.kind === 'person' ? this.bySurname.get(surnameOf(key)) : undefined)
      ?? (e.kind === 'organisation' && !e.named ? this.byHead(key) : undefined);
    if (existing) {
      const starts = this.mentionStarts.get(existing)!;
      if (!starts.has(e.evidence.start)) { starts.add(e.evidence.start); existing.mentions.push(e.evidence); this.index(e.evidence, existing); }
      if (!existing.role && e.role) { existing.role = e.role; this.index(e.role.evidence, existing); }
      if (e.name.length > existing.name.length && e.kind !== 'place') {
        existing.name = e.name;
        this.byKey.set(`${e.kind}:${lexiconKey(e.name)}`, existing);
      }
      return existing;
    }
    const entity: Entity = {
      id: `e${this.entities.length + 1}`,
      kind: e.kind,
      name: e.name,
      named: e.named,
      role: e.role ?? null,
      acronym: e.acronym ?? null,
      category: e.category ?? null,
      mentions: [e.evidence],
      place: e.place ?? null,
      standsFor: e.standsFor ?? null,
      status: e.status ?? 'known',
      rule: e.rule,
    };
    this.entities.push(entity);
    this.mentionStarts.set(entity, new Set([e.evidence.start]));
    this.index(e.evidence, entity);
    if (entity.role) this.index(entity.role.evidence, entity);
    this.byKey.set(`${e.kind}:${key}`, entity);
    if (e.acronym) this.byKey.set(`${e.kind}:${lexiconKey(e.acronym)}`, entity);
    if (e.kind === 'person' && !this.bySurname.has(surnameOf(key))) this.bySurname.set(surnameOf(key), entity);
    if (e.kind === 'organisation') this.organisations.push(entity);
    return entity;
  }

  /** "ministère" after "ministère de l'Intérieur": a bare head joins the last description it starts. */
  private byHead(key: string): Entity | undefined {
    const stop = Math.max(0, this.organisations.length - HEAD_LOOKBACK);
    for (let i = this.organisations.length - 1; i >= stop; i--) {
      const x = this.organisations[i]!;
      if (lexiconKey(x.name).startsWith(`${key} `)) return x;
    }
    return undefined;
  }

  find(kind: EntityKind, name: string): Entity | undefined {
    return this.byKey.get(`${kind}:${lexiconKey(name)}`);
  }

  findAny(name: string): Entity | undefined {
    const key = lexiconKey(name);
    for (const kind of ['organisation', 'media', 'person', 'place'] as const) {
      const hit = this.byKey.get(`${kind}:${key}`);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Is this span already part of a known mention or role? */
  covers(span: { start: number; end: number }): boolean {
    return this.overlapping(span) !== undefined;
  }

  /** The entity one of whose mentions (or role) overlaps the span. */
  atSpan(span: { start: number; end: number }): Entity | undefined {
    return this.overlapping(span);
  }

  private index(evidence: { start: number; end: number }, entity: Entity): void {
    const last = this.spans.at(-1);
    if (last && evidence.start < last.start) this.sorted = false;
    this.spans.push({ start: evidence.start, end: evidence.end, entity });
  }

  private overlapping(span: { start: number; end: number }): Entity | undefined {
    if (!this.sorted) { this.spans.sort((a, b) => a.start - b.start); this.sorted = true; }
    // The first span starting at or after span.end; overlaps can only be before it.
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.spans[mid]!.start < span.end) lo = mid + 1; else hi = mid; }
    for (let i = lo - 1; i >= 0; i--) {
      const s = this.spans[i]!;
      if (s.start < span.start - LONGEST_SPAN) break;
      if (overlaps(s, span)) return s.entity;
    }
    return undefined;
  }
}

/** "saltanat azirbek" → "azirbek": a later "M. Azirbek" is the same person. */
function surnameOf(key: string): string {
  return key.split(' ').at(-1)!;
}
