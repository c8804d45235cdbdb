/**
 * Who says so. Reporting clauses with or without quote marks (the seed's quotes were stripped):
 *   "…, a déclaré le porte-parole de la police Saltanat Azirbek, cité par les agences A, B et C"
 *   "…, a-t-il ajouté" (the last speaker)   "Selon M. Azirbek, …"   "D'après la télévision publique locale, …"
 *   "Les images diffusées dans les médias et sur les réseaux sociaux ont montré …"
 * One attribution per speaker; each clause adds the sentences it covers.
 */
import { firstMatch } from '../common/patterns.js';
import { evidenceAt, trimmedEvidence } from '../core/spans.js';
import type { Attribution, Evidence } from '../core/schema.js';
import type { Sentence } from '../text/segment.js';
import type { CompiledPack } from './compiled.js';
import { addReading, readPhrase } from './entities.js';
import type { EntityTable } from './entity-table.js';

type Via = Attribution['via'][number];

export class AttributionTracker {
  readonly attributions: Attribution[] = [];
  private lastSpeaker: Attribution | null = null;
  private lastAttribution: Attribution | null = null;
  private readonly bySpeaker = new Map<string, Attribution>();

  constructor(private readonly text: string, private readonly cp: CompiledPack, private readonly table: EntityTable) {}

  /** Reads the sentence's reporting clauses; returns the attributions that cover it. */
  read(sentence: Sentence): Attribution[] {
    const found: Attribution[] = [];
    const add = (a: Attribution | null) => { if (a && !found.includes(a)) found.push(a); };
    const { cp } = this;
    const s = sentence.text;

    const pronounSpans: { start: number; end: number }[] = [];
    for (const m of s.matchAll(cp.invertedPronoun)) {
      pronounSpans.push({ start: m.index!, end: m.index! + m[0].length });
      if (this.lastSpeaker) add(this.cover(this.lastSpeaker, sentence, this.ev(sentence, m.index!, m[0].length)));
    }
    // Spans come sorted and apart: a binary search keeps a sentence of many clauses linear.
    const inPronounForm = (at: number) => {
      let lo = 0;
      let hi = pronounSpans.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (pronounSpans[mid]!.start <= at) lo = mid + 1; else hi = mid; }
      const p = pronounSpans[lo - 1];
      return p !== undefined && at < p.end;
    };

    for (const m of s.matchAll(cp.reportingVerb)) {
      if (inPronounForm(m.index!)) continue;
      const verbEnd = m.index! + m[0].length;
      const before = s.slice(Math.max(0, m.index! - 4), m.index!);
      const rest = s.slice(verbEnd);
      const complement = cp.complementizerAtStart.test(rest);
      // "…, police said." / "…, a-t-il dit": nothing but punctuation after the verb.
      const closing = /^\s*(?:[.;:!?»"”]|$)/.test(rest);
      if (/,\s*$/.test(before) && !complement && !closing) {
        // Postposed: ", a déclaré SPEAKER[, cité par VIA]", ", said police spokesman John Smith".
        const speakerEnd = verbEnd + endOfPhrase(rest, cp);
        add(this.attribute(sentence, verbEnd, speakerEnd, this.ev(sentence, m.index!, m[0].length)));
      } else if (complement || closing || cp.pack.grammar.complementizerOptional) {
        // "SPEAKER a déclaré que …", "Police said five people were killed", "…, police said.":
        // the subject from the clause start.
        const clauseStart = Math.max(0, m.index! - MAX_PHRASE, s.lastIndexOf(',', m.index!) + 1);
        add(this.attribute(sentence, clauseStart, m.index!, this.ev(sentence, m.index!, m[0].length), false));
      }
    }

    // "a police spokesman told Reuters": the subject speaks, the object is the outlet.
    for (const m of s.matchAll(cp.told)) {
      if (inPronounForm(m.index!)) continue;
      const verbEnd = m.index! + m[0].length;
      const clauseStart = Math.max(0, s.lastIndexOf(',', m.index!) + 1);
      const attribution = this.attribute(sentence, clauseStart, m.index!, this.ev(sentence, m.index!, m[0].length), false);
      if (!attribution) continue;
      const listEnd = verbEnd + endOfPhrase(s.slice(verbEnd), cp, true);
      addVia(attribution, this.outlets(sentence, verbEnd, listEnd));
      add(attribution);
    }

    for (const m of s.matchAll(cp.accordingTo)) {
      const from = m.index! + m[0].length;
      const speakerEnd = from + endOfPhrase(s.slice(from), cp);
      add(this.attribute(sentence, from, speakerEnd, this.ev(sentence, m.index!, m[0].length)));
    }

    for (const m of s.matchAll(cp.imagery)) {
      add(this.imagery(sentence, m.index!, m[0].length));
    }
    return found;
  }

  private ev(sentence: Sentence, at: number, length: number): Evidence {
    return evidenceAt(this.text, sentence.start + at, sentence.start + at + length);
  }

  /** The speaker phrase [from, to) of the sentence, and the outlets that cited it right after. */
  private attribute(sentence: Sentence, from: number, to: number, cue: Evidence, withVia = true): Attribution | null {
    const { cp, text } = this;
    // "selon la même source": the source just cited.
    if (this.lastAttribution && cp.sameSourceAtStart.test(sentence.text.slice(from, to))) {
      return this.cover(this.lastAttribution, sentence, cue);
    }
    const reading = readPhrase(text, sentence.start + from, sentence.start + to, cp, 'organisation');
    if (!reading) return null;
    const speaker = addReading(this.table, reading, `${cp.pack.code}/attribution-speaker`);
    const via = withVia ? this.viaAfter(sentence, to) : [];
    const rule = `${cp.pack.code}/attribution-clause`;
    let attribution = this.bySpeaker.get(speaker.id);
    if (!attribution) {
      attribution = {
        id: `a${this.attributions.length + 1}`,
        speaker: { entityId: speaker.id, text: reading.evidence.text, evidence: reading.evidence },
        role: speaker.role,
        via: [], cues: [], covers: [], status: 'known', rule,
      };
      this.attributions.push(attribution);
      this.bySpeaker.set(speaker.id, attribution);
    }
    addVia(attribution, via);
    this.lastSpeaker = speaker.kind === 'person' ? attribution : this.lastSpeaker;
    this.lastAttribution = attribution;
    return this.cover(attribution, sentence, cue);
  }

  private cover(a: Attribution, sentence: Sentence, cue: Evidence): Attribution {
    // Sentences come in order, so a repeat can only be among the last few entries.
    if (!a.cues.slice(-4).some((c) => c.start === cue.start)) a.cues.push(cue);
    if (a.covers.at(-1) !== sentence.index) a.covers.push(sentence.index);
    return a;
  }

  /** ", cité par les agences Interfax-Kazakhstan, TASS et Ria Novosti" → three media. */
  private viaAfter(sentence: Sentence, at: number): Via[] {
    const { cp, text } = this;
    const rest = sentence.text.slice(at, at + MAX_PHRASE);
    cp.citedBy.lastIndex = 0;
    const m = firstMatch(cp.citedBy, rest);
    if (!m || !/^[\s,]*$/.test(rest.slice(0, m.index))) return [];
    const listStart = at + m.index + m[0].length;
    const listEnd = listStart + endOfPhrase(sentence.text.slice(listStart), cp, true);
    return this.outlets(sentence, listStart, listEnd);
  }

  /** The outlets of a list, item by item, up to the first item that does not name a medium. */
  private outlets(sentence: Sentence, from: number, to: number): Via[] {
    const { cp, text } = this;
    const out: Via[] = [];
    const list = sentence.text.slice(from, to);
    // "les agences A, B et C" / "dans les médias et sur les réseaux sociaux".
    const bounds: [number, number][] = [];
    let itemStart = 0;
    cp.listSplitter.lastIndex = 0;
    for (const m of list.matchAll(cp.listSplitter)) { bounds.push([itemStart, m.index!]); itemStart = m.index! + m[0].length; }
    bounds.push([itemStart, list.length]);
    for (const [a, b] of bounds) {
      const raw = list.slice(a, b);
      const item = raw.replace(cp.outletPrepositionAtStart, '');
      const reading = readPhrase(text, sentence.start + from + a + raw.length - item.length, sentence.start + from + b, cp, 'media');
      if (!reading) break;
      // A bare name in a list of outlets is an outlet ("…, TASS et Ria Novosti").
      if (reading.kind === 'person' && !reading.role) reading.kind = 'media';
      if (reading.kind !== 'media' || (!reading.named && !startsWithMediaHead(item, cp))) break;
      const entity = addReading(this.table, reading, `${cp.pack.code}/attribution-outlet`);
      out.push({ entityId: entity.id, text: reading.evidence.text, evidence: reading.evidence });
    }
    return out;
  }

  /** "Les images diffusées dans les médias et sur les réseaux sociaux ont montré …". */
  private imagery(sentence: Sentence, at: number, length: number): Attribution | null {
    const { cp } = this;
    const s = sentence.text;
    const after = at + length;
    const verb = cp.imageryVerb.exec(s.slice(after, after + MAX_PHRASE));
    const listEnd = verb ? after + verb.index : after + endOfPhrase(s.slice(after), cp);
    const cue = this.ev(sentence, at, listEnd - at);
    const via = this.outlets(sentence, after, listEnd);
    if (via.length === 0) return null;
    const speakerEv = this.ev(sentence, at, length);
    const attribution: Attribution = {
      id: `a${this.attributions.length + 1}`,
      speaker: { entityId: null, text: speakerEv.text, evidence: speakerEv },
      role: null, via, cues: [cue], covers: [sentence.index], status: 'known', rule: `${cp.pack.code}/attribution-imagery`,
    };
    this.attributions.push(attribution);
    return attribution;
  }
}

/**
 * A speaker or a list of outlets is never longer than this: bounding the search keeps a sentence
 * with thousands of reporting cues linear (each cue looks at the words near it, not at the rest).
 */
const MAX_PHRASE = 300;

const SENTENCE_STOP = /(?<!(?:^|\s)\p{Lu}\p{Ll}{0,2})[.;:!?»"”]/u;
const PHRASE_STOP = /(?<!(?:^|\s)\p{Lu}\p{Ll}{0,2})[,.;:!?»"”]/u;

/** Outlets beyond this many per speaker are noise (or an attack), not a citation chain. */
const MAX_VIA = 20;

function addVia(a: Attribution, via: Via[]): void {
  for (const v of via) {
    if (a.via.length >= MAX_VIA) return;
    if (!a.via.some((x) => x.entityId === v.entityId)) a.via.push(v);
  }
}

function startsWithMediaHead(item: string, cp: CompiledPack): boolean {
  const words = item.replace(cp.determinerAtStart, '').toLowerCase();
  return [...cp.mediaHeads].some((h) => words.startsWith(h));
}

/** Where a speaker or outlet list ends: a comma (unless the list goes on), a cited-by marker, or the sentence end. */
function endOfPhrase(text: string, cp: CompiledPack, isList = false): number {
  const rest = text.slice(0, MAX_PHRASE);
  cp.citedBy.lastIndex = 0;
  const cited = firstMatch(cp.citedBy, rest);
  let end = rest.length;
  if (cited && !isList) end = cited.index;
  // A full stop after an abbreviated title ("Selon M. Azirbek") does not end the phrase.
  const stop = isList ? SENTENCE_STOP : PHRASE_STOP;
  const m = stop.exec(rest.slice(0, end));
  if (m) end = m.index;
  const complement = cp.complementizerInside.exec(rest.slice(0, end));
  if (complement) end = complement.index;
  return end;
}
