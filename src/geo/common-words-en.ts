// English dictionary words that are also the name of a town under 100,000 inhabitants in the
// gazetteer ("Commerce", "Union", "Hope", "Bell", "Alliance"): capitalised alone in English news
// (headlines, organisation names, sentence starts) they are far more often the word than the town.
// Derived once: lower-case entries of the SCOWL "american-english" word list (Debian wamerican;
// Copyright 2000-2011 Kevin Atkinson, permission to use, copy, modify, distribute granted with this
// notice) intersected with single-word town names of data/gazetteer/gazetteer.tsv.gz.
export const townNamesThatAreCommonWords: ReadonlySet<string> = new Set(`
a acacias acreage ad ado agar aim alabaster albino ale ales alga alley alliance aloha along alpha 
alpine altar alter alto altos amber amble amen ampere an anaconda and anew angle angles angora 
annex antelope anthem anus apex apt arbor arbutus arc archangel arching arcs are area arena arenas 
ares argyle arias aroma art as asbestos ascot ash asp aspen at ate atlas auburn august auras awash 
ay aye babel bacon bad badger bag bah bake baker bale balky balsa ban band bandana bane banes 
banged bangs bani banjo bank banks banning bard barium barking barn barrage barren barrens barrio 
barrios barrow base basic bassi baste bat battle battlefield battleground baud be beaches beacon 
bear bedbug begun bell belle bend berg best bid bier big bile billed billet billy blackjack bloom 
bluff bluffs bode boggy bola bolder boll bonanza bonbon bone bong bongo bongos bonito bonny boo 
boom boomerang boon boons bore born borne bossier botany bottom bouillon bountiful bow bra brad 
brake bran branch bras brash brass bray brewer briar brick bridge brier brigantine bright brine 
broach brooks bruin brush buckeye bucks buckwheat bud bully bun buncombe bur burg burrow burs bury 
bushmen buss bust but butler butte butterfly buy c cad cal calamine calamity caller calliope can 
canal canals canes canning canton canyon cap capital cardigan care caribou carpenter carpi carry 
cars carver cascades casino cassia cassino castanet castle cave cayenne celebration cell center 
chafe chagrin chair chamber chambray champagne champion champs chance change chaparral charge 
cheddar chi chin chinchilla chinking chino chip chop chums citrus city clarion clay clot cloud 
clover cloverleaf coal cobra cocoa cognac coin cola college collie cologne colony columbine combs 
come comma commerce common compendium conception condom cone consolation converse coo cop cordon 
corners corning cot cote cottonwood countryside cove cox coyote crane creek creel crest crone crook 
crossing crossings crossroads crystal cu cumming cutoff d dab dado daisy dam damask dame dandy date 
dauphin dawn deal debark defense defiance deforest deli delis dent dents diamond dick dig dilly 
dimer din dire dis diss diva divas dives do doffing dogwood dole dolphin dome dosing dour downtown 
drama drone drug dual due dun duping dusty dyer ea eagle earnest echelon echo economy ed eke elbow 
elk emerald emery empire emporia ems end equator era eras ester eureka even evens ever evergreen 
factor falls fang far fare farmers fate federal felling fer fez fiche fife fireworks fishers 
flagstaff flats flea fleet flesh flint florin flushing fold fords fore forest forge fort fortune 
fountain fowling freedom freehold freeman freshwater friendly from frost fry fully furnace fussing 
gal gale gamma gander gap garner garnet garrison gateway gay gaze gazelle gel gene genes germinal 
gill gin glad glades gland globe god goes gold golden goldenrod gondola gong google gore gov grabs 
grand grange granges grant grants grapevine grass grave graven gray grays green greens griffin 
grimes grin grins grit grove groves guano guise gums guns gypsum ha hag hail hale halfway hall 
hallow ham hamlet hammocks hang harbor hard hart harvest hassocks hasting hatchery hawthorn hay 
hays hazard he headquarters heath heist hem hermitage hexing hickory highland highlands hills 
hillside hims hippo hire hit hocking hole holiday hollow holly homburg homeland homer homestead 
hook hope horn horseshoe hosanna hospital hove hub hula hull human humble hums humus hunt hunter 
hurricane ibis id ifs ii imperial in incline island isle jabot jam jar jasper jug junction junta 
juntas justice jut k kale karakul keen ken kens keystone khan kilo kin kinder king kings kissing 
kite krone lacrosse lag lama lamas lame lampoon lancing lander landing lane largo larkspur lat 
lattes laurel lazy lee leek leer leers lemme lemon lemur lend lender lens lent lessen lib liberal 
liberty lice lids lie lien lime limerick limo limos linden linen lints lion lisle lively llano 
llanos lob lobe log logos lone long loon loop lot luau luck lung lupin lure ma made madras magenta 
magnesia magnolia maidenhead major mallow malt manage manes manga manger mania manly manning manor 
mantes maracas marathon march margaritas maria marina mark market marks marlin marrow mars marshal 
martin martins mascot mason maul may mayo me mead mecca med media medias medulla meeting 
megalopolis men mending mentor mere meres meridian merit meshed meta mete metropolis midlands 
midstream midway mien mile mine minster minus mirage mire mires mission mite mocha model modern 
moires molar mold mole moll monster monument moody moor moraine more moron morrow mos mosquito moss 
most moth mottling mound mountainside mountaintop much murk mush muskrat mustang myrtle mystic n 
nails name naval nave neath neck needle needles neptunium never newel nit nix no noble noisy none 
normal northeastern novae novella nu o oasis occasion oceanic ocher odder ode of off officer okay 
olives one op opera opportunity opt oratorio orbs orchards osprey outer oven overland own ox pace 
page pain painter paisley pal pale palmetto palms palmy palomino pampas pan panda pandas panorama 
pap papa papas papaya par paramount pare parkway parole parsons pas passage pastas patios peak 
pearl peer pelt pen penal perish pert pest pet petal peters pets piazza picayune pier pierce pike 
pin pine pinto piranhas pita piton place placer plain plains plan plantation plaza plover plum 
plunge plunges pocking point poking pol pole police polio poll pollywogs polo pond ponds pop port 
portage porter posse possession post potteries pout prairie price prim pristine proclamation 
proctors progress prospect prosper proven puck puke puma pun punch put quack quarto queue quince 
race rain raja ram ran range rapid ravels ray rayon re reach real redwood rehab repose republic 
reserve reservoir rest retreat revel revere revolution rho rich ridge riding rifle rim rise risen 
river rivers rivet roan robe rock rodeo rogers roles roman romper rose rosebud roses rosette rot 
rouge roundabout rouse rube rugby rum rush rusk rust rustic rye sable sack sag sake salamis saline 
salines salon salt samba same sand sandwich sandy saris sauce sauces savage savanna save sawmills 
sax say schooner scone seaside sedan see seen semi send senna sepia sera seraglio sere set 
settlement shack sham she shields shine shoals shone shoreline shortens shot shun shush shut side 
silly silvan sim simian sims sin since sine sing singleton sire siren sis ski skit slashes 
slaughter sleeve slide smelter snits snowflake so sol solarium sole soli solitude solo sombrero 
some son sore soul sour souse southeastern spa sparks spat spates speedway spike spire spires 
spoken spray spring squawk sriracha stains star stark stein steps sterling stoke stone stoner story 
stow straits strawberry street success sue sues sully sulphur summer summit sumo sun sunning 
sunrise sunset sunshine superior swallow swamp swan swords sycamore tabu tactic tag taker tale 
talent tall tam tame tampon tan tango tank tap tape tapes taping tapping taps taro tarp tars tartar 
tat tell temperance tempi temple tender tendon tent tequila termini terminus terrace than thatcher 
thorn tic tilt time tin ting tire tiro to toga togas tome ton tone tongue tooting tor torn torrent 
tors toss tost tour town trail trait trans transit trap triangle trident trim trinity trip trooper 
troy truss tub tuba tubas tucker tulle tun tuna tunas tune tuner tunes turn turner turtle tweed 
twin twist tyros unite university upland uptown uses vale valence valentine valet vans vend verier 
vermilion vermillion vernal verve veto vi vicar vice victor villa village villages villas vine 
vineyard viola vise vols wad wadi waging wagoner waits wake waling walk walker walling walnut wan 
ware wave waver ways we wean weasel wed wedding week weir welcome welling wells welt wen westerly 
wetter wheeling whistler whitefish wick widen willow willows winters woodland world worms worth 
wright yap ye yen yew yoga young zen zero zest zincing
`.trim().split(/\s+/));
