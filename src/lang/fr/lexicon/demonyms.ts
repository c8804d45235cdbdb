// PLACEHOLDER written by the pipeline engineer so the build compiles; the geocoding work replaces this file whole.
export const demonyms: Readonly<Record<string, string>> = { kazakh: 'KZ', kazakhe: 'KZ', kazakhs: 'KZ', russe: 'RU', russes: 'RU', français: 'FR', française: 'FR', américain: 'US', américaine: 'US' };
