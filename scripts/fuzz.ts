// npm run fuzz [-- --minutes N]: the property tests run for N minutes (default 10) with fresh seeds;
// prints the cases tried per target and the first counterexample, if any (exit 1).
import fc from 'fast-check';
import { loadGeocoder } from '../src/extract/geocoder.js';
import { extractionProperty, headerProperty, readerProperty } from '../test/properties/properties.js';

const minutesArg = process.argv.indexOf('--minutes');
const minutes = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) : 10;
const geo = loadGeocoder(() => {});
const targets: [string, fc.IPropertyWithHooks<any>][] = [
  ['extract (gazetteer)', extractionProperty(geo, 5000)],
  ['extract (no gazetteer)', extractionProperty(null, 5000)],
  ['read', readerProperty],
  ['header', headerProperty],
];
const share = (minutes * 60_000) / targets.length;
let failed = false;
for (const [name, property] of targets) {
  const t0 = performance.now();
  let cases = 0;
  while (performance.now() - t0 < share) {
    const seed = Math.floor(Math.random() * 2 ** 31);
    const result = fc.check(property, { numRuns: 20, seed });
    cases += result.numRuns;
    if (result.failed) {
      failed = true;
      console.log(`${name}: FAILED after ${cases} cases (seed ${seed}, path ${result.counterexamplePath})\n${fc.defaultReportMessage(result)}`);
      break;
    }
  }
  console.log(`${name.padEnd(24)} ${String(cases).padStart(8)} cases in ${((performance.now() - t0) / 1000).toFixed(0)} s${failed ? '' : ', no failure'}`);
  if (failed) break;
}
process.exitCode = failed ? 1 : 0;
