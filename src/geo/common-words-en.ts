// English dictionary words that are also a name in the gazetteer, as written or through the
// transliteration fold, but not the name of a country, admin-1 region, sea or world region
// ("Commerce", "Union", "Hope", "Bell", "Fourth" ~ Fürth, "Nice", "Mobile"). Capitalised alone in
// English news (headlines, organisation names, sentence starts, all-caps copy) they are more often
// the word than the town; recognize.ts weighs them against the town's size.
// Derived once: lower-case entries of the SCOWL "american-english" word list (Debian wamerican;
// Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify, distribute granted with this
// notice) intersected with the single-word keys of data/gazetteer/gazetteer.tsv.gz.
export const townNamesThatAreCommonWords: ReadonlySet<string> = new Set(`
a abash abbess acacias ache achy acreage ad add ado affray agar ago ail aim air alabaster albino 
ale ales alga allay allays alley alliance allot ally aloha along alpha alpine altar alter alto 
altos amass amber amble amen ammo amour ampere an anaconda anchorage and anew angers angle angles 
angora angry ani annex annoy annulling antelope anthem anus any apex app apt arbor arbutus arc 
archangel arching archway arcs are area arena arenas ares argyle arias aroma array art arty as 
asbestos ascot ash ashen ashy asp aspen ass assay asst astrakhan at ate atlas atoll attar atty 
auburn august auras aware awash awes ay aye baa babel bacon bad bade badger bag bah bailiff bake 
baker bakery bale baleen balky ball ballad balls balsa balsas ban band bandana bandanna bane banes 
banged bangs bani banjo bank banks banning bard bare barely barium barking barn barrage barrel 
barren barrens barrio barrios barrow base basic bassi baste bat bath battle battlefield 
battleground batty baud bayous bays bazaar be beaches beacon bear bed bedbug bee beech beef beeline 
been beer bees begun belch bell belle belled belles belly bench bend bender berg berry best bid 
bier big bile bill billed billet billings billy bimbo bitch blackjack bleed bless blithe bloom 
bluff bluffs bode boggy bogy bola bolder bole boll bologna bonanza bonbon bone boner bong bongo 
bongos bonito bonny bony boo boom boomerang boon boons boor boos boost booze bore born borne boron 
borrow borsch boss bossier bossing botany bottle bottom bough bouillon boulder bountiful bout bow 
boy bra brad brake bran branch bras brash brass bray breech breezily brew brewer briar brick bridge 
brier brig brigantine bright brine broach brooch brood brooks bruin brunette brush brusque buckeye 
bucks buckwheat bud buddy buffalo bug buggy bull bully bun buncombe bur burg burkas burly burn burr 
burros burrow burrs burs bury bus bush bushmen buss bust but butch butcher butler butt butte 
butterfly button buy by bye c cad caddy cairns cal calamine calamity call caller calliope cam 
camellia campy can canal canals cane canes caning canning canton canyon cap capital cardigan care 
caribou carol carpenter carpi carry cars carver cascades casino cassia cassino castanet castle 
catchy cave cayenne cc celebration cell centennial center centurion chafe chagrin chair chamber 
chambray champagne champion champs chance chandler change changing chanting chaparral chapping char 
charge chary chase cheddar cheeky cheeping cheer cheesy chervil chew chi chilli chilly chime chin 
chinchilla chinking chino chip chipping choir choosy chop chuck chum chums citrous citrus city 
clarion clay clot cloud clover cloverleaf coal cobra cocoa cognac coin col cola college collie 
cologne colony columbine coma combs come comm comma commerce common compendium con conception 
concord condom cone consolation converse coo cook cool coolie coon coop coot cop cordon cork 
corners corning corny corona cot cote cottonwood couching cough countryside coupe cove coves cox 
coyote crane creek creel creepy cress crest crone crook crossing crossings crossness crossroads 
crystal cu cumming curie curs cutoff cypress d dab dabs dacha dado daisy dale dales dally dam 
damask dame dandy date dauphin davenport dawn dd deal debark deeming deer defense defiance deforest 
deli delis dell dent dents deny derby dewy diamond dice dick dig dilly dimer dimmer din dipping 
dire dis diss diva divas dives do doffing dogwood dole doll dolphin dome doom dory dosing dour 
downtown drama drone drug dual duchy due dun duping duress dusty dyer ea eagle earnest ebony 
echelon echo economy ed eerie eery eke elbow elk emerald emery empire emporia ems end enterprise 
equator era eras erode err ester etch etcher etching eureka even evens ever evergreen ewer fa 
factor falls fang far fare farmers fate federal feel feeling fees fell felling fer ferrous fey fez 
fiche fiery fife filly fireworks fishers fishy flack flagstaff flats flea fleet flesh flint florin 
flushing folly foot fords fore fores forest forge fort fortune fouling foully fountain fourth 
fowling freedom freehold freeman freshen freshwater friendly from frost fry fulling fully furnace 
fusing fussing gabby gal gala gale gall galleon gamma gammas gander gannet gap garb garland garner 
garnet garret garrison gassy gateway gay gaze gazelle gel gene genes gent germinal ghosting ghoul 
gibbon gill gimpy gin gingham glad glades gland globe gobs god godson goes goggle gold golden 
goldenrod gondola gong good goody goof google goose gore gory gosh gotcha gotta gov grabbing grabs 
grand grandee grange granges grant grants grapevine grass grave graven gray grays green greens 
griffin grimes grin grins grit groove grooves grove groves grower guano guise gulf gull gullet 
gully gumbo gummy gums gunny guns guppy gypsum ha had hag haiku hail hailing hair hale haler 
halfway hall hallow ham hamlet hammocks handout hang harass harbor hard hark harness harp harrow 
hart harvest has hash hashing hassocks hasting hatch hatchery hatching hawthorn hay hays hazard he 
headquarters heath heed heist helm hem hemmed her hermitage hers hes hewer hexing hickory hid hide 
highland highlands hills hillside hims hippo hire his hiss hit ho hobby hobs hock hocking hole 
holiday hollow holly holy homburg homeland homer homestead honcho hoodoos hooey hoof hook hooting 
hope hopper horn horseshoe hosanna hospital host houmous houmus hour hove hovel hover how hub hue 
hug hula hull human humble hummus hums humus hungry hunt hunter hurray hurricane hussar hussy hut 
hypo i ibis id idyl idyll ifs igloo ii iii imperial in incline independence indoor inn inning 
island isle itch itchy jabot jam jar jarring jasper jays jeep jeer jeering jelly jet jimmy jingling 
jive job jolly joules jug junction junta juntas justice jut k kale karakul kazoo keel keen keener 
keens keep ken kens ketch keystone khan kill kilo kin kinder king kings kinky kisser kissing kite 
kitty krone labs lacrosse lacy lag lama lamas lame lampoon lancing lander landing lane lanes largo 
larkspur lash lat latch lattes laurel lay lazy lee leech leek leer leers leery lees lemme lemming 
lemon lemur lend lender lens lent less lessen levee levees levy lib liberal liberty lice lick lid 
lids lie liege lien lii lime limerick limo limos linden line linen linking lints lion lions lira 
liras lisle litchi lively llama llamas llano llanos lob lobe lobes log logos lone long loom loon 
loons loony loop loopy looser loot lop lorry loser loss lot loud loutish lowish lowland luau luck 
lug lugged lull lulling lung lupin lure lures lye ma madden made madras magenta magnesia magnolia 
maidenhead mains major make male mallard mallow malt man manage manatee manes manga manger mango 
mania manias manly manna manner manning manor mans manse mantes mantilla many marabou maracas 
marathon march margaritas maria marina mark market marks marlin maroon marquee marquees marquess 
marrow marry mars marsh marshal marshes martin martins mas mascot mash mason match maul may mayo me 
mead mecca meccas med meddling media medias medulla meekness meeting meets megalopolis men mending 
mentor mere meres meridian merit merry mesa meshed mesquite messiness meta mete meting metro 
metropolis midland midlands midstream midway mien mile min mine mining minster minus mirage mire 
mires mission mite mobile mocha model modern moires molar mold mole moll mommy monopoly monsoon 
monster monument moo moody moon moons moor moors moos moraine more moron morrow morsel mos mosquito 
moss mossy most mote moth mottling mound mountainside mountaintop much mule mull mulling murk mush 
muskrat muss mustang mutt mutually myna mynas myrtle mystic n nails name nappier natal naval nave 
neath neck needle needles needless neptunium never new newel newer newton nice nigger nigher nit 
nix no noble noisy none normal northeastern nous novae novella now nu o oasis occasion oceanic 
ocher odd odder ode odes of off officer ogle okay olives omen one op opal opera opportunity opt 
oral orange oratorio orchards osprey ouch our ours ouster outer outran ova oven overland own ox 
oxford pace page pain painter paisley pal pale pall palmetto palms palmy palomino pampas pan panda 
pandas pane panorama pansy pap papa papas papaya par paradise paramount pare pares parish parkour 
parkway parole parolee parries parry parsons pas pass passage passing pastas patios patter patty 
peak pearl pebbles peck pecs pee peek peeking peeping peer pelt pen penal penes pennon pepping per 
perigee perish perm pert peruse pest pet petal peters pets phoenix phyla pi piazza picayune pie 
pier pierce pike pilau pile pill pillar pin pine pinto pioneer piranhas pit pita pitch piteous 
piton pity pixy pizza place placer plain plains plan plantation plaza plover plum plunge plunges 
pocking point poking pol pole police polio poll pollen polliwogs pollywogs polo pond ponds poop pop 
porous port portage porter pose posher posse possession post potteries potty pours pout prairie 
pray price prim prior pristine proclamation proctors progress prospect prosper proven providence 
puck pueblo puke pull pulpy puma pun punch punning puny purrs pushy put putt putty pylon pyre q qua 
quack quarry quarto quash queens queue quince rabbi race radish raffia rage rain raja rally ram ran 
range rapid ravels ravish rawer ray rayon re reach reading readying real reddish redwood rehab 
repose republic reserve reservoir rest retch retell retreat revel revere revolution rho rich 
ridding ride rider ridge riding riffle rifle rill rim rise risen river rivers riverside rivet roan 
robber robe robins rock rodeo rogers roles roman romper room roomy root rose rosebud roses rosette 
rot rouge roundabout rouse route rowel rube rubes ruby rugby ruin rulers rum running rush rusk rust 
rustic rye sable sack sad sadly sag sake saki salaam salamis sale saline salines sallies sally 
salon saloon salt samba same sand sandwich sandy saree sari saris sass sate sauce sauces savage 
savanna save saver saw sawmills sax say schist schooner schuss scone scoot seaside sedan see seen 
seer seers semi send senna sepia sera seraglio sere set settee setter settlement shack shad shade 
shady shaggy shah shaky shall sham shaman shamble shandy shaping shard shaves she sheen sheer 
shields shimmy shin shine shinny shiny ship shipping shirk shoals shodden shone shoo shoot shoots 
shop shoreline shortens shot shots shout shriek shuck shun shush shut shy shyly side sigh silly 
silvan sim simian simmering sims sin since sine sing singleton sinning sipping sire siren sis sit 
situ ski skit sky slashes slaughter sleeve slide slough slug smelter snider snits snowflake so sol 
solarium sole soli solitude solo sombrero some son sonny soon sore sorrel sorry sough soul sour 
souse southeastern spa span spare sparks spat spates speedway spike spire spires split spoken spray 
spring springs squawk sriracha stains star stark starry state steeps stein steps sterling stiff 
stirring stoke stone stoner story stove stow straits strawberry street string success such sue sues 
sully sulphur summer summit sumo sun sunning sunrise sunset sunshine superior sure surprise surrey 
swallow swamp swan sway sweetly swords sycamore sylvan tabby tabu tactic taffy tag tailor tailors 
take taker tale talent tall tally tam tamale tame tampon tan tangier tango tangy tank tanning tap 
tape tapes taping tapping taps tare tariff taro tarp tarry tars tartar tat tattoos tech tee teems 
teen teeny teepee tel tell temperance tempi temple ten tender tendon tent tepee tequila termini 
terminus terrace terror than thatcher thorn thymi tic till tiller tilt time tin tine ting tipi tire 
tiro tiros to tobacco toddy toga togas toll tome ton tone tongue toning tonne too tool tooting tor 
torn torrent tors toss tost toting totting touch tour tours tout town trail trait trans transit 
trap trash tree triangle trident trim trinity trip tron trooper troy truss trying tub tuba tubas 
tubby tucker tulle tun tuna tunas tune tuner tunes tunny tureen turn turner turtle tush tweed twin 
twist tying tyro tyros unite university up upland uptown uses usury utter vale valence valentine 
vales valet vanes vanning vans vantage vary veil veining velour vend veneer verier vermilion 
vermillion vernal verve very vessel vest veteran veto vi vicar vice victor vii viii vile vileness 
villa village villages villas vine vineyard viola vise vista vital vitally vols voluntary vote 
vouch vow wad wadi wagging waging wagoner wail waits wake wale waling walk walker wall wallet 
walling walls walnut wan wanes waning wanna ware wares warren wary was watch wave waver way ways we 
wean weasel wed wedding wee weed weeding weedy week weenies weest weir welcome welling wellington 
wells wen wend westerly wetter wheeling whistler whitefish wick widen wiki wile wiling will willing 
willow willows win winces wine wingless winnings winters wire wiry wise wish wisp witch witty woe 
won woo wooden woodland woodlands woolen woos wore workout worms worst worth wow wright wt y yap yd 
ye yen yet yew yo yoga you young yrs yule zen zero zest zincing
`.trim().split(/\s+/));
