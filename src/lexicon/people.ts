// Nouns that name people: the heads of victims phrases and the kin whose loss is a death.

import { ROLE_NOUNS } from './gazetteer.generated.js';

/** Nouns that name people, singular and plural. A victims phrase ends on one of these. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'individuals', 'individual', 'civilians', 'civilian', 'others', 'other',
  'men', 'man', 'women', 'woman', 'children', 'child', 'kids', 'kid', 'boys', 'boy', 'girls', 'girl',
  'teens', 'teen', 'teenagers', 'teenager', 'youths', 'youth', 'babies', 'baby', 'infant', 'infants',
  'toddler', 'adults', 'adult', 'students', 'student', 'pupils', 'workers', 'worker', 'employees',
  'soldiers', 'soldier', 'troops', 'servicemen', 'personnel', 'officers', 'officer', 'policemen',
  'policeman', 'police', 'cops', 'cop', 'deputies', 'deputy', 'guards', 'guard', 'militants', 'militant',
  'fighters', 'fighter', 'insurgents', 'rebels', 'gunmen', 'gunman', 'attackers', 'attacker',
  'suspects', 'suspect', 'victims', 'victim', 'residents', 'resident', 'villagers', 'passengers',
  'passenger', 'pilgrims', 'worshippers', 'worshipers', 'protesters', 'protestors', 'demonstrators',
  'members', 'member', 'journalists', 'journalist', 'reporters', 'miners', 'farmers', 'tourists',
  'migrants', 'refugees', 'prisoners', 'inmates', 'patients', 'staff', 'crew', 'family', 'relatives',
  'bystanders', 'bystander', 'passers-by', 'passer-by', 'passersby', 'passerby', 'pedestrians', 'pedestrian', 'shoppers', 'customers', 'customer',
  'firefighters', 'rescuers', 'doctors', 'nurses', 'teachers', 'guests', 'fans', 'spectators',
  'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'friend', 'friends',
  'sons', 'daughters', 'siblings', 'cousin', 'nephew', 'niece', 'uncle', 'aunt', 'grandmother',
  'grandfather', 'boyfriend', 'girlfriend', 'neighbor', 'neighbour', 'neighbors', 'roommate',
  // plural kin and companions: "two brothers are dead", "her parents were wounded"
  'brothers', 'sisters', 'parents', 'mothers', 'fathers', 'husbands', 'wives', 'cousins', 'nephews',
  'nieces', 'grandparents', 'grandchildren', 'neighbours', 'roommates', 'classmates', 'coworkers',
  'co-workers', 'colleagues', 'partners', 'spouses', 'twins', 'grandson', 'granddaughter',
  'driver', 'drivers', 'motorist', 'clerk', 'owner', 'security', 'forces', 'americans', 'citizens',
  'nationals', 'foreigners', 'hostages', 'commanders', 'agents', 'contractors', 'marines', 'sailors',
  // one person by trade or role: "killed a retired teacher", "a nurse was wounded"
  'teacher', 'doctor', 'nurse', 'pupil', 'farmer', 'miner', 'tourist', 'pilgrim', 'worshipper', 'protester',
  'demonstrator', 'reporter', 'photographer', 'firefighter', 'rescuer', 'refugee', 'migrant', 'prisoner',
  'inmate', 'patient', 'shopper', 'guest', 'spectator', 'cyclist', 'cyclists', 'commuter', 'commuters',
  // "Belgian Rider Dies After Crash", "two riders were injured"
  'rider', 'riders', 'guerrillas', 'guerrilla', 'separatists', 'mercenaries', 'insurgent',
  'trooper', 'troopers', 'sergeant', 'lieutenant', 'constable',
  // who lives in a building: "the fire ... killed two tenants"
  'tenants', 'tenant', 'occupants', 'occupant', 'homeowner', 'homeowners', 'apprentice', 'apprentices',
  // those who lived through it: "A dozen of the survivors were in critical condition"
  'survivors', 'survivor',
  'labourers', 'laborers', 'labourer', 'laborer', 'seafarers', 'farmhand', 'farmhands',
  // "12 participants died", "two volunteers were injured"
  'participants', 'participant', 'volunteers', 'volunteer', 'retirees', 'retiree', 'pensioners', 'pensioner',
  'vendors', 'vendor', 'traders', 'herders', 'herder', 'veterans', 'recruits',
  // a crowd and those who keep it: "police arrested 11 supporters", "two stewards were injured"
  // out of doors: "Two climbers froze to death", "three fishermen drowned"
  'climbers', 'climber', 'hikers', 'hiker', 'swimmers', 'swimmer', 'fishermen', 'fisherman', 'divers', 'skiers', 'campers', 'motorcyclists', 'motorcyclist',
  'citizen', 'terrorists', 'terrorist', 'combatants', 'jihadists', 'extremists',
  // the armed men killed in an operation: "two of the kidnappers were killed", "troops killed five bandits"
  // the one who did it, harmed in turn: "police shot and killed the shooter", "killed the bomber and two guards"
  'shooter', 'shooters', 'bomber', 'bombers', 'killer', 'killers', 'intruder', 'intruders', 'burglar', 'burglars',
  'carjacker', 'carjackers',
  'kidnappers', 'kidnapper', 'abductors', 'hijackers', 'assailants', 'assailant', 'robbers', 'robber', 'bandits',
  'pirates', 'gangsters', 'smugglers', 'poachers', 'looters', 'snipers', 'sniper', 'captors',
  // (the victims of an armed group's claim: 'killed "dozens of apostates"')
  'apostates', 'infidels',
  // ("a handful of suspected accomplices had been detained", "villagers hacked a suspected thief to death", "police shot
  // dead two drug traffickers")
  'accomplice', 'accomplices', 'conspirators', 'co-conspirators',
  'thief', 'thieves', 'mugger', 'muggers', 'criminals', 'dealer', 'dealers', 'trafficker', 'traffickers', 'rustler', 'rustlers', 'arsonist', 'arsonists',
  'supporters', 'supporter', 'fan', 'stewards', 'steward', 'marshals', 'onlookers', 'onlooker', 'mourners',
  // the other number of nouns above: "two motorists were hurt", "an employee was shot", "a Border Patrol agent"
  'toddlers', 'uncles', 'aunts', 'grandmothers', 'grandfathers', 'boyfriends', 'girlfriends', 'grandsons',
  'granddaughters', 'motorists', 'clerks', 'owners', 'photographers', 'sergeants', 'lieutenants', 'constables',
  'employee', 'rebel', 'villager', 'worshiper', 'protestor', 'sibling', 'parent', 'classmate', 'coworker',
  'co-worker', 'colleague', 'partner', 'spouse', 'twin', 'hostage', 'commander', 'agent', 'contractor', 'sailor',
  'separatist', 'seafarer', 'trader', 'veteran', 'diver', 'skier', 'camper', 'combatant', 'jihadist', 'extremist',
  'abductor', 'hijacker', 'bandit', 'pirate', 'gangster', 'smuggler', 'poacher', 'looter', 'captor', 'mourner',
  // people by faith, trade, office and pastime: "killing a priest and wounding four parishioners"
  // (not the singulars that are common surnames: "he shot Bishop", Hunter, Shepherd, Gardener, Ranger, Runner; 'cook' and
  // 'porter' are below, measured: a capitalised "Porter was shot dead" is still one person named)
  'priest', 'priests', 'pastor', 'pastors', 'imam', 'imams', 'cleric', 'clerics', 'bishops', 'rabbi', 'rabbis',
  'monk', 'monks', 'nun', 'nuns', 'preacher', 'preachers', 'parishioner', 'parishioners', 'congregants', 'churchgoers',
  'medic', 'medics', 'paramedic', 'paramedics', 'surgeon', 'surgeons', 'physician', 'physicians', 'pharmacist',
  'midwife', 'midwives', 'scientist', 'scientists', 'researcher', 'researchers', 'professor', 'professors', 'forecaster', 'forecasters', 'meteorologist', 'meteorologists',
  'lecturer', 'lecturers', 'activist', 'activists', 'campaigner', 'campaigners', 'rioter', 'rioters', 'strikers',
  'lawmaker', 'lawmakers', 'politician', 'politicians', 'candidate', 'candidates', 'mayor', 'mayors', 'governor', 'governors', 'senator',
  'senators', 'councillor', 'councillors', 'councilman', 'councilwoman', 'diplomat', 'diplomats', 'ambassador',
  'envoy', 'envoys', 'official', 'officials', 'minister', 'ministers', 'judge', 'judges', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'prosecutor', 'prosecutors', 'witness', 'witnesses', 'athlete', 'athletes', 'player',
  'players', 'referee', 'referees', 'jockey', 'jockeys', 'cashier', 'cashiers', 'waiter', 'waiters', 'waitress',
  'bartender', 'bartenders', 'chef', 'chefs', 'shopkeeper', 'shopkeepers', 'storekeeper', 'merchant', 'merchants',
  'businessman', 'businessmen', 'businesswoman', 'founder', 'founders', 'co-founder', 'co-founders', 'executive', 'executives', 'engineer', 'engineers', 'technician', 'technicians', 'electrician',
  'mechanic', 'mechanics', 'plumber', 'janitor', 'porters', 'nanny', 'babysitter', 'caretaker',
  'caregiver', 'caregivers', 'rancher', 'ranchers', 'hunters', 'shepherds', 'nomads', 'locals',
  'inhabitants', 'travellers', 'travelers', 'traveller', 'traveler', 'visitor', 'visitors', 'holidaymakers',
  'schoolchildren', 'schoolboy', 'schoolboys', 'schoolgirl', 'schoolgirls', 'newborn', 'newborns', 'peacekeeper',
  'schoolteacher', 'schoolteachers', 'housewife', 'housewives', 'widow', 'widows', 'widower', 'widowers',
  'grandchild', 'cleaners', 'builders', 'manager', 'managers', 'headmaster', 'headmasters', 'headmistress', 'headteacher', 'headteachers',
  'peacekeepers', 'militiamen', 'militiaman', 'gendarmes', 'rangers', 'lifeguard', 'lifeguards', 'crewmen',
  'crewman', 'crewmembers', 'seamen', 'dockworkers', 'staffer', 'staffers', 'aide', 'aides', 'bodyguard', 'bodyguards',
  'policewoman', 'policewomen', 'trucker', 'truckers', 'courier', 'couriers', 'jogger', 'joggers', 'runners',
  'surfer', 'surfers', 'beachgoers', 'concertgoers', 'partygoers', 'revellers', 'revelers', 'attendees', 'delegates',
  // in arms and in custody: "40 mutineers were killed", "two detainees died", "the pilot was injured"
  'mutineers', 'mutineer', 'jawans', 'jawan', 'putschists', 'loyalists', 'paramilitaries', 'conscripts', 'conscript', 'cadets', 'cadet',
  'airmen', 'airman', 'pilots', 'pilot', 'firemen', 'fireman', 'detainees', 'detainee', 'captives', 'abductees',
  // on a mountain, a flight, a street: "a guide and two trekkers died", "three flight attendants were hurt"
  'guides', 'guide', 'mountaineers', 'mountaineer', 'trekkers', 'trekker', 'sherpas', 'attendants', 'attendant',
  'cook', 'cooks', 'porter', 'diners', 'settlers', 'marchers', 'picketers', 'vigilantes', 'hooligans', 'legislators', 'adolescents',
  'male', 'female', 'males', 'females', 'juvenile', 'juveniles', 'more', 'each', 'them', 'him', 'her', 'himself', 'herself', 'themselves', 'dead', 'wounded', 'injured',
]);

/**
 * Words of the generated role list (gazetteer.generated.ts) that name no one who can be hurt or held: beings of
 * story and faith, a word and a people's count, and a service's users ("fined over 40 million users" is no toll).
 */
const NOT_VICTIMS: ReadonlySet<string> = new Set([
  'phrase', 'phrases', 'population', 'populations', 'character', 'characters', 'spirit', 'spirits', 'soul', 'souls',
  'god', 'gods', 'goddess', 'goddesses', 'deity', 'deities', 'ghost', 'ghosts', 'phantom', 'phantoms', 'apparition',
  'apparitions', 'oracle', 'oracles', 'icon', 'icons', 'idol', 'idols', 'pawn', 'pawns', 'beings', 'beingses',
  'parental', 'parentals', 'user', 'users', 'creator', 'creators', 'maker', 'makers', 'superhero', 'superheroes',
  'superhuman', 'superhumans', 'villain', 'villains', 'wizard', 'wizards', 'witch', 'witches', 'sorcerer', 'sorcerers',
  'sorceress', 'sorceresses', 'boogeyman', 'boogeymans', 'minion', 'minions', 'nemesis', 'nemeses',
  // no one at all: "nobody is in custody"
  'nobody', 'nobodies', 'somebody', 'somebodies', 'anybody', 'anybodies',
]);

/**
 * The heads of victims phrases in the casualties stage: the people nouns above and every person's trade or role of the
 * generated role list ("killed a shepherd", "two welders were injured"), so that a trade the hand-made list lacks is
 * still a person. Other stages keep PEOPLE_NOUNS: a role there is a title or a source, decided by their own rules.
 */
export const VICTIM_NOUNS: ReadonlySet<string> = new Set([
  ...PEOPLE_NOUNS,
  ...ROLE_NOUNS.split(';').filter((w) => w !== '' && !NOT_VICTIMS.has(w)),
]);

/** Kin whose loss is a death: "lost two sons", "lost his wife" (not "lost 200 workers"). */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'sons', 'daughters',
  'brothers', 'sisters', 'parents', 'children', 'child', 'baby', 'cousin', 'cousins', 'nephew', 'nephews',
  'niece', 'nieces', 'uncle', 'aunt', 'grandmother', 'grandfather', 'grandson', 'granddaughter',
  'grandchildren', 'relatives', 'family', 'siblings', 'twins', 'husbands', 'wives',
]);

/**
 * Animals, whose dead are no casualties: "collected 300 dead seabirds", "dead or oil-coated
 * dolphins". A word ending in one of these is one too ("seabirds", "shellfish").
 */
export const ANIMALS: ReadonlySet<string> = new Set([
  'animals', 'animal', 'birds', 'bird', 'fish', 'fishes', 'dolphins', 'dolphin', 'whales', 'whale', 'turtles', 'turtle',
  'seals', 'seal', 'otters', 'penguins', 'pelicans', 'gulls', 'terns', 'ducks', 'geese', 'swans', 'cattle', 'cows', 'cow',
  'sheep', 'goats', 'goat', 'pigs', 'pig', 'hogs', 'chickens', 'hens', 'poultry', 'livestock', 'horses', 'horse',
  'dogs', 'dog', 'cats', 'cat', 'deer', 'elephants', 'elephant', 'camels', 'donkeys', 'bees', 'bats', 'rats', 'mice',
  'crabs', 'shrimp', 'oysters', 'mussels', 'salmon', 'trout', 'sardines', 'wildlife',
]);

/** Is this word an animal (or a compound ending in one: "seabirds", "shellfish")? */
export function isAnimal(w: string): boolean {
  if (ANIMALS.has(w)) return true;
  for (const tail of ['birds', 'fish', 'bird']) if (w.length > tail.length + 2 && w.endsWith(tail)) return true;
  return false;
}

/**
 * Given names the generated first-name list (gazetteer.generated.ts) lacks that are no English word: names of public life
 * across regions ("Barack", "Mitt", "Narendra", "Giorgia", "Uhuru", "Kwame"). Common words used as names ("Bill", "Will",
 * "Frank", "Rose", "May") stay out: their capital opens sentences and laws ("Bill 18"); so do "Uhuru" (Swahili "freedom":
 * a newspaper, a park) and "Barack" (a known first name split "Mr. Obama" into one person per mention where the text
 * names "Michelle Obama" first and "Barack Obama" only inside an event's name: merge-surnames' shared-surname rule).
 */
export const EXTRA_FIRST_NAMES: readonly string[] = [
  // the Americas
  'mitt', 'newt', 'jeb', 'beto', 'tulsi', 'rahm', 'reince', 'kellyanne', 'huma', 'ivanka', 'melania', 'jair', 'evo',
  'dilma', 'xiomara', 'nayib',
  // Europe
  'giorgia', 'mette', 'rishi',
  // Africa
  'abiy', 'muhammadu', 'raila', 'jakaya', 'yoweri', 'salva', 'thabo', 'emmerson', 'samia', 'hakainde', 'kwame', 'kofi',
  'yaw', 'kojo', 'chinedu', 'ngozi', 'chukwuemeka', 'nnamdi', 'ikenna', 'emeka', 'tunde', 'segun', 'funmilayo', 'wanjiru',
  'wambui', 'njeri', 'thandiwe', 'sipho', 'lindiwe', 'nomvula', 'themba', 'bongani', 'zanele',
  // the Middle East and South Asia
  'ehud', 'yair', 'naftali', 'yahya', 'bashar', 'ebrahim', 'hamdan', 'tayyip', 'hosni', 'muammar', 'saddam', 'hafez', 'rafik',
  'saad', 'najib', 'nabih', 'walid', 'hamad', 'tamim', 'salman', 'faisal', 'abdulaziz', 'ayman', 'nouri', 'haider', 'moqtada',
  'mahmood', 'narendra', 'priya', 'anil', 'sunil', 'vijay', 'ravi', 'rakesh', 'arvind', 'rajiv', 'manmohan', 'pranab', 'ashok',
  'deepika', 'sachin', 'virat', 'imran', 'nawaz', 'shehbaz', 'asif', 'bilawal', 'benazir', 'pervez', 'zulfikar', 'jawaharlal',
  // East Asia (given names written after the family name too: "Shinzo Abe")
  'shinzo', 'fumio', 'yoshihide', 'junichiro', 'hiroshi', 'takeshi', 'kenji', 'naoto', 'yukio',
];
