// Bounded property runs in CI; `npm run fuzz` runs the same properties for minutes.
import { test } from 'node:test';
import fc from 'fast-check';
import { loadGeocoder } from '../../src/extract/geocoder.js';
import { extractionProperty, headerProperty, readerProperty } from './properties.js';

const geo = loadGeocoder(() => {});

test('property: extraction never throws, keeps every span valid and every range ordered (with gazetteer)', () => {
  fc.assert(extractionProperty(geo, 5000), { numRuns: 100, seed: 20221 });
});

test('property: extraction without gazetteer keeps the same promises', () => {
  fc.assert(extractionProperty(null, 5000), { numRuns: 60, seed: 20222 });
});

test('property: reading any bytes gives an article or a failure that names the input', () => {
  fc.assert(readerProperty, { numRuns: 300, seed: 20223 });
});

test('property: the header split keeps the text a suffix of the input', () => {
  fc.assert(headerProperty, { numRuns: 500, seed: 20224 });
});
