// Capitalised words that name no actor: days, months, concepts, pronouns, and words that
// open sentences or headings ("Jihad", "Monday", "According").

export const NON_ENTITIES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'jihad', 'god', 'allah', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'ramadan', 'eid',
  'christmas', 'easter', 'covid', 'covid-19', 'internet', 'web', 'brexit',
  // documents and programmes named alone: "the Constitution", "repeal Obamacare"
  'constitution', 'obamacare',
  // diseases are named, but they are no actor
  'ebola', 'cholera', 'malaria', 'mpox', 'measles', 'polio', 'hiv', 'aids', 'marburg', 'dengue', 'zika',
  'tuberculosis', 'sars', 'mers', 'influenza', 'coronavirus', 'lassa', 'typhoid', 'anthrax',
  // "brain changes linked to Alzheimer's" (the eponym of a disease)
  'alzheimer',
  // units named after people: "above 40 degrees Celsius"
  'celsius', 'fahrenheit',
  // adjectives made of a name: "Their Orwellian fantasy", "a Shakespearean tragedy" (the word alone names no one)
  'orwellian', 'jeffersonian', 'machiavellian', 'darwinian', 'victorian', 'edwardian', 'elizabethan', 'freudian',
  'keynesian', 'hobbesian', 'dickensian', 'shakespearean', 'kafkaesque', 'herculean', 'sisyphean', 'faustian',
  'promethean', 'reaganesque', 'nixonian', 'trumpian', 'hamiltonian', 'jacksonian', 'wilsonian', 'churchillian',
  'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'none', 'nothing', 'everything',
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'this', 'that',
  'these', 'those', 'there', 'here', 'the', 'a', 'an', 'and', 'but', 'or', 'if', 'even', 'so', 'yet',
  'according', 'citing', 'meanwhile', 'however', 'still', 'also', 'earlier', 'later', 'recent', 'recently',
  'mr', 'mrs', 'ms', 'dr', 'no', 'yes', 'ok', 'am', 'pm', 'a.m', 'p.m', 'tv', 'gmt', 'utc',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  // party adjectives and members are no actor by themselves ("the Democratic nominee")
  'democratic', 'republican', 'democrat', 'democrats', 'republicans', 'conservatives', 'liberals',
  'as', 'at', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'from', 'after', 'before', 'when', 'while', 'what',
  'who', 'why', 'how', 'where', 'which', 'because', 'although', 'then', 'now', 'today', 'yesterday', 'tomorrow',
  'neither', 'either', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would',
  'latest', 'edt', 'est', 'pdt', 'pst', 'cdt', 'cst', 'bst', 'cet', 'gmt', 'thousands', 'hundreds', 'dozens',
  'millions', 'tens', 'breaking', 'update', 'updated', 'exclusive', 'analysis', 'opinion', 'editorial', 'photo', 'video',
]);

/**
 * Words that make the name after them a storm's ("Hurricane Maria", "Cyclone Hamoon", "Tropical
 * Storm Alberto"): an event, not a person, organisation or place. ("Storm" alone also opens place
 * names such as "Storm Lake", so it counts only after "Tropical".)
 */
export const STORM_HEADS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'tropical']);

/**
 * Last words of a named event (and "Spring" after a demonym or a place: "the Arab Spring", "the
 * Prague Spring", not "Silver Spring, Md."): "the Carnation Revolution of April 25, 1974", "the Arab Spring",
 * "the Cold War", "the Srebrenica massacre", "the World Cup". A name they end is no actor (but
 * "Ministry of War", "Crisis Group": an organisation's word before "of" or after them keeps it).
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'revolution', 'uprising', 'war', 'massacre', 'genocide', 'intifada', 'holocaust', 'olympics',
  'cup', 'offensive', 'famine', 'crisis', 'blitz',
  // "the World Series"
  'series',
]);

/**
 * The last words of an award's name: "Nobel Peace Prize", "Congressional Gold Medal", "Heisman Trophy", "the Academy
 * Awards", "a Daytime Emmy", "the Annual Golden Globes" (no actor; alone too: "two Grammys"). "Oscar" is a first name
 * and "Globe" a paper's ("Boston Globe"): no-actor.ts takes them only after a word that makes them the award.
 */
export const AWARD_HEADS: ReadonlySet<string> = new Set([
  'prize', 'medal', 'award', 'trophy', 'prizes', 'medals', 'awards', 'trophies', 'emmy', 'emmys', 'grammy', 'grammys', 'oscars', 'globes',
]);

/**
 * Prefixes of a ship's name in capitals: "the MV Sewol", "the USS Cole", "HMS Belfast" (a vessel is no actor, as a
 * car model is none; "SS", "MS", "INS" stay out: the SS, multiple sclerosis, the INS).
 */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'MV', 'MB', 'RMS', 'HMAS', 'HMCS', 'HMNZS', 'USNS', 'USCGC']);

/** Vessels named by a name right after them: "The ferry Queen of the Islands capsized", "the tanker Sea Pearl" (no actor). */
export const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ferry', 'ship', 'vessel', 'boat', 'tanker', 'freighter', 'liner', 'yacht', 'trawler', 'tugboat', 'barge', 'steamer', 'warship',
  'frigate', 'destroyer', 'submarine', 'cruiser', 'catamaran', 'schooner',
]);

/** Money after a name and before which a count stands: "2 billion CFA francs", "500 Hong Kong dollars" (a currency, no actor). */
export const CURRENCY_NOUNS: ReadonlySet<string> = new Set([
  'francs', 'franc', 'dollars', 'dollar', 'pounds', 'euros', 'pesos', 'rupees', 'shillings', 'yen', 'yuan', 'rand', 'naira',
  'dinars', 'dirhams', 'riyals', 'rials', 'lira', 'kronor', 'kroner', 'krona', 'rubles', 'roubles', 'won', 'cedis', 'kwacha',
]);

/**
 * Road names that hold a number: "Interstate 35", "Highway 101", "State Route 4", "Northeast 36th
 * Street", "5th Avenue". The capitalised words around the number name no actor by themselves.
 * ROAD_NUMBER_HEADS come before the number, STREET_WORDS after it, DIRECTIONS before an ordinal.
 */
export const ROAD_NUMBER_HEADS: ReadonlySet<string> = new Set([
  'interstate', 'highway', 'route', 'hwy', 'road', 'freeway', 'expressway', 'motorway', 'loop', 'exit', 'hwy.',
]);
/**
 * Places whose name is also a common word ("Male suspect shot", "Reading the report, she…", "Nice
 * weather", "Split decision", "Mobile phones"): before a lower-case word, or in a heading the body
 * does not confirm, they name no place. "Us" (not "US") is the pronoun.
 */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(['male', 'nice', 'reading', 'split', 'mobile', 'bath', 'us']);

/** Words before a number that name a part of something, no actor: "Stage 14", "Article 21", "Terminal 5". */
export const NUMBERED_HEADS: ReadonlySet<string> = new Set([
  'stage', 'article', 'section', 'chapter', 'clause', 'paragraph', 'terminal', 'gate', 'pier', 'platform', 'phase', 'round', 'game',
  'week', 'day', 'lap', 'hole', 'level', 'grade', 'ward', 'precinct', 'district', 'block', 'lot', 'unit', 'apartment', 'suite', 'room',
  // parts of a prison or a camp: "Pavilion 4", "Cellblock 7", "Wing 3"
  'pavilion', 'cellblock', 'wing', 'module', 'sector', 'zone', 'camp',
  // a storm's or a scale's grade: "a Category 3 storm", "Level 4 alert", "Tier 2"; a crime's: "a Class 3 felony"
  'category', 'tier', 'class', 'series',
]);
/**
 * The street words that end no other kind of name ("Court", "Place", "Way" do: "Supreme Court"): a street's name in
 * capitals, or in lower case after a name ("on Skyline drive"). The base of the two lists below.
 */
export const STREET_ONLY_WORDS: ReadonlySet<string> = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'parkway', 'terrace', 'blvd', 'ave']);
/** Street words after a number: "5th Avenue", "Northeast 36th Street", "12th Place", "3rd St". */
export const STREET_WORDS: ReadonlySet<string> = new Set([...STREET_ONLY_WORDS, 'place', 'court', 'way', 'st', 'rd', 'dr']);
export const DIRECTIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw',
]);

/**
 * Faiths, peoples and generations named by an adjective or a plural: they describe people and
 * name no actor by themselves ("Obama said Muslims were…", "a Hispanic man", "radical Islamic
 * terrorism", "Millennial voters"). Named groups keep them ("Muslim Brotherhood", "Catholic Church").
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
  'muslim', 'muslims', 'islamic', 'islamist', 'islamists', 'christian', 'christians', 'catholic', 'catholics',
  'protestant', 'protestants', 'evangelical', 'evangelicals', 'jewish', 'jew', 'jews', 'hindu', 'hindus',
  'sikh', 'sikhs', 'buddhist', 'buddhists', 'sunni', 'sunnis', 'shia', 'shias', 'shiite', 'shiites', 'mormon',
  'mormons', 'hispanic', 'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'latinx', 'slavic', 'baltic',
  'african-american', 'african-americans', 'millennial', 'millennials', 'caucasian', 'caucasians',
  'americans', 'europeans', 'africans', 'asians', 'arabs',
  // peoples no demonym list holds: "minority Tutsis", "Hutu militias", "official Serb sources"
  'hutu', 'hutus', 'tutsi', 'tutsis', 'serb', 'serbs', 'croat', 'croats', 'kurd', 'kurds', 'pashtun', 'pashtuns', 'orthodox',
  // churches' adjectives: "at a Presbyterian church" (named churches keep them: "Presbyterian Church (U.S.A.)")
  'presbyterian', 'presbyterians', 'methodist', 'methodists', 'baptist', 'baptists', 'lutheran', 'lutherans', 'anglican',
  'anglicans', 'episcopalian', 'episcopalians', 'pentecostal', 'pentecostals',
]);

/**
 * A news site's page furniture, scraped with the story ("News | Weather | Sports", "Breaking
 * News", "All Rights Reserved"): words that name nothing alone or together.
 */
export const PAGE_WORDS: ReadonlySet<string> = new Set([
  'news', 'weather', 'sports', 'traffic', 'hours', 'rights', 'reserved', 'copyright', 'comments', 'comment',
  'advertisement', 'related', 'newsletter', 'menu', 'search', 'login', 'share', 'print', 'email',
  // "Privacy Policy, About Our Ads and Terms of Service", "Cookie Policy", "Subscribe"
  'privacy', 'policy', 'terms', 'use', 'service', 'ads', 'about', 'cookie', 'cookies', 'subscribe', 'sitemap', 'feedback',
]);

/**
 * Words that only a headline's title case capitalises ("Man Murdered Over A Cell Phone", "Bets
 * Are Off", "Two Wounded In Riverdale Shooting"): a run holding one is a headline, not a name.
 */
export const HEADLINE_WORDS: ReadonlySet<string> = new Set([
  'A', 'An', 'Is', 'Are', 'Was', 'Were', 'Be', 'Been', 'Over', 'Into', 'Onto', 'Gonna', 'Not', 'Has', 'Have',
  'Had', 'Will', 'Can', 'Off', 'Up', 'Out', 'With', 'After', 'About', 'Than', 'Down', 'In', 'At', 'To', 'By',
  "We're", "It's", "Don't",
]);

/** Number words, which name nothing alone ("One was taken to hospital", "Two of them"). */
export const NUMBER_WORDS_ALONE: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'hundred',
]);

/** Street names' last words: "Selig Drive", "Miller Park Way", "Vermont St" name a place. */
export const STREET_ENDS: ReadonlySet<string> = new Set([
  ...STREET_ONLY_WORDS, 'way', 'st', 'rd', 'pike', 'circle',
  // postal abbreviations: "6346 Midlothian Tpke", "Route 9 Hwy"
  'tpke', 'hwy', 'pkwy', 'ln', 'ct', 'cir', 'trl', 'expy', 'fwy',
]);

/** Lowercase words that may join capitalised words inside one name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'van', 'von', 'der', 'den', 'ter',
  'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'ud', 'e', 'y', 'abu', 'ben', 'st', 'st.',
  // "Dar es Salaam"
  'es',
  // Portuguese "of the": "Rio Grande do Sul", "Mato Grosso do Sul"
  'do',
]);

/** Connectors allowed inside organisation and place names only: "Bank of England", "Location & Event". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'the', 'on']);

/**
 * Verbs that open a sentence as a command before a name ("Follow Pam Key on Twitter",
 * "Contact Ahmed Tarin"): at a sentence start they are never part of the name.
 */
export const IMPERATIVES: ReadonlySet<string> = new Set([
  'follow', 'read', 'contact', 'watch', 'see', 'click', 'subscribe', 'join', 'share', 'listen', 'visit', 'email',
  'call', 'ask', 'tell', 'let', 'download', 'like', 'donate', 'send', 'support', 'thank', 'vote', 'tweet', 'message',
  'sign', 'write', 'meet', 'hear', 'view', 'check', 'find', 'try', 'get', 'help', 'buy', 'register',
  // a headline's imperative before a name ("Hold Melania Trump to her husband's standards")
  'hold', 'give', 'put', 'leave', 'bring', 'remember', 'forget', 'look',
]);

// Function words and interjections: a lone capitalised one no lexicon or clue typed names nothing
// ("Upon arrival, police …", "“Oh my god …”", "Some 1,500 ethnic Albanians marched"). Taken from
// compromise's lexicon (MIT, (c) Spencer Kelly; see LICENSE.compromise): its one-word entries
// tagged Preposition, Conjunction, Determiner, Pronoun, Possessive, Reflexive, Adverb, Negative,
// Modal, QuestionWord, Copula or Expression, without foreign particles ("de", "el"), slang, "us"
// (the country) and words that are also names ("Bravo", "Eureka", "Holy").
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'abroad', 'across', 'after', 'again', 'ah', 'aha', 'ahem', 'ahh', 'alas', 'almost', 'along', 'alongside',
  'already', 'also', 'although', 'altogether', 'always', 'am', 'amid', 'amidst', 'among', 'amongst', 'an', 'and', 'another',
  'any', 'anymore', 'anyway', 'apart', 'are', 'around', 'as', 'aside', 'at', 'atop', 'away', 'awhile', 'backward', 'barring',
  'because', 'before', 'besides', 'between', 'both', 'but', 'by', 'bye', 'can', 'could', 'definitely', 'despite', 'directly',
  'down', 'during', 'each', 'either', 'else', 'even', 'ever', 'every', 'except', 'few', 'for', 'forever', 'from', 'fully',
  'further', 'furthermore', 'gee', 'golly', 'gosh', 'he', 'heck', 'hence', 'her', 'hers', 'herself', 'hey', 'him', 'himself',
  'his', 'how', 'however', 'huh', 'i', 'if', 'in', 'inasmuch', 'indeed', 'instead', 'into', 'is', 'it', 'its', 'itself',
  'jeez', 'just', 'least', 'likewise', 'maybe', 'me', 'meanwhile', 'might', 'moreover', 'much', 'must', 'my', 'myself',
  'nah', 'neither', 'never', 'nevertheless', 'newly', 'no', 'nope', 'nor', 'not', 'notwithstanding', 'now', 'of', 'off',
  'often', 'oh', 'ohh', 'on', 'once', 'oneself', 'only', 'onto', 'ooh', 'oops', 'or', 'otherwise', 'ouch', 'ought', 'our',
  'ours', 'ourselves', 'out', 'outright', 'perhaps', 'please', 'plus', 'quite', 'randomly', 'rather', 'really', 'seldom',
  'several', 'shall', 'she', 'should', 'since', 'so', 'some', 'somehow', 'sometimes', 'somewhat', 'such', 'than', 'that',
  'the', 'their', 'theirs', 'them', 'themselves', 'then', 'thereby', 'therefore', 'these', 'they', 'this', 'those', 'though',
  'through', 'throughout', 'thus', 'till', 'to', 'too', 'totally', 'toward', 'towards', 'twice', 'ugh', 'uh', 'ultimately',
  'unlike', 'until', 'up', 'upon', 'various', 'very', 'was', 'we', 'were', 'what', 'whatever', 'whatsoever', 'when',
  'whenever', 'where', 'whereas', 'whereby', 'wherever', 'whether', 'which', 'whichever', 'while', 'whilst', 'who', 'whoa',
  'whoever', 'whom', 'whoops', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'wow', 'yeah', 'yep', 'yes',
  'yet', 'you', 'your', 'yourself', 'yourselves', 'yup',
]);

// prepositions a sentence opens on before a name
// (and a subordinator: "Whether Polly Peck would sell was unclear")
export const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'from', 'by', 'with', 'under', 'after', 'before', 'during', 'since', 'like', 'unlike',
  'whether', 'although', 'though', 'because', 'unless', 'until', 'whereas',
]);

// Acronyms of things, tests, units and time zones, no actors: "a white SUV", "DNA evidence",
// "performed CPR", "a CT scan", "2:11 p.m. ET", "a photo ID" (the dev sample typed them organisations)
export const THING_ACRONYMS: ReadonlySet<string> = new Set([
  'suv', 'suvs', 'dna', 'cpr', 'ct', 'mri', 'pcr', 'icu', 'er', 'ekg', 'ecg', 'iv', 'bmi', 'ptsd', 'adhd', 'iq', 'gps', 'atm',
  'tv', 'pc', 'usb', 'pdf', 'url', 'sms', 'www', 'tty', 'faq', 'vip', 'ppe', 'ied', 'ieds', 'rpg', 'rpgs', 'ufo', 'rv', 'ev',
  'evs', 'dui', 'dwi', 'mph', 'id', 'ids', 'ipo', 'gdp', 'gnp', 'rico', 'lgbt', 'lgbtq', 'et', 'est', 'edt', 'pst', 'pdt',
  'cst', 'cdt', 'mst', 'mdt', 'gmt', 'utc',
  // a kind of body or a degree named by its initials, no one body: "a super PAC", "his MBA"
  'pac', 'pacs', 'mba',
]);

/** Nouns of substances, right before the one word that names one: "the blood booster EPO", "the drug Ozempic" (no actor). */
export const SUBSTANCE_NOUNS: ReadonlySet<string> = new Set([
  'booster', 'hormone', 'drug', 'steroid', 'stimulant', 'vaccine', 'substance', 'chemical', 'compound', 'pesticide',
  'herbicide', 'opioid', 'painkiller', 'sedative', 'toxin', 'explosive', 'virus', 'enzyme', 'supplement',
]);

/** Reflexive pronouns: never a source, a name or a count ("officials had themselves estimated", "shot himself"). */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(['themselves', 'himself', 'herself', 'itself', 'ourselves', 'yourselves']);
