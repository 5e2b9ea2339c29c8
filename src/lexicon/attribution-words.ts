// Function words the attribution rules read around a reporting verb: what may
// stand between a subject and its verb ("has also said"), what ends a subject
// ("…, but analysts warn"), and which pronouns stand for a speaker.

/** Words that end a subject phrase scanned leftwards: "which observers say", "but analysts warn". */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'but', 'and', 'or', 'nor', 'while', 'whereas', 'as',
  'because', 'although', 'though', 'so', 'when', 'whenever', 'once', 'where', 'if', 'unless', 'after',
  'before', 'since', 'until', 'than', 'then', 'yet', 'what', 'why', 'how', 'however', 'meanwhile',
  'instead', 'also', 'still', 'thus', 'hence', 'therefore', 'moreover', 'furthermore', 'indeed',
  'is', 'are', 'was', 'were', 'be', 'been', 'being',
]);

/** Relative pronouns of the wh- kind, which may open an aside between commas: ", which represents…,", ", who asked not to be named,". */
export const WH_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);
/** All relative pronouns: the wh- kind and "that" ("the farmers that lost crops"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([...WH_RELATIVES, 'that']);

/** Infinitives after a passive participle of belief or saying: "believed to be trapped", "said to have fled" (no cue). */
export const RAISED_INFINITIVES: ReadonlySet<string> = new Set(['be', 'have']);

/** Auxiliaries that may stand between subject and cue: "has said", "did not say". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'did', 'does', 'do', "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't",
  'has’t', 'didn’t', 'doesn’t', 'don’t', 'hasn’t', 'haven’t', 'hadn’t',
]);

/**
 * Modals and "to". A cue after "to" is no report ("declined to say"); after a modal it is one
 * that PolNeAR marks ("critics would argue…"), and the subject stands before the modal.
 */
export const MODALS: ReadonlySet<string> = new Set([
  'would', 'could', 'should', 'must', 'will', 'can', 'may', 'might', 'shall', 'to', "won't", 'won’t',
  "wouldn't", 'wouldn’t', "can't", 'can’t', 'cannot',
]);

/** Verbs that make their object do something: "Readers may not let editorials tell them…" (the object is the cue's subject). */
export const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(['let', 'lets', 'letting', 'make', 'makes', 'made', 'making']);

/** Adverbs that sit before a cue: "recently hinted", "also said", "in turn". */
export const PRE_VERB_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'recently', 'later', 'earlier', 'previously', 'then', 'again', 'once', 'further', 'first',
  'last', 'still', 'already', 'never', 'often', 'even', 'now', 'today', 'yesterday', 'tonight', 'not',
  'just', 'only', 'long', 'since', 'soon', 'ultimately', 'finally', 'initially', 'separately',
  // "almost immediately disclosed", "together vowed", "Mr. Trump so admires"
  'almost', 'together', 'so',
  // "donors had so far pledged"
  'far',
  // "who has always denied wrongdoing", "has repeatedly said", "has consistently maintained"
  'always', 'repeatedly', 'consistently', 'frequently', 'publicly', 'privately', 'openly', 'strongly', 'vehemently',
  // "Officials meanwhile said", "the ministry instead argued": a sentence adverb between the subject and the cue
  'meanwhile', 'instead', 'likewise', 'nonetheless', 'nevertheless', 'therefore',
  // "as you very aptly pointed out": a degree word before an adverb
  'very', 'quite',
]);

/** Nouns in "-ly" that stand before a cue as its subject, not as an adverb: "The family said", "the assembly voted". */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'family', 'families', 'assembly', 'ally', 'supply', 'monopoly', 'anomaly', 'rally', 'bully', 'homily', 'folly', 'melancholy',
]);

/** Determiners: a word after one is a noun ("the report", "a claim"), not a cue. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'no', 'any', 'each', 'every', 'such', 'another', 'whose',
]);

/** Adjectives that make a following "-s" or base form a noun: "latest reports", "initial claims". */
export const NOUN_ADJECTIVES: ReadonlySet<string> = new Set([
  'new', 'first', 'latest', 'official', 'public', 'initial', 'earlier', 'recent', 'final', 'full',
  'further', 'separate', 'joint', 'key', 'main', 'major', 'many', 'several', 'some', 'few', 'false',
  'unconfirmed', 'conflicting', 'local', 'media', 'news', 'press', 'united', 'other', 'similar',
]);

/** Words after which a cue word is a noun subject, not a verb: "states have urged", "reports are". */
export const VERB_AFTER_NOUN: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'are', 'is', 'were', 'was', 'will', 'would', 'can', 'could', 'may', 'might',
  'should', 'must', 'do', 'did', 'of', 'from', 'about',
  // "Older annual estimates exist, but…", "estimates vary": a verb a plural noun takes, so the "-s" cue form was that noun
  'exist', 'remain', 'vary', 'differ', 'range',
]);

/** Forms of "be": a participle after one is passive ("was reported"), not a cue. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** Forms of "be" fused with "not": a participle after one is a passive ("The bugs aren't expected to hurt Intel"). */
export const NEGATED_BE_FORMS: ReadonlySet<string> = new Set(["isn't", "aren't", "wasn't", "weren't", 'isn’t', 'aren’t', 'wasn’t', 'weren’t']);

/**
 * Pronouns that can be a speaker; "person" ones resolve to a person, "group" ones to anyone.
 * A Map: a token such as "constructor" finds nothing, and a lookup needs no interned key.
 */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'person' | 'group'> = new Map([
  ['he', 'person'], ['she', 'person'], ['i', 'person'], ['they', 'group'], ['it', 'group'], ['we', 'group'],
]);

/** Possessive pronouns that own a statement ("his claim that…"), resolved as their subject forms are. */
export const POSSESSIVE_SPEAKERS: ReadonlyMap<string, 'person' | 'group'> = new Map([
  ['his', 'person'], ['her', 'person'], ['their', 'group'], ['its', 'group'],
]);

/** Time adverbs that stand alone, before a name or after a cue: "Yesterday Mayor Ruiz told…", "said earlier that". */
export const TIME_ADVERBS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'previously']);

/** Words that start a time or place phrase between a cue and its content: "said on Monday that". */
export const SETTING_STARTS: ReadonlySet<string> = new Set([
  ...TIME_ADVERBS,
  'in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'late',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'repeatedly', 'publicly', 'privately',
  'again', 'also', 'then', 'separately', 'via', 'through', 'over', 'from', 'to', 'with', 'when',
  // "protested outside parliament on Saturday": a place, not what was protested
  'outside', 'inside', 'near', 'across', 'around', 'throughout',
]);

/** Words before a quote that make it a term, not speech: "so-called “experts”", "dubbed “Z”". */
export const SCARE_LEADS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'nicknamed', 'termed', 'labelled', 'labeled', 'branded', 'named', 'titled',
  'known', 'word', 'term', 'phrase', 'slogan', 'motto', 'called', 'billed', 'styled',
]);

/** Finite auxiliaries and modals: after a belief cue, one of them marks a clause ("fear the dam could break"). */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall',
  'has', 'have', 'had', 'does', 'did', "won't", 'won’t', "can't", 'can’t', "isn't", 'isn’t', "wasn't", 'wasn’t',
  "doesn't", 'doesn’t', "didn't", 'didn’t', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t',
]);

/** Words in capitals before a colon that label no speaker: "UPDATE:", "EDITOR'S NOTE:", "WATCH:". */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', "editor's", 'editor’s', 'editors', 'watch', 'read', 'photo', 'photos', 'video', 'audio',
  'source', 'sources', 'correction', 'clarification', 'related', 'advertisement', 'transcript', 'breaking', 'exclusive',
  'warning', 'live', 'listen', 'see', 'more', 'also', 'opinion', 'analysis', 'poll', 'q', 'a', 'question', 'answer',
  'disclosure', 'disclaimer', 'credit', 'caption', 'file', 'pictured', 'above', 'below', 'top', 'bottom', 'left', 'right',
  'contact', 'email', 'tel', 'phone', 'fax', 'web', 'www', 'http', 'https', 'ps', 'nb', 'tl', 'dr', 'faq', 'usa', 'us', 'uk', 'eu', 'un',
]);

/** Section labels a headline opens with before a colon: "The Latest: …", "Update: …" name no speaker. */
export const HEADLINE_LABELS: ReadonlySet<string> = new Set([
  'latest', 'update', 'updated', 'updates', 'watch', 'video', 'photos', 'analysis', 'opinion', 'exclusive',
  'breaking', 'live', 'explainer', 'review', 'editorial', 'correction', 'factbox', 'timeline', 'q&a',
]);

/** Sources that show rather than say: "A new poll shows Clinton leading", "The study found 31 cases". */
export const EVIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'figures', 'numbers',
  'statistics', 'records', 'documents', 'analysis', 'research', 'review', 'audit', 'investigation', 'average',
  'transcript', 'video', 'footage', 'census', 'tally', 'estimates', 'filings', 'results',
  // "Polling averages show Clinton with a lead", "The analyses found", "Emails show that…"
  'averages', 'analyses', 'findings', 'emails', 'memo', 'memos', 'projections',
]);

/**
 * Written things that say what their author says: "a letter from his doctor that says he is fit", "a series of
 * tweets early Friday saying that…". The relative or participle after one reports its author's words.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'letter', 'letters', 'statement', 'statements', 'memo', 'memos', 'email', 'emails', 'tweet', 'tweets', 'post', 'posts',
  'message', 'messages', 'note', 'notes', 'filing', 'filings', 'release', 'ad', 'ads', 'advertisement', 'video', 'videos',
  'report', 'reports', 'ruling', 'complaint', 'lawsuit', 'petition', 'editorial', 'op-ed', 'column', 'essay', 'book',
  'transcript', 'banner', 'banners', 'placard', 'placards', 'leaflet', 'leaflets', 'flyer', 'flyers',
]);

/** Things that "suggest" or "mean" but speak no quotation: "said the split vote suggested the cycle was “probably over”". */
export const MUTE_SOURCES: ReadonlySet<string> = new Set(['vote', 'votes', 'decision', 'move', 'outcome', 'result', 'figure', 'trend', 'rise', 'fall', 'drop', 'increase', 'decline', 'change', 'changes']);

/** What evidence does to its content: "shows", "found", "suggests". */
export const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'estimate', 'confirm']);

/**
 * Nouns that, after "the", name an organization the story has named already: "The agency said…"
 * after "the Department of Disaster Management", "the company said" after "Nordvik Semiconductors".
 */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'agency', 'ministry', 'department', 'group', 'bank', 'government', 'military', 'army',
  'council', 'court', 'commission', 'committee', 'office', 'authority', 'union', 'party', 'organization',
  'organisation', 'institute', 'university', 'hospital', 'airline', 'carrier', 'retailer', 'chain', 'district',
  'board', 'club', 'league', 'network', 'newspaper', 'broadcaster', 'charity', 'foundation', 'insurer',
  'manufacturer', 'automaker', 'carmaker', 'lender', 'regulator', 'watchdog', 'administration', 'campaign',
  'coalition', 'alliance', 'movement', 'federation', 'association', 'bureau', 'service', 'force', 'navy', 'utility',
]);

const ARMED_FORCES_HEADS: ReadonlySet<string> = new Set(['army', 'military', 'navy', 'forces', 'force', 'command']);
/**
 * Organisation nouns that name one kind of body, with the heads of the names of that kind: "the army said" is no
 * embassy or council that spoke before it ("U.S. Embassy", "Security Council"), though it may be a name with no such
 * head ("the Tatmadaw"). Nouns left out ("agency", "alliance", "group") may stand for a body of any name.
 */
export const BODY_KIND_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['army', ARMED_FORCES_HEADS], ['military', ARMED_FORCES_HEADS], ['navy', ARMED_FORCES_HEADS],
  ['court', new Set(['court', 'tribunal'])],
  ['council', new Set(['council'])],
  ['hospital', new Set(['hospital', 'clinic', 'centre', 'center'])],
  ['university', new Set(['university', 'college', 'school', 'institute'])],
  ['newspaper', new Set(['newspaper', 'times', 'post', 'news', 'herald', 'tribune', 'journal', 'gazette', 'telegraph', 'guardian', 'press'])],
  ['airline', new Set(['airline', 'airlines', 'airways', 'carrier'])],
  ['bank', new Set(['bank'])],
  ['party', new Set(['party', 'front', 'movement', 'alliance'])],
  // ("association" is no kind: GENERIC_BODY_HEADS)
  ['union', new Set(['union', 'federation'])],
]);
/** Heads of names that tell no kind of body ("Irish Medical Organisation" may be a union): no other kind to BODY_KIND_HEADS. */
export const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set(['organisation', 'organization', 'group', 'association', 'network']);

/**
 * Role nouns that tell a person's sex, for "he"/"she": "Her son, Duarte Reis, said…" makes a
 * later "she told an interviewer" someone else. Kin, titles of rank and "-man"/"-woman" nouns.
 */
export const GENDERED_ROLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['son', 'husband', 'father', 'brother', 'grandson', 'grandfather', 'nephew', 'uncle', 'stepson', 'stepfather', 'boyfriend',
    'king', 'prince', 'duke', 'lord', 'sir', 'emperor', 'widower', 'boy', 'man', 'businessman', 'chairman', 'spokesman',
    'congressman', 'councilman', 'policeman', 'fireman', 'sportsman', 'actor', 'monk', 'priest'].map((w) => [w, 'm'] as const),
  ...['daughter', 'wife', 'mother', 'sister', 'granddaughter', 'grandmother', 'niece', 'aunt', 'stepdaughter', 'stepmother',
    'girlfriend', 'queen', 'princess', 'duchess', 'lady', 'dame', 'empress', 'widow', 'girl', 'woman', 'businesswoman',
    'chairwoman', 'spokeswoman', 'congresswoman', 'councilwoman', 'policewoman', 'sportswoman', 'actress', 'nun'].map((w) => [w, 'f'] as const),
]);

/**
 * Words that open a subject naming nobody: "Neither side regularly discloses its own military losses",
 * "No one has claimed…", "None of the officials said…". What nobody says is no one's claim.
 */
export const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['neither', 'no', 'nobody', 'none', 'no-one']);

/** Negations between a subject and its cue: "has not disclosed", "never said" report nothing said. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);

/** Linking verbs: a participle after one is passive or an adjective ("became known for speeches that…", "got reported"). */
export const LINKING_VERBS: ReadonlySet<string> = new Set(['became', 'become', 'becomes', 'becoming', 'got', 'get', 'gets', 'getting', 'remained', 'remains', 'seemed', 'seems']);

/** Coordinating conjunctions that join a second verb to a frame ("… but accused", "… and said"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'yet']);

/** States a belief's participle may take, passive, not a cue: "nine miners believed trapped", "two people feared dead". */
export const BELIEF_STATES: ReadonlySet<string> = new Set(['dead', 'missing', 'alive', 'lost', 'safe']);
/** States of people after any cue's participle, which is then no cue: "the number of people confirmed dead", "reported missing". */
export const PERSON_STATES: ReadonlySet<string> = new Set(['dead', 'missing', 'alive']);

/** Words that open a subordinate clause: a sentence so opened names its subject later ("If Haibatullah Akhunzada issues…"). */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['if', 'when', 'as', 'after', 'before', 'although', 'though', 'while', 'since', 'because', 'unless', 'until', 'once']);
/** Those of time: "showed no emotion as the sentence was read" (quotes/content.ts; not "because": "finds the proposal flawed because…" is a view). */
export const TIME_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before', 'until']);

/** Titles that tell a person's sex, for "he"/"she": "Mr. Okafor", "Ms. Lee". */
export const TITLE_GENDERS: ReadonlyMap<string, 'm' | 'f'> = new Map([['mr', 'm'], ['mr.', 'm'], ['ms', 'f'], ['ms.', 'f'], ['mrs', 'f'], ['mrs.', 'f'], ['miss', 'f']]);

/** "and", "or", "but": a coordinator that joins a second verb or clause ("…felt palpitations and was taken…"). */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/** Articles: "the", "a", "an" open a noun phrase ("said the official"). */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Prepositions that may join a phrase inside a subject ("Political observers in Virginia") but never end one. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'by', 'through', 'into', 'across', 'around', 'outside', 'near']);

/** Quantifiers that open an inverted speaker: "said one analyst at a Dutch bank", "said several officials". */
export const SOURCE_QUANTIFIERS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'another', 'most', 'few', 'both', 'other']);

/** The forms of saying and telling: "residents who said they…" (a frame of its own inside a clause). */
export const SAYING_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told']);

/**
 * Nouns that end an addressee of a "tell" verb written in lower case: "told a news conference",
 * "told local radio", "told state television", "told the court" (not "tell the story").
 */
export const ADDRESSEE_NOUNS: ReadonlySet<string> = new Set([
  'conference', 'briefing', 'reporters', 'journalists', 'radio', 'television', 'tv', 'station', 'newspaper', 'broadcaster',
  'court', 'jury', 'committee', 'parliament', 'lawmakers', 'legislators', 'senators', 'hearing', 'audience', 'crowd', 'rally',
  'channel', 'network', 'outlet', 'magazine', 'daily', 'website', 'podcast', 'media', 'press', 'panel', 'inquiry', 'tribunal',
  'supporters', 'residents', 'students', 'staff', 'employees', 'workers', 'investors', 'analysts', 'officials', 'police', 'investigators',
  // "…, the minister told the state assembly on Thursday" (BLIND13 C2): bodies spoken to
  'assembly', 'council', 'congress', 'senate', 'legislature', 'delegates', 'meeting', 'summit', 'forum', 'board', 'commission',
  'session', 'shareholders', 'voters', 'mourners', 'congregation', 'parliamentarians', 'mps',
]);
