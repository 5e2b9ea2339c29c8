// Titles, roles and honorifics that mark a person ("Afghan Defense Minister Mullah Yaqoob",
// "US President Donald Trump", "Security analyst Ihsanullah Tipu Mehsud").

/** Nouns that end a title or role: "minister" in "deputy interior minister". */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  // ("Council member Jordan Pike", "Council members Ann Lee and Bo Park")
  'member', 'members',
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'senator', 'governor', 'mayor', 'judge', 'justice', 'magistrate', 'prosecutor', 'attorney', 'lawyer',
  'general', 'commander', 'colonel', 'major', 'captain', 'lieutenant', 'admiral', 'marshal', 'sergeant',
  'ambassador', 'envoy', 'diplomat', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'pope', 'cardinal', 'bishop', 'archbishop',
  'leader', 'head', 'founder', 'ceo', 'officer', 'official', 'adviser', 'advisor', 'aide', 'deputy',
  'analyst', 'journalist', 'reporter', 'correspondent', 'editor', 'columnist', 'researcher', 'scholar',
  'professor', 'expert', 'economist', 'historian', 'fellow', 'activist', 'campaigner', 'candidate',
  'lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'councillor', 'councilman',
  'councilwoman', 'speaker', 'doctor', 'physician', 'nurse', 'surgeon', 'epidemiologist', 'scientist',
  'coach', 'player', 'striker', 'author', 'writer', 'commissioner', 'inspector', 'superintendent',
  'detective', 'sheriff', 'warden', 'rapporteur', 'coordinator', 'negotiator', 'mediator', 'militant',
  'defendant', 'plaintiff', 'witness', 'juror', 'counsel', 'clerk', 'dean', 'principal', 'manager',
  'executive', 'founder', 'owner', 'investor', 'entrepreneur', 'businessman', 'businesswoman', 'cleric',
  'commentator', 'presenter', 'host', 'anchor', 'broadcaster', 'pundit', 'strategist', 'consultant', 'pollster',
  'imam', 'rabbi', 'priest', 'pastor', 'monk', 'vice-president', 'vice-chancellor', 'administrator',
  'coroner',
  // "The Ombudsman's Office" (a title before a possessive inside an organisation's name)
  'ombudsman', 'ombudsperson',
  // scientists quoted as experts: "Senior meteorologist Dean Maloney", "virologist …"
  'meteorologist', 'climatologist', 'seismologist', 'virologist', 'geologist', 'sociologist', 'criminologist',
  'pathologist', 'toxicologist', 'volcanologist', 'immunologist', 'neurologist', 'hydrologist', 'demographer',
  'forecaster',
  // doctors and scientists by field: "Dr. Hannah Moore, a hepatologist who was not involved in the research"
  'hepatologist', 'cardiologist', 'oncologist', 'psychologist', 'psychiatrist', 'dermatologist', 'gastroenterologist',
  'nephrologist', 'pulmonologist', 'radiologist', 'anesthesiologist', 'anaesthetist', 'gynecologist', 'obstetrician',
  'pediatrician', 'paediatrician', 'dietitian', 'nutritionist', 'pharmacist', 'veterinarian', 'dentist', 'biologist',
  'ecologist', 'zoologist', 'archaeologist', 'anthropologist', 'statistician', 'mathematician', 'physicist', 'chemist',
  'astronomer', 'engineer', 'architect', 'biochemist', 'geneticist', 'microbiologist', 'neuroscientist',
]);

/** Kin before a comma and a name: "his daughter, Claire Finch", "Ackroyd's daughter, Susan Whitley". */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  'mother', 'father', 'stepmother', 'stepfather', 'daughter', 'son', 'stepdaughter', 'stepson', 'wife', 'husband',
  'brother', 'sister', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'grandmother', 'grandfather', 'granddaughter',
  'grandson', 'widow', 'widower', 'girlfriend', 'boyfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée',
]);

/** Title words that are also first names: "Senior meteorologist Dean Maloney". */
export const FIRST_NAME_TITLES: ReadonlySet<string> = new Set(['dean', 'earl', 'duke']);

/** Words that may stand before a title head: "Defense" in "Defense Minister", "former", "deputy". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'acting', 'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'chief', 'prime',
  'foreign', 'defense', 'defence', 'interior', 'home', 'finance', 'health', 'justice', 'education',
  'trade', 'economy', 'energy', 'information', 'security', 'political', 'military', 'regional', 'local',
  'state', 'federal', 'provincial', 'district', 'national', 'general', 'attorney', 'supreme', 'army',
  'police', 'intelligence', 'opposition', 'party', 'union', 'communications', 'press', 'executive',
  'managing', 'lead', 'principal', 'special', 'top', 'veteran', 'independent', 'public', 'presidential',
  'us', 'u.s.', 'un', 'eu', 'white', 'house', 'chief', 'first', 'lady', 'crown', 'grand', 'high',
  'foreign affairs', 'agriculture', 'transport', 'labour', 'labor', 'environment', 'climate', 'culture',
  'district', 'county', 'circuit', 'appeals', 'court', 'health', 'water', 'media', 'human', 'rights',
  'legal', 'investigative', 'freelance', 'independent', 'campaign', 'field', 'medical', 'public-health',
  // "Interior Cabinet Secretary Kipchumba Rotich": the cabinet is part of the title, no organisation
  'cabinet',
  // a company's officers: "Chief Financial Officer Katrin Albers", "Chief Operating Officer"
  'financial', 'operating', 'technology', 'technical', 'marketing', 'commercial', 'investment', 'compliance',
  'digital', 'sales', 'product', 'scientific', 'strategy', 'risk',
]);

/** Honorifics that belong to the name as written: "Haji Najib", "Mullah Yaqoob", "Sheikh Hasina". */
export const NAME_HONORIFICS: ReadonlySet<string> = new Set([
  'mullah', 'mulla', 'haji', 'hajji', 'sheikh', 'shaikh', 'maulana', 'mawlana', 'mawlawi', 'maulvi', 'mufti',
  'ayatollah', 'hafiz', 'qari', 'sardar', 'pir', 'sayyid', 'sri', 'shri', 'datuk', 'tun', 'tan',
]);

/** Courtesy titles that mark a person but are not part of the name: "Mr. Smith". */
export const COURTESY_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'mme', 'mlle', 'messrs',
  'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'maj', 'sgt', 'rev', 'hon', 'pres', 'adm', 'cmdr', 'insp', 'det',
  // "Army spokesman Brig. Gen. Nabil Abdallah" ("Brig" was a person)
  'brig',
]);

/**
 * Abbreviated ranks and offices that end a title after the body's name: "Auburn Police Capt. Lee
 * Shirley", "Milwaukee Police Sgt. Tom Mack", "State Sen. Mary Hale" (with their full stop).
 */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'cpt', 'maj', 'sgt', 'adm', 'cmdr', 'insp', 'det', 'cpl', 'ofc',
  'supt', 'lieut', 'atty', 'dep', 'pvt', 'spc', 'brig',
  // a delegate to a legislature, before a name with its full stop ("said Del. Stacey Plaskett"; "Dover, Del." is Delaware)
  'del',
  // plurals before two names: "Sens. Elizabeth Warren and Sherrod Brown", "Reps. …"
  'sens', 'reps', 'govs', 'gens',
]);

/**
 * Words that open a clause or a phrase after a name's comma, never an apposition:
 * "near 91st Street and Masters Road, on a report of a person shot", "Pass Avenue, where two
 * officers remained".
 */
export const NOT_APPOSITION_OPENERS: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'near', 'where', 'when', 'while', 'which', 'who', 'whom', 'whose', 'that', 'as', 'after',
  'before', 'but', 'and', 'or', 'so', 'because', 'with', 'for', 'from', 'to', 'by', 'of', 'including', 'not',
  'then', 'if', 'although', 'though', 'since', 'until', 'into', 'onto', 'about', 'around', 'during', 'amid',
  'despite', 'than', 'like', 'unlike', 'just', 'also', 'even', 'only', 'it', 'he', 'she', 'they', 'we', 'i',
]);


/** Titles whose portfolio follows "for" or "of": "Minister for Enterprise", "Secretary of State". */
export const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner', 'ministers', 'secretaries', 'speaker']);

/**
 * Capitalised words of a portfolio after "Minister for" / "Secretary of" ("Minister for Enterprise
 * Peter Burke", "The Minister for Finance, Paschal Donohoe", "Minister of State for Further and
 * Higher Education"): no organisation, no part of the name. With MINISTRY_PORTFOLIOS.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'enterprise', 'affairs', 'development', 'children', 'equality', 'employment', 'heritage', 'government',
  'local', 'rural', 'community', 'social', 'protection', 'public', 'expenditure', 'reform', 'infrastructure',
  'climate', 'arts', 'media', 'digital', 'science', 'technology', 'innovation', 'higher', 'further',
  'state', 'homeland', 'veterans', 'women', 'family', 'families', 'welfare', 'works', 'land', 'lands', 'natural',
  'resources', 'mines', 'power', 'external', 'internal', 'european', 'international', 'cooperation',
  'relations', 'immigration', 'integration', 'disability', 'disabilities', 'pensions', 'work', 'business',
  'treasury', 'war', 'trade', 'skills', 'training', 'research', 'services', 'older', 'people',
  'foreign', 'defence', 'defense', 'transportation', 'urban', 'regional', 'national', 'food',
  'farmers', 'marine', 'water', 'wildlife', 'forestry', 'forests', 'tourism', 'gender', 'equalities', 'levelling', 'up',
  'northern', 'ireland', 'scotland', 'wales', 'europe', 'africa', 'asia', 'pacific', 'middle', 'east', 'planning',
  'human', 'rights', 'constitutional', 'parliamentary', 'legal', 'sport', 'sports', 'youth', 'culture', 'communications',
  'agriculture', 'fisheries', 'health', 'education', 'justice', 'finance', 'interior', 'energy', 'environment',
  'information', 'economy', 'economic', 'transport', 'labour', 'labor', 'industry', 'investment', 'home', 'security',
  'housing', 'telecommunications', 'petroleum', 'oil', 'mining', 'commerce', 'and', '&',
  // "Speaker of the House Newt Gingrich"
  'house', 'senate', 'assembly', 'commons', 'representatives', 'lords',
]);
