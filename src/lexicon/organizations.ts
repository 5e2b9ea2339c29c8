// Words that make a capitalised name an organisation ("Balochistan Liberation Army",
// "Wilson Center", "Armed Conflict Location & Event Data Project"); the words of places are place-words.ts.

/** Last word of an organisation's name. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'house', 'embassy', 'consulate', 'mission', 'army', 'center', 'centre', 'centers', 'centres', 'institutes', 'ministries', 'project', 'party', 'ministry', 'university', 'corp', 'corporation', 'inc',
  'ltd', 'llc', 'plc', 'co', 'company', 'group', 'agency', 'council', 'committee', 'subcommittee', 'commission', 'bank',
  'institute', 'institution', 'foundation', 'association', 'organization', 'organisation', 'front',
  'movement', 'court', 'department', 'police', 'forces', 'force', 'union', 'network', 'times', 'post',
  'news', 'herald', 'tribune', 'journal', 'gazette', 'telegraph', 'guardian', 'press', 'airlines', 'airways',
  'college', 'school', 'academy', 'hospital', 'clinic', 'church', 'cathedral', 'basilica', 'federation', 'league', 'board',
  'office', 'service', 'services', 'authority', 'fund', 'programme', 'program', 'alliance', 'coalition',
  'assembly', 'parliament', 'senate', 'congress', 'cabinet', 'brigade', 'brigades', 'tribunal', 'bureau',
  'administration', 'secretariat', 'trust', 'society', 'club', 'team', 'fc', 'industries', 'holdings',
  'partners', 'partnership', 'endowment',
  // "Immigration and Customs Enforcement", "Homeland Security Investigations", "the state Crime Laboratory", "Conference of Mayors"
  'enforcement', 'investigations', 'security', 'laboratory', 'lab', 'conference',
  // "The caterer, Malabar Feast Caterers,"; "Delta Air Lines", "Greyhound Lines", "Orient Lines": a carrier's lines
  'caterers', 'catering', 'tankers', 'lines',
  // "the A-1 Diamond Touch Body Shop", "Metro Denver Crime Stoppers"
  'shop', 'shops', 'stoppers',
  // "The Charlotte Observer", "New Orleans Crimestoppers", "the Crime Stoppers Hotline"
  'observer', 'crimestoppers', 'hotline',
  // businesses: "Brooklyn Pizzeria", "Mama Nancy's Diner", "Sally's Beauty Supply"
  'pizzeria', 'restaurant', 'cafe', 'café', 'diner', 'grill', 'bakery', 'deli', 'salon', 'pharmacy', 'motel', 'hotel', 'inn', 'tavern', 'supermarket', 'store', 'stores', 'supply', 'survey', 'brewing', 'brewery', 'cos', 'associates', 'labs', 'laboratories', 'systems', 'technologies', 'media', 'broadcasting',
  'channel', 'radio', 'television', 'tv', 'reuters', 'watch', 'international', 'initiative', 'caucus',
  'guard', 'navy', 'marines', 'battalion', 'regiment', 'division', 'command', 'directorate', 'taliban',
  'mujahideen', 'jamaat', 'consortium', 'exchange', 'fed', 'reserve', 'observatory', 'nations',
  // "Appellate Body", "Sacramento Regional Transit", "Public Employees Retirement System",
  // "County Main Jail", "Carrow Pharmacies", "Brandt Okonkwo LLP"
  'body', 'transit', 'system', 'jail', 'prison', 'pharmacies', 'pharmaceuticals', 'llp', 'lp', 'gmbh',
  'limited', 'incorporated',
  // industries that end a company's name: "Nordvik Semiconductors", "Kessler Automotive"
  'semiconductor', 'semiconductors', 'electronics', 'motors', 'automotive', 'logistics', 'therapeutics',
  'chemicals', 'petroleum', 'shipping', 'insurance', 'telecom', 'telecoms',
  // farms and their trades: "took over Birchfield Orchard from her father" (a business, no person)
  'orchard', 'farm', 'ranch', 'winery', 'vineyard', 'dairy', 'creamery',
  // "Pew Research", "Cancer Research UK" (a national branch); "Granite Polling", "Harbor Insights", "Halcyon Maritime", "Seaward Risk"
  'research', 'polling', 'insights', 'analytics', 'maritime', 'risk', 'risks',
  // "Economic Community of West African States", "Meridian Mutual" (an insurer), "Change Healthcare"
  'community', 'mutual', 'healthcare',
  // builders and developers: "Harbourline Constructions"
  'construction', 'constructions', 'builders', 'contractors', 'engineering', 'developments', 'properties',
  'investments', 'ventures', 'enterprises', 'consulting',
  // "Peabody Energy", "Compaq Computer", "Sansui Electric", "McCaw Cellular", "Platte River Networks"
  // airlines: "Sriwijaya Air", "Lion Air"; "Ukraine's General Staff"
  'air', 'staff',
  // "Dominion Resources", "Warburg Securities", "British Gas", "Federated Investors", "Aetna Ambulance"
  'resources', 'securities', 'gas', 'steel', 'investors', 'strategies', 'ambulance',
  'energy', 'electric', 'computer', 'computers', 'networks', 'cellular', 'biosciences', 'pharma', 'brands', 'foods',
  // utilities: "Tohoku Electric Power", "Kansai Electric Power"
  'power',
  // "Hearthline Appliances", "Dhaka Apparels", "Ridgeway Capital", "Acme Products"
  'appliances', 'apparel', 'apparels', 'textiles', 'garments', 'furniture', 'beverages', 'products', 'equipment', 'solutions',
  'software', 'capital', 'financial', 'bancorp', 'entertainment', 'studios', 'publishing', 'hotels', 'resorts', 'railways',
  // British utilities and carriers: "Anglian Water", "Severn Trent Water", "Northern Rail", "Southern Railway"
  'water', 'railway', 'rail', 'telecom',
  'ag', 'ab', 'sa', 'nv', 'spa', 's.a', 'n.v', 's.p.a', 's.a.', 'n.v.', 's.p.a.', 'bhd', 'pty',
  // "Nordavia Aerospace", "Kestrel Mining"; football clubs: "Bristol Rovers", "Wigan Athletic", "Leeds United"
  'aerospace', 'aviation', 'mining', 'metals', 'minerals', 'athletic', 'rovers', 'wanderers', 'albion', 'hotspur', 'united',
  // Nordic, Dutch, Italian, French, German forms: "Waertsilae Marine Industries Oy", "Equinor ASA"
  'oy', 'oyj', 'asa', 'bv', 'srl', 'sarl', 'kgaa',
]);

/**
 * The last words of a company's name (no public body's, club's or association's): "the company said" after
 * "Meridian Tankers" or "Kessler Automotive" may be it, never after "the Environmental Protection Agency".
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'company', 'corporation', 'industries', 'holdings', 'partners', 'airlines', 'airways', 'lines', 'pharmacies', 'pharmaceuticals',
  'semiconductor', 'semiconductors', 'electronics', 'motors', 'automotive', 'logistics', 'therapeutics', 'chemicals',
  'petroleum', 'shipping', 'insurance', 'telecom', 'telecoms', 'construction', 'constructions', 'builders', 'contractors',
  'engineering', 'developments', 'properties', 'investments', 'ventures', 'enterprises', 'consulting', 'energy', 'electric',
  'computer', 'computers', 'networks', 'cellular', 'biosciences', 'pharma', 'brands', 'foods', 'appliances', 'apparel',
  'apparels', 'textiles', 'garments', 'furniture', 'beverages', 'products', 'equipment', 'solutions', 'software', 'capital',
  'financial', 'bancorp', 'entertainment', 'studios', 'publishing', 'hotels', 'resorts', 'aerospace', 'mining', 'metals',
  'minerals', 'tankers', 'caterers', 'catering', 'technologies', 'labs', 'resources', 'securities', 'steel', 'brewing',
  'power',
]);

/**
 * Legal forms that end a company's name: stronger than any clue that the name is a person's
 * ("its financial adviser, Stanmore Lane & Co.").
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'ltd', 'llc', 'llp', 'lp', 'plc', 'co', 'cos', 'gmbh', 'limited', 'incorporated', 'partnership',
  // European and Asian forms: "Dresdner Bank AG", "Esselte AB", "Montedison S.p.A.", "Erbamont N.V."
  'ag', 'ab', 'sa', 'nv', 'spa', 's.a', 'n.v', 's.p.a', 's.a.', 'n.v.', 's.p.a.', 'bhd', 'pty',
  // "Nordavia Aerospace", "Kestrel Mining"; football clubs: "Bristol Rovers", "Wigan Athletic", "Leeds United"
  'aerospace', 'aviation', 'mining', 'metals', 'minerals', 'athletic', 'rovers', 'wanderers', 'albion', 'hotspur', 'united',
  // Nordic, Dutch, Italian, French, German forms: "Waertsilae Marine Industries Oy", "Equinor ASA"
  'oy', 'oyj', 'asa', 'bv', 'srl', 'sarl', 'kgaa',
]);

/**
 * The legal forms that are no English word, which end a company's name even in lower case ("Marwick plc", "Acme inc";
 * "Boeing limited production", "Iowa ag" do not).
 */
export const LOWERCASE_LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'nv', 'bhd', 'pty', 'oyj', 'bv', 'srl', 'sarl', 'kgaa',
]);

/** Abbreviated last words whose full stop belongs to the name: "Stanmore Lane & Co.", "Acme Inc.". */
export const DOTTED_FORMS: ReadonlySet<string> = new Set(['inc', 'corp', 'ltd', 'co', 'cos', 'bros']);

/**
 * Car makers: "a white Volkswagen Jetta", "the 2017 Ford Fusion" name a model, no actor (the maker
 * alone stays a company: "Ford said").
 */
export const CAR_MAKERS: ReadonlySet<string> = new Set([
  'ford', 'chevrolet', 'chevy', 'toyota', 'honda', 'nissan', 'volkswagen', 'vw', 'bmw', 'audi', 'mercedes', 'mercedes-benz',
  'hyundai', 'kia', 'mazda', 'subaru', 'dodge', 'chrysler', 'jeep', 'buick', 'cadillac', 'gmc', 'lincoln', 'pontiac',
  'lexus', 'acura', 'infiniti', 'mitsubishi', 'volvo', 'peugeot', 'renault', 'fiat', 'tesla', 'porsche', 'suzuki',
  'oldsmobile', 'saturn', 'mercury', 'plymouth', 'skoda', 'opel', 'citroen', 'lada',
]);

/**
 * Lowercase nouns just before a name that make it an organisation: "the daily Der Standard",
 * "the drugstore chain Carrow Pharmacies", "the firm Brandt Okonkwo LLP".
 */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  'daily', 'newspaper', 'weekly', 'magazine', 'tabloid', 'broadcaster', 'publisher', 'outlet', 'firm',
  'company', 'chain', 'retailer', 'lender', 'insurer', 'carmaker', 'automaker', 'airline', 'startup',
  'start-up', 'conglomerate', 'manufacturer', 'bank', 'charity', 'nonprofit', 'non-profit', 'watchdog',
  'regulator', 'group', 'club', 'party', 'union', 'agency', 'team',
  // "the French national health institute Inserm", "the journal Nature Communications",
  // "German parts maker Kessler Automotive"
  'institute', 'journal', 'maker', 'drugmaker', 'chipmaker', 'supplier', 'think-tank', 'thinktank',
  // "CNN affiliate KABC", "the station WXYZ", "the cable network Ovation"
  'affiliate', 'station', 'network', 'channel',
]);

/**
 * Nouns of a business that an apposition names: "another heater maker, Vexon Home", "The operator, Norvia Concessões,"
 * (unlike ORG_DESCRIPTORS, no team's, club's or party's noun: "the Lotto development team, Koen De Smet," is a coach).
 */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'maker', 'drugmaker', 'chipmaker', 'carmaker', 'automaker', 'manufacturer', 'supplier', 'retailer', 'firm', 'company',
  'chain', 'lender', 'insurer', 'startup', 'start-up', 'conglomerate', 'airline', 'publisher', 'broadcaster',
  // "The operator, Norvia Concessões,", "The caterer, Malabar Feast Caterers," (BLIND13 A1)
  'operator', 'caterer', 'carrier', 'utility', 'contractor', 'shipowner', 'distributor',
  // "the local importer, Medipharm Cameroun," "X, a Mexico City consultancy that tracks …" (BLIND15 A9)
  'importer', 'exporter', 'wholesaler', 'consultancy', 'developer', 'brokerage',
]);

/** Sports clubs' prefixes in capitals: "KV Oudenburg", "FC Twente", "AC Milan" ("Oudenburg" alone is the club). */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set([
  'fc', 'afc', 'cf', 'ac', 'as', 'sc', 'sv', 'vfb', 'vfl', 'tsv', 'kv', 'kaa', 'krc', 'rsc', 'cd', 'ud', 'sd', 'rc', 'fk', 'nk', 'sk', 'bk', 'ik', 'aik', 'if', 'ssc',
]);

/** First word of an organisation's name: "Ministry of Health", "University of Cape Town". */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  'ministry', 'department', 'university', 'bank', 'court', 'office', 'institute', 'council', 'house',
  'organisation', 'organization', 'federation', 'association', 'church', 'college', 'academy', 'order',
  'party', 'union', 'league', 'committee', 'commission', 'board', 'agency', 'bureau', 'tehreek', 'tehrik',
  'hizb', 'harakat', 'lashkar', 'jaish', 'jamaat', 'jamiat', 'ansar', 'national', 'royal', 'federal',
  // national statistics offices: "Statistics South Africa", "Statistics Canada"
  'statistics',
  // a named military mission: "the naval force known as Operation Atalanta"
  'operation',
  // broadcasters: "Radio Free Europe", "Radio Free Asia said" (were persons)
  'radio',
  // world bodies of a sport or a cause: "World Athletics", "World Rugby", "World Vision" (BLIND16 A11; "World Cup", "World
  // War II" are events: no-actor.ts drops them first)
  'world',
]);

/**
 * Lower-case nouns after "X and Y" that make it one name: "the opposition Freedom and Solidarity
 * party", "the Peace and Unity alliance" (singular: "the Labour and Conservative parties" are two).
 */
export const JOINT_NAME_TAILS: ReadonlySet<string> = new Set([
  'party', 'alliance', 'coalition', 'movement', 'bloc', 'front', 'union', 'platform', 'caucus',
]);

/**
 * Heads of bodies named in lower case: "The regional military administration said", "the Sejm's
 * energy committee", "The party's leadership said" (leadership: a body of people, unnamed).
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'administration', 'committee', 'commission', 'council', 'authority', 'agency', 'directorate', 'secretariat',
  'leadership', 'inspectorate',
  // "The association's integrity unit said"
  'unit',
  // "the state fire department said", "the statistics bureau said", "the transport regulator said" (a service is offices.ts's)
  'department', 'bureau', 'regulator',
  // "the provincial health office said", "the Cebu provincial police office" (BLIND15 A2, A3)
  'office',
]);

/**
 * Words before a possessive inside an organisation's name: "Sacramento County Coroner's Office",
 * "Austrian People's Party", "Children's Hospital" (title heads and role nouns count too).
 */
export const POSSESSIVE_ORG_WORDS: ReadonlySet<string> = new Set([
  'coroner', 'people', 'peoples', 'children', 'women', 'men', 'workers', 'veterans', 'citizens', 'farmers',
  'consumers', 'teachers', 'nurses', 'doctors', 'students', 'employees', 'taxpayers', 'writers', 'examiner',
]);

/** Words that make a name an organisation wherever they stand: "Tehreek-e-Taliban Pakistan". */
export const ORG_CORE: ReadonlySet<string> = new Set([
  'taliban', 'tehreek', 'tehrik', 'lashkar', 'jaish', 'hizb', 'harakat', 'jamaat', 'jamiat', 'mujahideen',
  'army', 'front', 'movement', 'party', 'brigade', 'brigades', 'ministry', 'university', 'institute', 'council',
  'committee', 'commission', 'corporation', 'association', 'organization', 'organisation', 'foundation',
]);

/** Last words of laws and treaties, which are named but are no actor: "House Bill 18", "First Amendment". */
export const LAW_WORDS: ReadonlySet<string> = new Set([
  'bill', 'act', 'amendment', 'law', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'resolution',
  'constitution', 'code', 'protocol', 'charter', 'directive', 'doctrine', 'plan',
]);

/** Portfolios before a ministry named in lower case: "the health ministry", "Indonesia's trade ministry". */
export const MINISTRY_PORTFOLIOS: ReadonlySet<string> = new Set([
  'health', 'trade', 'foreign', 'interior', 'finance', 'defence', 'defense', 'education', 'justice', 'energy',
  'agriculture', 'environment', 'information', 'economy', 'transport', 'labour', 'labor', 'culture', 'commerce',
  'industry', 'investment', 'home', 'security', 'tourism', 'water', 'mining', 'oil', 'petroleum',
  'sports', 'sport', 'youth', 'housing', 'planning', 'fisheries', 'communications', 'telecommunications',
]);

/**
 * Words before a country that make the pair no organisation ("Mainland China", "Nazi Germany"),
 * where "Enterprise Ireland", "Transport Canada" are national bodies.
 */
export const COUNTRY_MODIFIERS: ReadonlySet<string> = new Set([
  'mainland', 'communist', 'imperial', 'nazi', 'greater', 'modern', 'ancient', 'occupied', 'rural', 'free', 'new',
  'old', 'colonial', 'continental', 'metropolitan', 'independent', 'united', 'all', 'post-war', 'postwar', 'prewar',
  'little', 'white', 'black', 'red', 'green', 'global', 'official', 'team', 'inside', 'outside', 'across', 'visit',
  'both', 'say', 'poor', 'rich', 'serb', 'serbian', 'today',
]);

/**
 * The level or standing of a public body, in lower case: "the state government", "the national weather
 * service", "the previous government".
 */
export const GOVERNMENT_LEVELS: ReadonlySet<string> = new Set([
  'federal', 'state', 'national', 'central', 'provincial', 'regional', 'local', 'county', 'city', 'municipal', 'military',
  'interim', 'transitional', 'caretaker', 'coalition', 'previous', 'former',
]);

/** One-word institutions: "Congress", "the Pentagon", "the Kremlin". */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'congress', 'parliament', 'senate', 'pentagon', 'kremlin', 'vatican', 'interpol', 'europol', 'knesset', 'duma',
  'bundestag', 'politburo', 'cabinet', 'judiciary', 'police', 'military', 'army', 'navy',
]);

/**
 * Nouns before "from" that make the capital after it the government: "instructions received from
 * Kabul", "pressure from Islamabad" (not "flew to the site from Ankara", a place).
 */
export const FROM_GOVERNMENT: ReadonlySet<string> = new Set([
  'received', 'pressure', 'demands', 'demand', 'response', 'message', 'messages', 'signal', 'signals', 'criticism',
  'support', 'opposition', 'objections', 'request', 'requests', 'calls', 'warning', 'warnings', 'reaction',
  'assurances', 'orders', 'instructions', 'officials', 'delegation', 'delegates', 'envoy', 'envoys', 'negotiators',
  'threats', 'offer', 'proposal', 'approval', 'permission', 'backing', 'aid', 'funding',
]);

/** Lowercase owners of an office named in lower case: "the prosecutor's office", "parliament's press service". */
export const OFFICE_OWNERS: ReadonlySet<string> = new Set([
  'prosecutor', 'attorney', 'general', 'governor', 'mayor', 'president', 'minister', 'premier', 'chancellor',
  'ombudsman', 'coroner', 'sheriff', 'examiner', 'comptroller', 'auditor', 'controller', 'registrar', 'inspector',
  'parliament', 'presidency', 'government', 'cabinet', 'commissioner', 'speaker', 'senator', 'congressman',
  'congresswoman', 'councillor', 'councilman', 'councilwoman', 'lawmaker', 'legislator', 'secretary',
  // "according to the city clerk's office", "the county assessor's office"
  'clerk', 'assessor', 'treasurer', 'solicitor', 'recorder',
  // "The ministry's press office said" (BLIND10 A4)
  'ministry', 'department', 'embassy', 'party', 'agency', 'council', 'court', 'university', 'club', 'federation', 'league',
]);

/** Lowercase heads of an organisation named by its owner: "office", "press service", "press office". */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['office', 'service']);

/** Lower-case words of the owner's title before it: "the district attorney's office", "the medical examiner's office". */
export const OFFICE_OWNER_MODIFIERS: ReadonlySet<string> = new Set([
  'district', 'medical', 'county', 'state', 'city', 'attorney', 'prime', 'chief', 'public', 'deputy', 'inspector',
]);

