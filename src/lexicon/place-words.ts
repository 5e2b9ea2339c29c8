// Words that make a capitalised name a place ("Khyber Pakhtunkhwa province", "Gulf of Aden", "a man
// from Kilcullen") or name a work or building after it ("the Kozlu Madencilik mine", "Once station").
// Split from organizations.ts.

/** Lowercase nouns after a name that make it a place: "Khyber Pakhtunkhwa province". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'province', 'provinces', 'state', 'city', 'district', 'region', 'county', 'valley', 'village', 'town',
  'river', 'mountains', 'desert', 'island', 'islands', 'peninsula', 'governorate', 'prefecture',
  'municipality', 'township', 'neighbourhood', 'neighborhood', 'border', 'camp', 'crossing', 'market',
]);

// the people a place is home to, named one at a time: "a Crown Point man", "a Kibera resident", "a man from Kilcullen"
const RESIDENT_NOUNS = ['man', 'woman', 'teen', 'teenager', 'boy', 'girl', 'couple', 'family', 'resident', 'residents', 'native'];

/**
 * Dwellings and residents after "a" and a name, which make the name a place: "a Dorchester
 * triple-decker", "a Brooklyn apartment", "a Kibera resident", "a Crown Point man".
 */
export const DWELLING_NOUNS: ReadonlySet<string> = new Set([
  'triple-decker', 'apartment', 'home', 'house', 'rowhouse', 'row-house', 'bungalow', 'duplex', 'high-rise',
  'tenement', 'street', 'suburb', 'block', 'backyard', 'neighbourhood', 'neighborhood',
  ...RESIDENT_NOUNS,
]);

/** Lowercase nouns before "of" that make the name after it a place: "a former mayor of Heredia", ", on the island of". */
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set([
  'mayor', 'capital', 'outskirts', 'suburbs', 'suburb', 'residents', 'streets', 'centre', 'center',
  // "his hometown of Geraardsbergen", "40 nautical miles south of Lampedusa"
  'hometown', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  // "the Somali port of Eyl", "the harbour of Piraeus"
  'port', 'harbour', 'harbor',
  // "the lower slopes of Kangchenjunga", "the flanks of Etna"
  'slopes', 'flanks', 'foothills',
  // "Ponta Delgada, on the island of São Miguel", "Kisumu, on the shores of Lake Victoria", "at the mouth of the Danube"
  'island', 'coast', 'shores', 'shore', 'banks', 'edge', 'foot', 'mouth',
  // places of a kind named together: "the counties of Suceava, Iasi and Bihor" (BLIND16 A10), "the towns of X and Y"
  'counties', 'provinces', 'districts', 'regions', 'states', 'cities', 'towns', 'villages', 'municipalities', 'islands',
]);

/** Prepositions of where a place lies, before its name: "in Kasese", "outside Leeds", "across Kenya", "towards Kabul". */
export const LOCATIVES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'into', 'towards', 'toward']);

/** People nouns before "from" that make the name after it a place: "a 34-year-old man from Kilcullen". */
export const HOMETOWN_HEADS: ReadonlySet<string> = new Set([
  ...RESIDENT_NOUNS, 'men', 'women', 'boys', 'girls', 'teenagers', 'families', 'villager', 'villagers', 'natives', 'migrant', 'migrants',
  'refugee', 'refugees', 'mother', 'father', 'son', 'daughter', 'grandmother', 'grandfather', 'people',
]);

/**
 * The last words of a building's name that also end organisations' names ("White House", "Chatham House", "Supreme
 * Court"): a place only where people live or a fire burns ("the fire at Marlowe House").
 */
export const SHARED_BUILDING_ENDS: ReadonlySet<string> = new Set(['house', 'court', 'mansions']);
// the last words of a building's name that end no organisation's: "Grenfell Tower" (BLIND14 A4)
const TOWER_WORDS = ['tower', 'towers'];
/** The last words of a building's name, whose first words alone name it: "Grenfell" for "Grenfell Tower". */
export const BUILDING_ENDS: ReadonlySet<string> = new Set([...TOWER_WORDS, ...SHARED_BUILDING_ENDS]);

/** Capitalised words that make a name a place: "Gulf of Aden", "Mount Kenya". */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'gulf', 'mount', 'lake', 'sea', 'ocean', 'strait', 'bay', 'river', 'valley', 'island', 'islands', 'province',
  'county', 'district', 'region', 'desert', 'mountains', 'coast', 'peninsula', 'street', 'avenue', 'square',
  'road', 'airport', 'port', 'city', 'state', 'republic', 'kingdom', 'territory', 'territories', 'strip',
  'bank', 'heights', 'plateau', 'hills', 'canal', 'park', 'highlands', 'springs', 'beach', 'falls', 'harbor',
  'harbour', 'mall', 'dam', 'highway', 'motorway', 'expressway', 'freeway',
  // "MIDWAY ATOLL -", "Cape Cod", "the Mekong Delta"
  'atoll', 'archipelago', 'delta', 'glacier', 'lagoon', 'reef',
  // a city's parts: "on the city's West Side", "the Upper East Side"; regions named as alleys ("Tornado Alley", "Dixie Alley")
  'side', 'alley',
  // buildings: "Grenfell Tower", "the top floor of Harbour Tower" (BLIND14 A4)
  ...TOWER_WORDS,
]);

// works a company runs, named after it: "the Kozlu Madencilik mine"
export const SITE_NOUNS: ReadonlySet<string> = new Set(['mine', 'plant', 'factory', 'refinery', 'mill', 'smelter', 'shipyard', 'warehouse']);

// buildings and works named by a word before them: "Once station", "the Litoral penitentiary", "Victoria station"
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'station', 'penitentiary', 'prison', 'jail', 'gaol', 'stadium', 'terminal', 'bridge', 'barracks', 'airbase', 'cathedral',
  'mosque', 'church', 'temple', 'shrine', 'tunnel', 'pier', 'arena', 'racecourse', 'reservoir',
]);

/** The words before "District" that make it a special district's body, no place: "Cedar Valley School District", "Metropolitan Water District". */
export const DISTRICT_KINDS: ReadonlySet<string> = new Set([
  'school', 'water', 'fire', 'irrigation', 'sanitation', 'sanitary', 'hospital', 'utility', 'transit', 'park', 'library', 'conservation',
  'flood', 'drainage', 'sewer', 'college',
]);
