/**
 * Event cues in a sentence, grouped into frames: one frame per clause that holds a main cue.
 * "…se sont déployés jeudi matin sur la principale place d'Almaty, où plusieurs centaines de personnes
 * ont de nouveau manifesté…" is two frames (deployment, protest); "magasins pillés … incendiés …
 * tandis que des tirs …" is one (the gunfire is a secondary cue and joins it).
 */
import { firstMatch, lexiconKey } from '../common/patterns.js';
import { evidenceAt, overlaps } from '../core/spans.js';
import type { Evidence } from '../core/schema.js';
import type { CompiledPack, CompiledTrigger } from '../extract/compiled.js';
import type { Sentence } from '../text/segment.js';

export interface Cue { trigger: CompiledTrigger; evidence: Evidence }

export interface Frame {
  sentence: Sentence;
  clause: { start: number; end: number };
  main: Cue;
  cues: Cue[];
}

/** `times`: the sentence's time expressions; a cue inside one is part of a date ("March 17, 2011"). */
export function findFrames(text: string, sentence: Sentence, cp: CompiledPack, times: readonly Evidence[] = []): Frame[] {
  if (sentence.heading) return [];
  const cues: Cue[] = [];
  const add = (trigger: CompiledTrigger, at: number, length: number) => {
    const ev = evidenceAt(text, sentence.start + at, sentence.start + at + length);
    if (times.some((t) => t.start <= ev.start && ev.end <= t.end)) return;
    // "responsible for attacks against …": a record, not an event.
    if (cp.irrealisAtEnd.test(text.slice(Math.max(sentence.start, ev.start - 60), ev.start))) return;
    // The longest cue wins where two overlap ("accès à Internet … hors service" over "service").
    const clash = cues.findIndex((c) => overlaps(c.evidence, ev));
    if (clash >= 0) {
      if (cues[clash]!.evidence.text.length >= ev.text.length) return;
      cues.splice(clash, 1);
    }
    cues.push({ trigger, evidence: ev });
  };
  cp.triggerPhrase.lastIndex = 0;
  for (const m of sentence.text.matchAll(cp.triggerPhrase)) {
    const trigger = cp.triggerOfPhrase.get(lexiconKey(m[0]));
    if (trigger) add(trigger, m.index!, m[0].length);
  }
  for (const t of cp.patternTriggers) {
    t.regex.lastIndex = 0;
    for (const m of sentence.text.matchAll(t.regex)) add(t, m.index!, m[0].length);
  }
  if (cues.length === 0) return [];
  cues.sort((a, b) => a.evidence.start - b.evidence.start);

  // A clause about a flood or a road accident holds no violent event; a protest about one is still a protest.
  const clauses = clausesOf(sentence, cp);
  const harmless = clauses.filter((c) => isNonConflict(text, c, cp));
  const kept = cues.filter((c) => c.trigger.def.type === 'Protests' || !harmless.some((h) => c.evidence.start >= h.start && c.evidence.start < h.end));
  cues.splice(0, cues.length, ...kept);
  const frames: Frame[] = [];
  for (const clause of clauses) {
    const inClause = cues.filter((c) => c.evidence.start >= clause.start && c.evidence.start < clause.end);
    const main = heaviest(inClause.filter((c) => !c.trigger.def.secondary));
    if (main) frames.push({ sentence, clause, main, cues: inClause });
    else if (inClause.length) {
      const previous = frames.at(-1);
      if (previous) { previous.cues.push(...inClause); previous.clause = { start: previous.clause.start, end: clause.end }; }
      else frames.push({ sentence, clause, main: inClause[0]!, cues: inClause });
    }
  }
  // A frame of secondary cues only is kept when nothing else in the sentence speaks of an event.
  return frames;
}

/** The first of the heaviest cues. */
function heaviest(cues: Cue[]): Cue | undefined {
  let best: Cue | undefined;
  for (const c of cues) if (!best || (c.trigger.def.weight ?? 0) > (best.trigger.def.weight ?? 0)) best = c;
  return best;
}

/** A clause about a flood, a road accident or an epidemic holds no political-violence event. */
export function isNonConflict(text: string, span: { start: number; end: number }, cp: CompiledPack): boolean {
  cp.nonConflict.lastIndex = 0;
  return firstMatch(cp.nonConflict, text.slice(span.start, span.end)) !== null;
}

function clausesOf(sentence: Sentence, cp: CompiledPack): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = sentence.start;
  cp.clauseBoundary.lastIndex = 0;
  for (const m of sentence.text.matchAll(cp.clauseBoundary)) {
    const at = sentence.start + m.index!;
    if (at > start) out.push({ start, end: at });
    start = at;
  }
  out.push({ start, end: sentence.end });
  return out;
}
