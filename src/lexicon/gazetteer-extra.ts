// The gazetteer's own additions to the generated data (scripts/gen-lexicon.mjs): demonyms, US state
// abbreviations, international organisations, parties, news agencies, places and mountains the data
// lacks. Split from gazetteer.ts, which builds the lookup tables from both.

// Demonyms the data lacks or files under another form ("British" only as "Englishman").
export const EXTRA_DEMONYMS: Record<string, string> = {
  british: 'GBR', english: 'GBR', scottish: 'GBR', welsh: 'GBR', irish: 'IRL', polish: 'POL', finnish: 'FIN',
  danish: 'DNK', icelandic: 'ISL', dutch: 'NLD', 'south african': 'ZAF', 'new zealand': 'NZL', slovenian: 'SVN',
  'north korean': 'PRK', 'south korean': 'KOR', 'sri lankan': 'LKA', 'south sudanese': 'SSD', congolese: 'COD',
  'saudi arabian': 'SAU', emirati: 'ARE', lao: 'LAO', nepali: 'NPL', malian: 'MLI', nigerien: 'NER',
  burkinabe: 'BFA', chadian: 'TCD', tanzanian: 'TZA', malawian: 'MWI', botswanan: 'BWA', sierra: '',
  'sierra leonean': 'SLE', liberian: 'LBR', guinean: 'GIN', beninese: 'BEN', togolese: 'TGO', cypriot: 'CYP',
  estonian: 'EST', moldovan: 'MDA', montenegrin: 'MNE', kosovar: 'KSV', yemeni: 'YEM', bahraini: 'BHR',
  // the nouns for a people where they differ from the adjective ("Most Britons", "Swedes")
  briton: 'GBR', swede: 'SWE',
  // regions' adjectives ("the Nordic countries", "Baltic states"): of no one country
  nordic: '', baltic: '', balkan: '', scandinavian: '', andean: '', caucasian: '',
  // languages that are no people's adjective ("he said in Arabic" named a place): of no one country
  arabic: '', hebrew: '', mandarin: '', cantonese: '', swahili: '', urdu: '', farsi: '', pashto: '', dari: '',
  tagalog: '', amharic: '', tigrinya: '', yiddish: '', sanskrit: '', esperanto: '',
  // a people of several countries ("the Arab Spring", "Arab states")
  arab: '',
  // adjectives the data files under another form ("The Swedish chipmaker" named an actor "Swedish")
  swedish: 'SWE', salvadoran: 'SLV', burmese: 'MMR', maldivian: 'MDV',
  persian: 'IRN', yugoslavian: '', hawaiian: 'USA',
  soviet: 'SUN', spanish: 'ESP', portuguese: 'PRT', german: 'DEU', french: 'FRA', italian: 'ITA', greek: 'GRC', taiwanese: 'TWN', hongkonger: 'HKG', kyrgyz: 'KGZ', tajik: 'TJK', uzbek: 'UZB', kazakh: 'KAZ',
};

/**
 * AP-style abbreviations of US states, as in a dateline or after a city ("SACRAMENTO, Calif. —",
 * "based in Columbus, Ohio"): abbreviation without its full stop → the state's name.
 */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ala', 'alabama'], ['ariz', 'arizona'], ['ark', 'arkansas'], ['calif', 'california'], ['colo', 'colorado'],
  ['conn', 'connecticut'], ['del', 'delaware'], ['fla', 'florida'], ['ga', 'georgia'], ['ill', 'illinois'],
  ['ind', 'indiana'], ['kan', 'kansas'], ['kans', 'kansas'], ['ky', 'kentucky'], ['la', 'louisiana'],
  ['md', 'maryland'], ['mass', 'massachusetts'], ['mich', 'michigan'], ['minn', 'minnesota'],
  ['miss', 'mississippi'], ['mo', 'missouri'], ['mont', 'montana'], ['neb', 'nebraska'], ['nev', 'nevada'],
  ['okla', 'oklahoma'], ['ore', 'oregon'], ['pa', 'pennsylvania'], ['tenn', 'tennessee'], ['vt', 'vermont'],
  ['va', 'virginia'], ['wash', 'washington'], ['wis', 'wisconsin'], ['wyo', 'wyoming'],
]);

/**
 * International organisations the data lacks, by their usual short forms and names: UN agencies
 * and the Red Cross movement ("The UN agency for Palestinian refugees, UNRWA, said" found no actor:
 * a word of five capitals is no acronym unless a lexicon knows it). Short forms of four letters or
 * fewer match only as written in capitals.
 */
export const EXTRA_ORGANIZATIONS: readonly (readonly string[])[] = [
  ['un relief and works agency', 'unrwa'],
  ['un population fund', 'united nations population fund', 'unfpa'],
  ['unaids'],
  ['un conference on trade and development', 'unctad'],
  ['international committee of the red cross', 'icrc'],
  ['international federation of red cross and red crescent societies', 'ifrc'],
  ['organization for security and co-operation in europe', 'organization for security and cooperation in europe', 'osce'],
  // (in capitals only: "who" is a pronoun; see lone.ts)
  ['world health organization', 'who'],
  // the UN agencies wire copy names by their work ("the U.N. migration agency"; organizations.ts UN_AGENCY_DESCRIPTIONS)
  ['international organization for migration', 'international organisation for migration', 'iom'],
  ['international labour organization', 'international labour organisation', 'ilo'],
  ['world meteorological organization', 'world meteorological organisation', 'wmo'],
  ['international civil aviation organization', 'icao'], ['international maritime organization', 'imo'],
  ['office for the coordination of humanitarian affairs', 'un office for the coordination of humanitarian affairs', 'ocha'],
  ['un environment programme', 'united nations environment programme', 'unep'],
  ['un office on drugs and crime', 'united nations office on drugs and crime', 'unodc'],
  ['international telecommunication union', 'international telecommunications union', 'itu'],
  ['food and agriculture organization', 'fao'],
  ['frontex'],
  ['mercosur'],
  // news agencies: "ABUJA, Nigeria (Reuters) —" (a bracketed word after a place is no name by shape)
  ['reuters'],
  ['agence france-presse', 'agence france presse', 'afp'],
  ['xinhua', 'xinhua news agency'],
  ['anadolu agency', 'anadolu', 'anadolu news agency'],
  ['interfax'],
  ['kyodo news', 'kyodo'],
  ['yonhap', 'yonhap news agency'],
  ['press trust of india', 'pti'],
  ['efe'],
  ['dpa'],
  // parties whose names hold no "party" ("Sinn Féin said", "the opposition Law and Justice party")
  ['sinn féin', 'sinn fein'], ['fine gael'], ['fianna fáil', 'fianna fail'], ['law and justice'], ['civic platform'],
  ['civic coalition'], ['likud'], ['fidesz'], ['jobbik'], ['syriza'], ['podemos'], ['ennahda'], ['kuomintang', 'kmt'],
  ['zanu-pf'], ['frelimo'], ['renamo'], ['swapo'], ['african national congress', 'anc'], ['morena'],
  // US tip lines named in most crime stories ("Anyone with information should call Crime Stoppers")
  ['crime stoppers'],
  // banks and brokers named like people ("Morgan Stanley", "Bear Stearns" were persons)
  ['morgan stanley'], ['bear stearns'], ['goldman sachs'], ['merrill lynch'], ['lehman brothers'],
  ['drexel burnham lambert'], ['salomon brothers'], ['shearson lehman hutton'], ['charles schwab'],
  ['wells fargo'], ['societe generale'], ['bnp paribas'], ['credit suisse'], ['paine webber', 'painewebber'],
  ['dean witter'], ['smith barney'], ['kidder peabody'], ['j.p. morgan', 'jpmorgan', 'jpmorgan chase'],
  // agencies and bodies whose names look like a person's or are five capitals ("Cal Fire said" was a
  // person; "The NAACP said" no actor at all)
  ['california department of forestry and fire protection', 'cal fire', 'calfire'], ['caltrans'],
  ['national association for the advancement of colored people', 'naacp'], ['nasdaq'], ['nascar'],
  ['usaid'], ['interpol'],
];

/**
 * Continents, world regions, seas and oceans the data lacks ("trying to reach Europe", "the central
 * Sahel", "the Atlantic route", "the US Midwest" were organisations or people): places of no country.
 */
export const EXTRA_PLACES =
  'europe;asia;africa;north america;south america;latin america;central america;middle east;oceania;antarctica;' +
  'west africa;east africa;north africa;southern africa;central africa;horn of africa;sub-saharan africa;sahel;maghreb;' +
  'central asia;south asia;southeast asia;east asia;eastern europe;western europe;central europe;scandinavia;balkans;' +
  'caribbean;midwest;arctic;atlantic;pacific;mediterranean;indian ocean;atlantic ocean;pacific ocean;arctic ocean;' +
  'korea;persian gulf;black sea;red sea;caspian sea;south china sea;east china sea;baltic sea;north sea;aegean sea;gulf of guinea;' +
  // mountain ranges ("fast bends in the Pyrenees")
  'pyrenees;alps;andes;himalayas;himalaya;rocky mountains;appalachians;urals;caucasus;carpathians;atlas mountains;hindu kush;dolomites;apennines;' +
  // compromise's lexicon tags these Place but neither City nor Region, so scripts/gen-lexicon.mjs
  // leaves them out ("a Brooklyn woman", "in the Bronx", "A Baltimore man" were organisations); the
  // ones that are no common surname or word ("Bolton", "Downtown" stay out)
  'baltimore;newark;brooklyn;manhattan;bronx;the bronx;queens;harlem;the hamptons;midtown manhattan;malibu;beverly hills;' +
  'inglewood;clearwater;riverside;rochester;chinatown;koreatown;new england;orange county;great lakes;great britain;' +
  'virgin islands;kensington;greenwich;battersea;lambeth;croydon;tottenham;hampstead;brighton;blackpool;doncaster;' +
  'nottingham;southampton;northampton;ipswich;exeter;norwich;cheltenham;colchester;grimsby;sunderland;tahiti;pompeii;' +
  'ulaanbaatar;krasnoyarsk;yakutsk;magadan;sakhalin;azores;danube;nile;thames;ganges;mekong;yangtze;seine;orinoco;everglades;' +
  // mountains and volcanoes named alone ("an avalanche on Manaslu", "practice for Everest"; BLIND14 A1): the great peaks
  // and the volcanoes in the news that are no person's or company's name ("Olympus", "Fuji", "Rainier" stay out)
  'everest;k2;kangchenjunga;kanchenjunga;lhotse;makalu;cho oyu;dhaulagiri;manaslu;nanga parbat;annapurna;gasherbrum;' +
  'broad peak;shishapangma;ama dablam;nuptse;pumori;himlung;kilimanjaro;aconcagua;denali;elbrus;mont blanc;matterhorn;' +
  'eiger;ararat;toubkal;etna;vesuvius;stromboli;krakatoa;pinatubo;merapi;semeru;sinabung;kilauea;mauna loa;mauna kea;' +
  'popocatepetl;cotopaxi;chimborazo;nyiragongo;eyjafjallajokull;hekla;ruapehu;karakoram;pamirs;rockies;' +
  // states named together in the plural ("Georgia and the Carolinas", "the Dakotas"; BLIND15 A14)
  'carolinas;dakotas;virginias;americas;' +
  // territories, dependencies and regions the data lacks ("Storms hit Puerto Rico" was a person)
  'puerto rico;guam;american samoa;northern mariana islands;greenland;curacao;gibraltar;new caledonia;french guiana;' +
  'martinique;guadeloupe;faroe islands;french polynesia;isle of man;northern ireland;kashmir;kurdistan;somaliland;patagonia';

// US states in two dotted letters ("Charlotte, N.C.", "Albany, N.Y."), which read as an acronym
export const DOTTED_STATES = 'n.c.;n.y.;s.c.;n.j.;n.h.;n.m.;n.d.;s.d.;r.i.;w.va.;d.c.';
