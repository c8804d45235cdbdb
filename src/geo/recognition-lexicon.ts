// Per-language words that steer toponym recognition (folded forms: lower case, no accents).
//   stopwords: capitalised at a sentence start or in ALL-CAPS copy, yet not places
//              ("Selon", "Plusieurs", "AS", "OF" — As and Of are towns in Belgium and Turkey)
//   cues:      generic heads written before a name, often lower case ("mer Caspienne", "lac Léman",
//              "Gulf of Aden"); a match may start on them
//   suffixes:  generic heads written after a name ("Avoyelles Parish", "Orange County"): a
//              capitalised word before them is a place even when the gazetteer lacks it
//   titles:    words before a person's name ("M. Azirbek", "Gen. Grant"): the next name is a person
//   connectors: "of", "de": "Chamber of Commerce" is an organisation, not the town of Commerce
//   nonPlaces: phrases that match a small town but nearly always mean something else ("White House")
//   commonWords: dictionary words that are also small towns ("Commerce", "Union"): not a place
//              when alone, unless a bigger place has that name
//   streetsAfter / streetsBefore: a name with one of these after it ("Addison Street", "Franklin and
//              Odessa streets") or before it ("rue de Paris", "calle Madrid") names a street
// These belong with the language packs; they live here until src/lang/<code>/ has a geo lexicon.
import { townNamesThatAreCommonWords } from './common-words-en.js';

export interface RecognitionLexicon {
  stopwords: ReadonlySet<string>;
  cues: ReadonlySet<string>;
  suffixes: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  nonPlaces: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  /** Prepositions before a place ("in", "near", "à", "en"): in all-caps copy they vouch for a town. */
  locatives: ReadonlySet<string>;
  /** Heads after a name that make it a place even when the gazetteer lacks it ("Avoyelles Parish",
   * "Catawba River", "Elbow Lake"): stricter than `suffixes`, since "District" and "Region" also
   * head organisations ("School District"). */
  placeSuffixes: ReadonlySet<string>;
  /** Common first names that are also towns ("Michael", "Paul", "Charlotte"): alone, a place only
   * after a locative preposition ("in Charlotte"). */
  firstNames: ReadonlySet<string>;
  /** Street heads written after a name ("Addison Street", "Franklin Ave."): the name is a street's. */
  streetsAfter: ReadonlySet<string>;
  /** Street heads written before a name, with an optional connector ("rue de Paris", "avenida Brasil"). */
  streetsBefore: ReadonlySet<string>;
  /** Plural street heads after a list of names ("Franklin and Odessa streets"), and the word that joins it. */
  streetListsAfter: ReadonlySet<string>;
  listJoiners: ReadonlySet<string>;
  /** The country whose admin-1 codes the news writes after a town ("Butte, ND", "ALVIN, TX"), when they are
   * the gazetteer's codes of that country's regions; null where the language's news does not. */
  regionCodesOf: string | null;
  /** Words after a town's name for its own agencies ("Flint police", "the Douglas Police Department"):
   * they vouch for the name as a place. */
  agencies: ReadonlySet<string>;
}

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

// Compass words: GeoNames has admin-1 regions called "Sud", "Nord", "Centre", "Ouest" (Haiti,
// Cameroon, Burkina Faso…), which a French text means as directions.
const COMPASS = 'nord sud est ouest centre north south east west center centre central norte sur este oeste centro nord-est nord-ouest sud-est sud-ouest';

const EN_STOPWORDS = words(`${COMPASS}
a about above after again against all also although am among an and another any are around as at away back be because
been before being below between both but by can could did do does doing done down during each either even ever every few
for from further get got had has have having he her here hers him his how however i if in inside into is it its itself just
last least less like made make many may me might more most much must my near never new next no nor not now of off on once
one only onto or other our out over own per perhaps please same says said see several she should since so some still such
than that the their them then there these they this those though three through thus to today too two under until up upon
us very via was we well were what when where whether which while who whom whose why will with within without would yes yet
you your yesterday tomorrow tonight meanwhile earlier later according police army government president minister officials
official state states national federal city county news report reports reported people man men woman women children group
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december mr mrs ms dr st sen rep gov gen lt col sgt capt prof jr sr inc co corp ltd
first second third world war north south east west northern southern eastern western central international united
god christmas easter internet online video photo twitter facebook la le el de del des van von der san santa
northeast northwest southeast southwest jan feb mar apr jun jul aug sep sept oct nov dec arab arabs
miss mass wash ill pa ga mo del ore ind md va vt ky mont tex me
`);

const FR_STOPWORDS = words(`${COMPASS}
a au aux avec ce ces cet cette dans de des du elle elles en est et il ils je la le les leur leurs lui mais me meme mes moi mon
ne nos notre nous on ou par pas plus pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y
apres avant selon plusieurs depuis pendant contre chez entre sans sous vers lors alors ainsi aussi encore deja donc or car
tout tous toute toutes certains certaines d l c s n j m qu jusqu puis cependant toutefois enfin hier aujourd demain
lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre
novembre decembre m mm mme mlle dr gal president ministre police gouvernement etat armee selon la nuit soir matin
internet cela ceci celui celle ceux durant malgre parmi outre ensuite neanmoins pourtant certes bref voici voila
lorsque quand comme si tandis pourquoi comment combien chaque aucun aucune nombre beaucoup peu trop tres moins mieux
pere mere fils fille monde terre defense justice interieur culture sante education travail economie finances
ministere assemblee senat conseil parti union republique front gauche droite nation nations unies
san santa saint sainte los las el del
`);

const ES_STOPWORDS = words(`${COMPASS}
a al ante bajo con contra de del desde durante el ella ellas ellos en entre es esta este esto estos hacia hasta la las le les
lo los mas me mi no nos o os para pero por que se segun sin sobre su sus tambien te tras tu un una unos unas y ya
ayer hoy manana asi aunque cuando donde mientras luego despues antes varios varias algunos algunas todo todos toda todas
lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre
noviembre diciembre sr sra dr gral presidente ministro policia gobierno estado ejercito internet
san santa santo los las el del defensa justicia interior mundo tierra partido union republica
`);

const EN_CUES = words('lake mount mt gulf bay sea ocean river strait cape isle island islands port fort lac');
const FR_CUES = words('mer golfe lac mont fleuve riviere detroit ile iles cap ocean port fort baie');
const ES_CUES = words('mar golfo lago monte rio estrecho isla islas cabo oceano puerto bahia');

const EN_SUFFIXES = words('county parish province region district oblast governorate prefecture township borough valley river lake mountains island islands peninsula');
const FR_SUFFIXES = words('province region departement district oblast gouvernorat');
const ES_SUFFIXES = words('provincia region departamento distrito municipio');

const EN_TITLES = words('mr mrs ms miss dr st sen rep gov gen lt col sgt capt prof president minister judge officer sheriff chief mayor pope king queen prince sir lord saint');
const FR_TITLES = words('m mm mme mlle dr gal president ministre juge maire pape roi reine prince general colonel capitaine');
const ES_TITLES = words('sr sra srta dr gral presidente ministro juez alcalde papa rey reina principe general coronel capitan');

const EN_PLACE_SUFFIXES = words('county parish province oblast governorate prefecture township borough river lake valley mountains island islands peninsula');
const FR_PLACE_SUFFIXES = words('province departement oblast gouvernorat prefecture');
const ES_PLACE_SUFFIXES = words('provincia departamento municipio');

const EN_FIRST_NAMES = words(`
aaron adam alan albert alex alexander alice alison sandy amanda amy andrew angela ann anna anne anthony arthur barbara barry ben
benjamin beth betty bill bob brandon brenda brian bruce carl carol caroline catherine charles charlie charlotte chris
christine christopher claire clara craig daniel david dean deborah dennis diana diane donald donna doris dorothy douglas
edward elaine elizabeth ellen emily emma eric eugene evelyn frank fred gary george gerald gloria gordon grace greg harold
harry harvey helen henry howard ian jack jacob james jane janet jason jean jeff jennifer jerry jessica jill jim joan joe
john jonathan joseph joyce judith judy julia julie justin karen kate katherine keith kelly kenneth kevin larry laura
lawrence linda lisa louis louise margaret maria marie mark martha martin mary matthew melissa michael michelle mike nancy
nathan neil nicholas nigel norman pamela patricia patrick paul peter philip rachel ralph raymond rebecca richard robert
roger ronald rose roy russell ruth ryan sam samuel sandra sarah scott sharon simon stephen steve steven susan terry thomas
timothy tom tony victoria virginia walter wayne william zachary
austin brandon madison tyler elijah miles casey travis marcus darius dexter tyrone
`);
// News in every language quotes English-speaking people: their first names count everywhere.
const FR_FIRST_NAMES = words(`${[...EN_FIRST_NAMES].join(' ')} jean pierre marie michel francois jacques philippe nicolas alain louis paul anne catherine christine isabelle nathalie sophie sandy`);
const ES_FIRST_NAMES = words(`${[...EN_FIRST_NAMES].join(' ')} jose juan carlos luis maria jesus antonio manuel francisco pedro miguel ana carmen rosa pablo`);

const EN_LOCATIVES = words('in at near from to into outside toward towards');
const FR_LOCATIVES = words('a au aux en dans pres vers de depuis');
const ES_LOCATIVES = words('en a cerca hacia desde de');

const EN_STREETS_AFTER = words('street streets st avenue avenues ave road roads rd boulevard blvd lane ln drive parkway pkwy');
const EN_STREET_LISTS_AFTER = words('streets roads avenues boulevards lanes drives');
const NO_STREETS: ReadonlySet<string> = new Set();
const FR_STREETS_BEFORE = words('rue avenue boulevard bd place quai impasse allee chemin route');
const ES_STREETS_BEFORE = words('calle avenida av paseo plaza carrera calzada');

const EN_CONNECTORS = words('of for');
const FR_CONNECTORS = words('de du des pour');
const ES_CONNECTORS = words('de del para');

const phrases = (...list: string[]): ReadonlySet<string> => new Set(list);
const EN_NON_PLACES = phrases('white house', 'el nino', 'la nina', 'notre dame', 'new age', 'big apple', 'hamas', 'toyota', 'honda', 'xinhua', 'cadillac', 'alcoa', 'motown',
  // "Metro Nashville Police", "metro Atlanta": the metropolitan area or its agencies, not Metro in Lampung.
  'metro',
  // "the Fourth of July", "Indy's west side", "Mann's Bar", "told Channel 3": Fürth, India, Bar (Montenegro), the Channel.
  'fourth', 'indy', 'bar', 'channel');
const FR_NON_PLACES = phrases('maison blanche', 'el nino', 'la nina');
const ES_NON_PLACES = phrases('casa blanca', 'el nino', 'la nina');

const LEXICONS: Readonly<Record<string, RecognitionLexicon>> = {
  en: { stopwords: EN_STOPWORDS, cues: EN_CUES, suffixes: EN_SUFFIXES, titles: EN_TITLES, connectors: EN_CONNECTORS, nonPlaces: EN_NON_PLACES, commonWords: townNamesThatAreCommonWords, locatives: EN_LOCATIVES, placeSuffixes: EN_PLACE_SUFFIXES, firstNames: EN_FIRST_NAMES, streetsAfter: EN_STREETS_AFTER, streetsBefore: NO_STREETS, streetListsAfter: EN_STREET_LISTS_AFTER, listJoiners: words('and'), regionCodesOf: 'US', agencies: words('police sheriff sheriffs fire') },
  // French and Spanish news capitalise few common words mid-sentence: no common-word list yet.
  fr: { stopwords: FR_STOPWORDS, cues: FR_CUES, suffixes: FR_SUFFIXES, titles: FR_TITLES, connectors: FR_CONNECTORS, nonPlaces: FR_NON_PLACES, commonWords: new Set(), locatives: FR_LOCATIVES, placeSuffixes: FR_PLACE_SUFFIXES, firstNames: FR_FIRST_NAMES, streetsAfter: NO_STREETS, streetsBefore: FR_STREETS_BEFORE, streetListsAfter: NO_STREETS, listJoiners: words('et'), regionCodesOf: null, agencies: new Set() },
  es: { stopwords: ES_STOPWORDS, cues: ES_CUES, suffixes: ES_SUFFIXES, titles: ES_TITLES, connectors: ES_CONNECTORS, nonPlaces: ES_NON_PLACES, commonWords: new Set(), locatives: ES_LOCATIVES, placeSuffixes: ES_PLACE_SUFFIXES, firstNames: ES_FIRST_NAMES, streetsAfter: NO_STREETS, streetsBefore: ES_STREETS_BEFORE, streetListsAfter: NO_STREETS, listJoiners: words('y'), regionCodesOf: null, agencies: new Set() },
};

const union = (sets: ReadonlySet<string>[]): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]));

/** Used when the language is unknown: every language's words at once. */
const ANY_LANGUAGE: RecognitionLexicon = {
  stopwords: union(Object.values(LEXICONS).map((l) => l.stopwords)),
  cues: union(Object.values(LEXICONS).map((l) => l.cues)),
  suffixes: union(Object.values(LEXICONS).map((l) => l.suffixes)),
  titles: union(Object.values(LEXICONS).map((l) => l.titles)),
  connectors: union(Object.values(LEXICONS).map((l) => l.connectors)),
  nonPlaces: union(Object.values(LEXICONS).map((l) => l.nonPlaces)),
  commonWords: union(Object.values(LEXICONS).map((l) => l.commonWords)),
  locatives: union(Object.values(LEXICONS).map((l) => l.locatives)),
  placeSuffixes: union(Object.values(LEXICONS).map((l) => l.placeSuffixes)),
  streetsAfter: union(Object.values(LEXICONS).map((l) => l.streetsAfter)),
  streetsBefore: union(Object.values(LEXICONS).map((l) => l.streetsBefore)),
  streetListsAfter: union(Object.values(LEXICONS).map((l) => l.streetListsAfter)),
  listJoiners: union(Object.values(LEXICONS).map((l) => l.listJoiners)),
  firstNames: union(Object.values(LEXICONS).map((l) => l.firstNames)),
  regionCodesOf: null,
  agencies: union(Object.values(LEXICONS).map((l) => l.agencies)),
};

export const COMPASS_WORDS: ReadonlySet<string> = words(COMPASS);

/** AP-style abbreviations of US states and Australian states: places only when written with their
 * dot ("Tampa, Fla."); without it they are words or names ("Mont", "Wash", "Miss", "Ky"). */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = words(
  'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla ore oreg pa penn tenn tex vt va wash wis wisc wyo vic qld alta man nfld ont que sask',
);

export function recognitionLexicon(lang: string | undefined): RecognitionLexicon {
  return (lang && LEXICONS[lang.toLowerCase().slice(0, 2)]) || ANY_LANGUAGE;
}
