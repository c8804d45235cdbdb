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

export class EntityTable {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();

  /** Adds a mention, joining an entity of the same kind with the same name, acronym or surname. */
  add(e: NewEntity): Entity {
    const key = lexiconKey(e.name);
    const existing = this.byKey.get(`${e.kind}:${key}`)
      ?? (e.kind === 'person' ? this.personBySurname(key) : undefined)
      ?? (e.kind === 'organisation' && !e.named ? this.byHead(key) : undefined);
    if (existing) {
      if (!existing.mentions.some((m) => m.start === e.evidence.start)) existing.mentions.push(e.evidence);
      if (!existing.role && e.role) existing.role = e.role;
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
    this.byKey.set(`${e.kind}:${key}`, entity);
    if (e.acronym) this.byKey.set(`${e.kind}:${lexiconKey(e.acronym)}`, entity);
    return entity;
  }

  /** "ministère" after "ministère de l'Intérieur": a bare head joins the last description it starts. */
  private byHead(key: string): Entity | undefined {
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const x = this.entities[i]!;
      if (x.kind === 'organisation' && lexiconKey(x.name).startsWith(`${key} `)) return x;
    }
    return undefined;
  }

  /** "Azirbek" → "Saltanat Azirbek" (and the reverse: a full name joins a surname seen first). */
  private personBySurname(key: string): Entity | undefined {
    const last = key.split(' ').at(-1);
    return this.entities.find((x) => x.kind === 'person' && lexiconKey(x.name).split(' ').at(-1) === last);
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
    return this.entities.some((e) => e.mentions.some((m) => overlaps(m, span)) || (e.role !== null && overlaps(e.role.evidence, span)));
  }

  atSpan(span: { start: number; end: number }): Entity | undefined {
    return this.entities.find((e) => e.mentions.some((m) => overlaps(m, span)));
  }
}
