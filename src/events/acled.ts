/**
 * ACLED's event taxonomy (6 types, 25 sub-types) and actor categories ("inter" codes 1–8), as in
 * ACLED's codebook. The only place these names are written.
 */
import type { ActorCategory, EventType } from '../core/schema.js';

export const ACLED_SUB_TYPES: Readonly<Record<EventType, readonly string[]>> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};

export const ACLED_INTER: Readonly<Record<ActorCategory, number>> = {
  'state-forces': 1, 'rebel-group': 2, 'political-militia': 3, 'identity-militia': 4,
  rioters: 5, protesters: 6, civilians: 7, 'external-other': 8,
};

export const VIOLENT_TYPES: ReadonlySet<EventType> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

export function isAcledSubType(type: EventType, subType: string): boolean {
  return ACLED_SUB_TYPES[type].includes(subType);
}
