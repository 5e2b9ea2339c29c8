// Casualty words as data: the verbs, nouns and adjectives that name a harm, and
// the nouns that name people (so "killed 3 dogs" is not a toll).

import type { CasualtyKind } from '../types.js';

export { HARM_VERBS, type HarmVerb } from './harm-verbs.js';

/** Deaths told without "was": "he died", "two perished" (rules.ts; subject-counts.ts adds "drowned", "survived"). */
export const HEADLESS_DEATHS: ReadonlySet<string> = new Set(['died', 'dies', 'perished', 'succumbed']);

/** Adverbs that make a weak harm verb deadly: "fatally shot" ("shot dead", "shot to death" are groups.ts's). */
export const FATAL_ADVERBS: ReadonlySet<string> = new Set(['fatally', 'mortally']);

/** Verbs of falling that kill only with "to his/their death(s)" after them: "fell to their deaths", "plunged to his death". */
export const FALL_VERBS: ReadonlySet<string> = new Set(['fell', 'falls', 'plunged', 'plunges', 'plummeted', 'jumped', 'leapt', 'leaped', 'tumbled']);

/** Verbs that kill only with "to death" after them: "froze to death", "was beaten to death", "crushed to death". */
export const TO_DEATH_VERBS: ReadonlySet<string> = new Set([
  'froze', 'frozen', 'burned', 'burnt', 'crushed', 'beaten', 'beat', 'trampled', 'starved', 'hacked', 'bludgeoned',
  'stoned', 'clubbed', 'choked', 'kicked', 'mauled', 'tortured', 'bled',
]);

/** Nouns counted by a number before them: "2,500 casualties", "600 attacks or clashes". */
export const HARM_NOUNS: ReadonlyMap<string, CasualtyKind> = new Map([
  ['deaths', 'killed'], ['death', 'killed'], ['fatalities', 'killed'], ['fatality', 'killed'],
  ['lives', 'killed'], ['bodies', 'killed'],
  // "The country recorded 907 homicides in 2023": a count of killings is a count of the killed
  ['homicides', 'killed'], ['murders', 'killed'], ['killings', 'killed'],
  ['casualties', 'casualties'], ['casualty', 'casualties'],
  ['injuries', 'wounded'],
  ['hostages', 'kidnapped'], ['hostage', 'kidnapped'],
  ['arrests', 'arrested'], ['detainees', 'arrested'],
  ['attacks', 'attacks'], ['attack', 'attacks'], ['clashes', 'attacks'], ['bombings', 'attacks'],
  ['airstrikes', 'attacks'], ['raids', 'attacks'], ['ambushes', 'attacks'], ['shootings', 'attacks'],
  ['explosions', 'attacks'], ['blasts', 'attacks'], ['assaults', 'attacks'], ['skirmishes', 'attacks'],
  ['stabbings', 'attacks'], ['massacres', 'attacks'],
]);

/** Words a toll noun phrase can start with: "the death toll rose to 45". */
export const TOLL_WORDS: ReadonlyMap<string, CasualtyKind> = new Map([
  ['death', 'killed'], ['casualty', 'casualties'], ['injury', 'wounded'],
]);

/** Verbs of a toll that grows or stands: "rose to", "climbs past", "stands at". */
export const TOLL_RISES: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'climbed', 'climbs', 'reached', 'reaches', 'jumped', 'jumps', 'increased',
  'increases', 'stood', 'stands', 'hit', 'hits', 'passed', 'passes', 'topped', 'tops', 'surpassed', 'exceeded',
  'grew', 'grows', 'soared', 'soars', 'surged', 'mounted', 'mounts',
  // a headline's plural subject: "Heat Deaths Pass 200", "Deaths Climb To 20", "Fatalities Top 100"
  'pass', 'top', 'surpass', 'exceed', 'exceeds', 'climb', 'reach', 'jump', 'soar', 'surge', 'mount',
  // with "up to" after it: "The toll in the cyclone has gone up to 42", "went up to 17"
  'gone', 'went', 'goes',
]);

/**
 * Toll verbs that put it strictly above their number, as "past" does: "the death toll surpassed 100",
 * "the number of dead has exceeded 2,000", "the toll topped 50" (more than the number, as "over 2,500" is).
 */
export const TOLL_PASSES: ReadonlySet<string> = new Set([
  'past', 'passed', 'passes', 'surpassed', 'surpasses', 'exceeded', 'exceeds', 'topped', 'tops', 'pass', 'surpass', 'exceed', 'top',
]);

/** Between "toll" and its number: "rose to", "stands at", "climbed past", "of". */
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  ...TOLL_RISES, 'is', 'was', 'has', 'had', 'now', 'to', 'at', 'of', 'been', 'past', 'up',
]);

/**
 * Verbs that kill only when their victims are armed men: "eliminated five militants", "12 terrorists
 * were eliminated", "liquidated 40 fighters"; not "eliminated 300 jobs", "Nadal eliminated him", "two
 * teams were eliminated", "the fund liquidated 40 positions".
 */
export const ARMED_ONLY_VERBS: ReadonlySet<string> = new Set(['eliminated', 'eliminating', 'liquidated', 'liquidating']);

/**
 * Verbs that kill only when their victims are named as people or by a pronoun: "executed 11 hostages", "he was hanged",
 * "slaughtered 30 villagers"; not "executed a search warrant", "the plan was executed", "slaughtered 300 sheep",
 * "Liverpool butchered Everton".
 */
export const PEOPLE_ONLY_VERBS: ReadonlySet<string> = new Set(['executed', 'executing', 'hanged', 'slaughtered', 'butchered']);

/** Verbs that take people only when armed men do it and people are taken: "Gunmen seized 30 students". */
export const TAKEN_BY_ARMED: ReadonlySet<string> = new Set(['seized', 'seizing']);

/** The armed men such a verb may kill (the head of its victims). */
export const ARMED_NOUNS: ReadonlySet<string> = new Set([
  'militants', 'militant', 'terrorists', 'terrorist', 'insurgents', 'insurgent', 'fighters', 'gunmen', 'gunman', 'rebels',
  'jihadists', 'extremists', 'combatants', 'bandits', 'kidnappers', 'attackers', 'assailants', 'hijackers', 'pirates',
  'soldiers', 'troops', 'guerrillas', 'guerrilla', 'separatists', 'mercenaries', 'occupiers', 'invaders', 'servicemen',
]);

/** Harm nouns that make a toll when they rise: "Protest Deaths Rise To 11", "casualties climbed to 40". */
export const TOLL_NOUNS: ReadonlyMap<string, CasualtyKind> = new Map([
  ['deaths', 'killed'], ['fatalities', 'killed'], ['casualties', 'casualties'], ['injuries', 'wounded'],
]);

/** Before "treatment": "52 people had sought treatment for chlorine exposure", "23 protesters needed treatment". */
export const TREATMENT_VERBS: ReadonlySet<string> = new Set(['sought', 'seeking', 'received', 'receiving', 'needed', 'needing', 'required', 'requiring', 'got']);
/** Words between such a verb and "treatment": "required medical treatment", "received hospital treatment". */
export const TREATMENT_KINDS: ReadonlySet<string> = new Set(['medical', 'hospital', 'emergency']);

/** Auxiliaries and adverbs between a subject and its participle: "have been", "were reportedly". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'got', 'get', 'gets',
  'remain', 'remained', 'remains', 'reportedly', 'also', 'all', 'both', 'critically', 'seriously',
  'fatally', 'mortally', 'slightly', 'badly', 'later', 'then', 'since', 'allegedly', 'reported',
  'confirmed', 'believed', 'feared', 'presumed', 'pronounced', 'found', 'left', 'now', 'still', 'listed',
  // "at least 1,340 people were recorded dead or missing"
  'recorded',
  'each', 'who', 'that', 'which', 'either', 'subsequently', 'eventually', 'not', 'never', 'to',
  // "200 have already died of malnutrition", "Five had earlier been wounded"
  'already', 'earlier', 'apparently', 'previously', 'initially',
  // "As many as 70 people may have died": a toll told as likely ("could/might have killed" is unreal: clauses.ts)
  'may',
]);

/** Where the displaced are moved: "1.2 million people had been moved to shelters", "relocated to relief camps". */
export const SHELTER_NOUNS: ReadonlySet<string> = new Set([
  'shelters', 'shelter', 'camps', 'camp', 'centres', 'centers', 'safety', 'ground',
  // public buildings opened to the displaced: "about 3,000 people had been moved to schools and temples"
  'schools', 'temples', 'churches', 'mosques', 'monasteries', 'stadiums', 'gymnasiums', 'tents',
  // rooms found for them: "nearly 300 residents had been moved to hotels"
  'hotels', 'hostels', 'dormitories',
]);
/** Verbs that displace people when a shelter follows: "moved to shelters". */
export const MOVE_VERBS: ReadonlySet<string> = new Set(['moved', 'relocated', 'sheltered', 'rehoused']);

/** Verbs that drive people from their homes: "were forced from their homes", "driven out of their homes". */
export const FORCE_OUT: ReadonlySet<string> = new Set(['forced', 'driven', 'uprooted', 'forcing', 'driving', 'forces']);
/** Verbs of leaving after "forced … to": "to flee", "to evacuate", "to leave their homes". */
export const LEAVE_VERBS: ReadonlySet<string> = new Set(['flee', 'evacuate', 'leave']);

/** Verbs of staying that displace people when a shelter follows: "2,000 people spent the night in relief centres". */
export const STAY_VERBS: ReadonlySet<string> = new Set(['spent', 'spending', 'stayed', 'staying', 'sheltering', 'housed', 'living', 'sleeping', 'slept']);
/** Where the displaced stay: "in relief centres", "in evacuation centers", "in camps". */
export const STAY_SHELTERS: ReadonlySet<string> = new Set(['shelters', 'shelter', 'camps', 'camp', 'centres', 'centers', 'centre', 'center']);
/** Before "centres" these make it a shelter: "relief centres", not "town centres" nor "data centres". */
export const SHELTER_QUALIFIERS: ReadonlySet<string> = new Set(['relief', 'evacuation', 'emergency', 'refugee', 'displacement', 'temporary', 'community', 'evacuee', 'welfare']);

/**
 * The people an army loses: "Ukraine had lost up to 1,300 troops", "the army lost about 500 men".
 * Only these make "lost N …" a toll ("lost 300 jobs", "lost 40 employees" are none).
 */
export const FORCE_NOUNS: ReadonlySet<string> = new Set([
  'troops', 'soldiers', 'servicemen', 'servicemembers', 'personnel', 'fighters', 'marines', 'sailors', 'airmen',
  'paratroopers', 'men', 'militants', 'insurgents', 'rebels',
]);

/** Before "losses", the words that make them an army's: "Russian losses", "troop losses" (not "losses of $3bn"). */
export const FORCE_QUALIFIERS: ReadonlySet<string> = new Set([
  'troop', 'military', 'combat', 'battlefield', 'army', 'enemy', 'personnel', 'manpower', 'human',
]);

/** Capitalised words that are not names of people: "shot Tuesday", "killed Sunday". */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'police', 'i',
]);

/** Pronouns that stand for one person as subject or object. */
export const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'himself', 'herself']);

/** Determiners that make the noun after them one person: "a man", "the victim", "his wife". */
export const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'another', 'one',
]);

/** Words that end a victims phrase or a subject walk: prepositions, verbs of saying, clause words. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'by', 'during', 'after', 'before', 'near', 'outside', 'inside', 'from', 'with',
  'when', 'while', 'as', 'since', 'said', 'says', 'told', 'according', 'because', 'including',
  'for', 'into', 'over', 'across', 'last', 'this', 'on', 'of', 'to', 'than', 'but', 'or',
]);

/** Words that tell of a death somewhere in an article: "a fatal shooting", "the homicide". */
export const DEATH_CUES: ReadonlySet<string> = new Set([
  'fatal', 'fatally', 'homicide', 'homicides', 'died', 'dies', 'dead', 'death', 'deceased', 'coroner',
  'autopsy', 'murdered', 'slain', 'killed', 'succumbed', 'manslaughter', 'obituary', 'funeral', 'deadly', 'martyred',
]);

/** After "deadly", these make it no death: "assault with a deadly weapon", "deadly force". */
export const NOT_DEADLY: ReadonlySet<string> = new Set(['weapon', 'weapons', 'force', 'conduct']);

/** Words that say a person shot lived: "expected to recover", "non-life-threatening", "treated and released". */
export const SURVIVAL_CUES: ReadonlySet<string> = new Set([
  'recover', 'recovering', 'survived', 'survive', 'non-life-threatening', 'released', 'stable',
  'condition', 'critical', 'hospital', 'hospitalized', 'treated',
  // "32 were brought out alive, 14 of them with injuries"
  'alive',
  // "who lived on the second floor and escaped with cuts to her face"
  'escaped',
]);

/** Before "alive" these make it a death: "burned alive", "buried alive". */
export const NOT_ALIVE_AFTER: ReadonlySet<string> = new Set(['burned', 'burnt', 'buried', 'boiled', 'skinned', 'eaten', 'cremated']);

/**
 * Harm verbs that make a toll only with a number: "nine miners believed trapped", not "villagers feared trapped";
 * "Dozens of people have disappeared", not "Kopp vanished" (a fugitive's flight is no fate unknown).
 */
export const COUNT_ONLY_VERBS: ReadonlySet<string> = new Set(['trapped', 'disappeared', 'vanished']);

/** Verbs that take the hurt to a hospital: "nine of them were taken to hospital in serious condition". */
/** Verbs of falling ill, before "ill"/"sick": "more than 60 students fell ill" (a group of the verb rules). */
export const FALLING_ILL: ReadonlySet<string> = new Set(['fell', 'fall', 'falls', 'fallen', 'falling', 'became', 'become', 'becomes', 'becoming']);

export const HOSPITAL_TRANSPORT: ReadonlySet<string> = new Set(['taken', 'rushed', 'airlifted', 'transported', 'flown', 'admitted']);

/**
 * Words that say someone in the story is alive and mending, whatever the sentence: "The clerk
 * is recovering", "expected to recover", "in stable condition". Not "survived" ("he is survived
 * by his wife" is an obituary) nor "recovered" ("police recovered a handgun").
 */
export const RECOVERY_CUES: ReadonlySet<string> = new Set(['recover', 'recovering', 'stable', 'non-life-threatening']);

/** Nouns of a wound: "suffered a gunshot wound", "a man with non-life-threatening injuries". */
export const WOUND_NOUNS: ReadonlySet<string> = new Set([
  'wound', 'wounds', 'injuries', 'injury',
  // "Two others were treated for cuts to their arms", "suffered burns"
  'cuts', 'lacerations', 'bruises', 'burns', 'fractures',
  // "was treated for smoke inhalation", "Two firefighters were treated for heat exhaustion"
  'inhalation', 'exhaustion', 'hypothermia', 'frostbite', 'concussion', 'concussions',
  // a chemical's or the weather's harm: "treated for exposure to ammonia", "for carbon monoxide poisoning"
  'exposure', 'poisoning', 'heatstroke', 'dehydration', 'irritation',
  // an illness's: "it reported 112 people with symptoms", "treated for food poisoning"
  'symptoms',
]);

/**
 * Conditions that are a harm only with a word that says which: "breathing problems", "respiratory
 * difficulties", "heat-related illness" (not "a long illness", "problems at work"). See QUALIFIED_BY.
 */
export const QUALIFIED_CONDITIONS: ReadonlySet<string> = new Set(['illness', 'illnesses', 'problems', 'difficulties', 'distress']);
/** The words before a qualified condition that make it a harm ("-related" words too: "heat-related", "smoke-related"). */
export const QUALIFIED_BY: ReadonlySet<string> = new Set(['breathing', 'respiratory', 'heat', 'lung', 'eye', 'skin', 'stomach']);

/** Gerunds of taking in a harm: "taken to hospital after inhaling smoke", "after breathing in the gas". */
export const EXPOSURE_GERUNDS: ReadonlySet<string> = new Set(['inhaling', 'breathing', 'swallowing', 'ingesting']);

/** Verbs that break a bone: "broke his collarbone", "fractured her skull". */
export const BREAK_VERBS: ReadonlySet<string> = new Set(['broke', 'fractured', 'breaking', 'fracturing', 'shattered', 'dislocated']);

/** The bones and limbs such a verb breaks (not "broke his promise", "broke her silence", "broke the record"). */
export const BODY_PARTS: ReadonlySet<string> = new Set([
  'collarbone', 'collarbones', 'leg', 'legs', 'arm', 'arms', 'wrist', 'wrists', 'ankle', 'ankles', 'hip', 'pelvis', 'rib',
  'ribs', 'skull', 'jaw', 'nose', 'shoulder', 'back', 'neck', 'femur', 'vertebrae', 'vertebra', 'knee', 'kneecap', 'elbow',
  'hand', 'foot', 'finger', 'fingers', 'cheekbone', 'spine', 'shin', 'shinbone', 'thumb', 'toe', 'toes', 'sternum',
  'tibia', 'fibula', 'clavicle', 'scapula', 'shoulder-blade', 'heel', 'eye-socket', 'forearm', 'bone', 'bones',
]);

/** What hits a person and wounds: "struck by a stray bullet", "hit by gunfire" (not "hit by a car": no harm told). */
export const GUNFIRE_NOUNS: ReadonlySet<string> = new Set(['bullet', 'bullets', 'gunfire', 'shrapnel', 'round', 'rounds', 'shot', 'shots', 'pellets', 'buckshot']);

/**
 * Limbs: a person shot "in the leg" is told as hurt, not as a death of unknown outcome ("A woman was
 * struck in the leg by a bullet" in an article about a killing stays wounded).
 */
export const LIMBS: ReadonlySet<string> = new Set([
  'leg', 'legs', 'arm', 'arms', 'hand', 'hands', 'foot', 'feet', 'ankle', 'ankles', 'knee', 'knees', 'wrist', 'wrists',
  'shoulder', 'shoulders', 'thigh', 'thighs', 'buttocks', 'buttock', 'hip', 'finger', 'fingers', 'toe', 'toes', 'calf',
  'elbow', 'forearm', 'shin',
]);

/** Before these nouns a "cut" or "burn" is no wound: "suffered pay cuts", "budget cuts". */
export const NOT_WOUND_BEFORE: ReadonlySet<string> = new Set([
  'pay', 'budget', 'job', 'spending', 'tax', 'rate', 'interest', 'funding', 'service', 'price', 'power', 'staff', 'wage', 'salary', 'aid', 'freezer',
]);

/**
 * Superlatives that make "one of the <superlative> attacks" a comparison, not a count:
 * "one of the deadliest attacks on the coast", "one of the worst bombings in its history".
 * Words in -est that are no superlatives ("protest", "unrest", "arrest") are left out.
 */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'worst', 'most', 'deadliest', 'bloodiest', 'largest', 'biggest', 'heaviest', 'highest', 'greatest', 'worst-ever',
  'deadliest-ever', 'latest', 'fiercest', 'costliest', 'severest', 'gravest', 'longest', 'lowest', 'least',
  'strongest', 'smallest', 'oldest', 'earliest', 'darkest',
]);

/** Owners of people or of a body: "and her three children", "fighting for his life", "cut his throat". */
export const PERSONAL_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Owners before a count of someone's people: "two of his employees", "holding its 21 crew members hostage". */
export const COUNT_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'the']);

/** Forms of "remain": a stay in shelters that tells of the displaced only with a count ("4,200 people remained in evacuation centres"). */
export const REMAIN_FORMS: ReadonlySet<string> = new Set(['remained', 'remain', 'remains', 'remaining']);

/** Ordinals that make "a second man" one more person. */
export const ORDINALS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth']);
