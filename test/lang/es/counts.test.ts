// Spanish news sentences (EFE, Europa Press, AFP en español style): counts with their victims, who says
// so, and when, each value checked with its span against a fixed reference date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../helpers.js';

interface Expect {
  counts: { kind: string; min: number; max: number | null; who?: string; evidence?: string }[];
  speaker?: string;
  time?: { text: string; start: string; end?: string };
}
type Case = [sentence: string, date: string, expected: Expect];

const CASES: Case[] = [
  ['Al menos 12 personas murieron en un ataque contra un mercado en Gao, según fuentes locales.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 12, max: null, who: 'people', evidence: 'Al menos 12 personas murieron' }], speaker: 'fuentes locales' }],
  ['La explosión dejó tres muertos y una veintena de heridos, informó la policía.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 3, max: 3 }, { kind: 'injured', min: 18, max: 22 }], speaker: 'la policía' }],
  ['Unos 200 manifestantes fueron detenidos el sábado en Caracas, según la ONG Foro Penal.', '2019-01-29',
    { counts: [{ kind: 'arrested', min: 180, max: 220, who: 'protesters' }], speaker: 'la ONG Foro Penal', time: { text: 'el sábado', start: '2019-01-26' } }],
  ['Seis soldados perdieron la vida en la emboscada cerca de la frontera, dijo el ejército.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 6, max: 6, who: 'security-forces' }], speaker: 'el ejército' }],
  ['Dos policías resultaron heridos durante los enfrentamientos de anoche.', '2022-01-06',
    { counts: [{ kind: 'injured', min: 2, max: 2, who: 'security-forces' }], time: { text: 'anoche', start: '2022-01-05', end: '2022-01-06' } }],
  ['Más de 1.000 personas fueron arrestadas desde el inicio de las protestas.', '2022-01-06',
    { counts: [{ kind: 'arrested', min: 1001, max: null }] }],
  ['Cerca de 300 personas resultaron heridas, según los servicios de emergencia.', '2022-01-06',
    { counts: [{ kind: 'injured', min: 270, max: 300 }], speaker: 'los servicios de emergencia' }],
  ['Miles de personas se manifestaron el domingo en Santiago contra el Gobierno.', '2019-10-28',
    { counts: [{ kind: 'participants', min: 2000, max: 9999, who: 'protesters' }], time: { text: 'el domingo', start: '2019-10-27' } }],
  ['Un centenar de migrantes están desaparecidos en el Mediterráneo.', '2022-01-06',
    { counts: [{ kind: 'missing', min: 80, max: 120, who: 'civilians' }] }],
  ['Cinco trabajadores humanitarios fueron secuestrados el martes en el noreste de Nigeria.', '2022-01-06',
    { counts: [{ kind: 'kidnapped', min: 5, max: 5, who: 'civilians' }], time: { text: 'el martes', start: '2022-01-04' } }],
  ['La policía detuvo a 45 personas al margen de la concentración, informó el Ministerio del Interior.', '2022-01-06',
    { counts: [{ kind: 'arrested', min: 45, max: 45 }], speaker: 'el Ministerio del Interior' }],
  ['Al menos 1.350 personas han muerto desde el comienzo de la ofensiva.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 1350, max: null }] }],
  ['Decenas de guerrilleros fueron abatidos por el ejército, dijo el portavoz militar.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 20, max: 99, who: 'militants' }], speaker: 'el portavoz militar' }],
  ['Cientos de soldados fueron desplegados en la región el 5 de enero de 2022.', '2022-01-10',
    { counts: [{ kind: 'deployed', min: 200, max: 999, who: 'security-forces' }], time: { text: 'el 5 de enero de 2022', start: '2022-01-05' } }],
  ['El ejército mató a 30 rebeldes durante una operación en Kivu del Norte.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 30, max: 30, who: 'militants' }] }],
  ['Según la ONU, más de 5.000 civiles han muerto desde febrero.', '2022-06-06',
    { counts: [{ kind: 'killed', min: 5001, max: null, who: 'civilians' }], speaker: 'ONU' }],
  ['Alrededor de 2.500 personas fueron evacuadas a causa de los combates.', '2022-01-06',
    { counts: [{ kind: 'displaced', min: 2250, max: 2750 }] }],
  ['Al menos ocho miembros de las fuerzas de seguridad murieron y 317 resultaron heridos.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 8, max: null, who: 'security-forces' }, { kind: 'injured', min: 317, max: 317, who: 'security-forces' }] }],
  ['Trescientos diecisiete manifestantes resultaron heridos, afirmó el vocero de la policía Juan Pérez.', '2022-01-06',
    { counts: [{ kind: 'injured', min: 317, max: 317, who: 'protesters' }], speaker: 'Juan Pérez' }],
  ['Un policía fue asesinado el lunes pasado en Culiacán, informaron las autoridades.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 1, max: 1, who: 'security-forces' }], speaker: 'las autoridades', time: { text: 'el lunes pasado', start: '2022-01-03' } }],
  ['Una veintena de yihadistas fueron neutralizados por el ejército maliense, según un comunicado.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 18, max: 22, who: 'militants' }], speaker: 'un comunicado' }],
  ['Veintiún campesinos fueron asesinados el pasado domingo en el departamento del Cauca.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 21, max: 21, who: 'civilians' }], time: { text: 'el pasado domingo', start: '2022-01-02' } }],
  ['El atentado causó cuarenta y dos muertos, según informó la agencia EFE.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 42, max: 42, evidence: 'cuarenta y dos muertos' }], speaker: 'EFE' }],
  ['Ayer por la tarde, decenas de estudiantes fueron detenidos frente al Congreso.', '2022-01-06',
    { counts: [{ kind: 'arrested', min: 20, max: 99, who: 'civilians' }], time: { text: 'Ayer por la tarde', start: '2022-01-05' } }],
  ['Un hombre murió y otras cuatro personas resultaron heridas en el tiroteo, dijo la fiscalía.', '2022-01-06',
    { counts: [{ kind: 'killed', min: 1, max: 1 }, { kind: 'injured', min: 4, max: 4 }], speaker: 'la fiscalía' }],
];

for (const [sentence, date, e] of CASES) {
  test(`es: ${sentence}`, () => {
    const x = extract(sentence, date, 'es');
    const got = x.counts.map((c) => ({ kind: c.kind, min: c.min, max: c.max, who: c.who?.category, evidence: c.evidence.text }));
    assert.equal(got.length, e.counts.length, `counts found: ${JSON.stringify(got)}`);
    e.counts.forEach((c, i) => {
      const g = got[i]!;
      assert.equal(g.kind, c.kind, JSON.stringify(g));
      assert.equal(g.min, c.min, JSON.stringify(g));
      assert.equal(g.max, c.max, JSON.stringify(g));
      if (c.who) assert.equal(g.who, c.who, JSON.stringify(g));
      if (c.evidence) assert.equal(g.evidence, c.evidence);
    });
    if (e.speaker) {
      const names = x.attributions.flatMap((a) => [a.speaker.text, x.entities.find((en) => en.id === a.speaker.entityId)?.name]);
      assert.ok(names.includes(e.speaker), `speakers: ${JSON.stringify(names)}`);
    }
    if (e.time) {
      const t = x.times.find((k) => k.evidence?.text === e.time!.text);
      assert.ok(t, `times: ${JSON.stringify(x.times.map((k) => k.evidence?.text))}`);
      assert.equal(t.start, e.time.start);
      assert.equal(t.end, e.time.end ?? e.time.start);
    }
    for (const s of [...x.counts.map((c) => c.evidence), ...x.attributions.map((a) => a.speaker.evidence), ...x.times.flatMap((t) => (t.evidence ? [t.evidence] : []))]) {
      assert.equal(sentence.slice(s.start, s.end), s.text);
    }
  });
}
