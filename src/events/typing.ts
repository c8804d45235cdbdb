/**
 * Types an event by who acts on whom, as ACLED's codebook does: the same "assault" is Riots when
 * rioters storm a police station, Violence against civilians when armed men attack villagers,
 * and Battles between two armed, organised sides.
 */
import type { ActorCategory, EventType } from '../core/schema.js';

export function typeByActors(a1: ActorCategory | null, a2: ActorCategory | null): { type: EventType; subType: string; rule: string } {
  const has = (c: ActorCategory) => a1 === c || a2 === c;
  if (has('rioters')) return { type: 'Riots', subType: 'Mob violence', rule: 'type/rioters-involved' };
  if (has('protesters') && has('state-forces')) return { type: 'Protests', subType: 'Excessive force against protesters', rule: 'type/force-against-protesters' };
  if (a2 === 'civilians') return { type: 'Violence against civilians', subType: 'Attack', rule: 'type/civilians-targeted' };
  return { type: 'Battles', subType: 'Armed clash', rule: 'type/armed-sides' };
}
