// Multi-word attribution cues that are not a verb + subject: the source follows them.

import { APPROXIMATORS } from './numbers.js';

/** "according to X", "as reported by X": the source comes after the phrase. */
export const SOURCE_AFTER_PHRASES: readonly string[] = [
  'according to',
  'as reported by',
  'as quoted by',
  'in the words of',
  'as told to',
  'quoted by',
  // "As stated in Davis' commentary, there are many questions…": a passive "as" clause names its source too
  'as stated in',
  'as stated by',
  'as noted in',
  'as noted by',
  'as reported in',
  'as described in',
  'as described by',
  'as detailed in',
  'as outlined in',
];

/** Participles that report with the sentence subject as source: "…, citing officials", "saying that…". */
export const PARTICIPLE_CUES: readonly string[] = ['citing', 'quoting'];

/** Speech participles whose bare clause is reported speech: "…, saying voters would pay", "…, arguing the law was void". */
export const BARE_CLAUSE_PARTICIPLES: ReadonlySet<string> = new Set([
  'say', 'argue', 'claim', 'insist', 'warn', 'note', 'explain', 'suggest', 'stress', 'contend', 'assert', 'predict',
]);

/** Phrases that sit between the cue and its content: "said in a statement that…". */
export const CUE_SETTINGS: readonly string[] = [
  'in a statement',
  'in an interview',
  'in a tweet',
  'in a post',
  'in a letter',
  'in a speech',
  'in a report',
  'on twitter',
  'on x',
  'on social media',
  'at a news conference',
  'at a press conference',
  'at a briefing',
];

/** Nouns that name a statement when their owner and a that-clause frame them: "Ortiz’s claim that…". */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'statement', 'assertion', 'argument', 'contention', 'insistence', 'warning', 'promise',
  'pledge', 'view', 'belief', 'suggestion', 'allegation', 'allegations', 'accusation', 'charge', 'announcement',
  'remark', 'remarks', 'comment', 'comments', 'testimony', 'prediction', 'assurance', 'admission', 'denial',
  'complaint', 'fear', 'fears', 'hope', 'position', 'conclusion', 'finding', 'findings', 'report', 'insinuation', 'boast',
  // "Stumpf’s repeated emphasis that…", "his earlier missive that…", "her acknowledgment that…"
  'emphasis', 'missive', 'acknowledgment', 'acknowledgement', 'concern', 'concerns', 'suspicion', 'theory', 'idea', 'argument',
  // "denied reports that…", "dismissed suggestions that…"
  'reports', 'rumors', 'rumours', 'suggestions', 'accusations', 'assertions', 'speculation', 'predictions', 'warnings',
]);

/** Nouns for what was said or counted that "that" points at as an object: "disputed that account", "rejected that figure". */
export const ACCOUNT_NOUNS: ReadonlySet<string> = new Set([
  'account', 'accounts', 'version', 'story', 'figure', 'figures', 'assessment', 'characterization', 'characterisation', 'description', 'notion', 'estimate',
]);

/**
 * Acts done in words that state nothing, by the cue's base and what follows it: "declined to comment",
 * "pleaded not guilty", "claimed responsibility for the attack", "declared a state of emergency",
 * "pledged hundreds of millions of euros". The fixtures' gold marks none of them as a claim.
 */
export const NO_COMMENT: ReadonlySet<string> = new Set(['comment', 'elaborate', 'respond']);
export const REFUSAL_CUES: ReadonlySet<string> = new Set(['decline', 'refuse']);
/** "declined to say whether…", "refused to disclose how much…": with an open question after them, nothing was said. */
export const UNSAID_VERBS: ReadonlySet<string> = new Set(['say', 'discuss', 'disclose', 'reveal', 'specify', 'confirm', 'explain', 'detail', 'answer', 'address', 'speculate', 'predict']);
/** Words that open only a question told or asked ("told them whether…", "informed us how…"), never a relative or a time clause. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'how', 'what', 'why']);
/** Every word that may open a question: QUESTION_OPENERS and those that also open relatives and time clauses. */
export const OPEN_QUESTION_WORDS: ReadonlySet<string> = new Set([...QUESTION_OPENERS, 'when', 'where', 'who', 'which', 'whom']);
/** Asking for anonymity: "who asked to be identified only by her first name", "asked that his name be withheld". */
// ("An official, who declined to be identified, said…": declining to be named is the same formula)
export const ANONYMITY_CUES: ReadonlySet<string> = new Set(['ask', 'request', 'demand', 'decline', 'refuse']);
export const ANONYMITY_PARTICIPLES: ReadonlySet<string> = new Set(['identified', 'named', 'quoted', 'cited', 'called']);
export const ANONYMITY_NOUNS: ReadonlySet<string> = new Set(['name', 'surname', 'identity']);
/** Participles of the anonymous-source formula: "officials briefed on the talks said". */
export const SOURCE_FORMULAS: ReadonlySet<string> = new Set(['brief']);
export const PLEA_WORDS: ReadonlySet<string> = new Set(['guilty', 'not', 'innocent', 'no']);
/** Objects that make "claimed", "declared", "took" an act: "claimed victory", "declared bankruptcy". */
export const ACT_OBJECTS: ReadonlySet<string> = new Set([
  'responsibility', 'credit', 'victory', 'emergency', 'war', 'bankruptcy', 'independence', 'allegiance', 'ownership',
  'martial', 'curfew', 'disaster', 'title', 'seat', 'seats', 'championship', 'prize', 'insolvency', 'candidacy',
  // "declared a day of national mourning", "declared a public holiday", "declared a lockdown"
  'mourning', 'holiday', 'lockdown', 'quarantine',
]);
export const ACT_CUES: ReadonlySet<string> = new Set(['claim', 'declare']);
/** Decisions that one may reject as one rejects a statement: "…, a ruling China has rejected" (no content of the cue). */
export const RULING_NOUNS: ReadonlySet<string> = new Set(['ruling', 'rulings', 'decision', 'verdict', 'judgment', 'judgement']);
/** Weapons and means of force after "with": "blasted it with water cannon", "pelted the convoy with stones" (an act, no statement). */
export const FORCE_MEANS: ReadonlySet<string> = new Set([
  'cannon', 'cannons', 'gas', 'bullets', 'rounds', 'missiles', 'rockets', 'shells', 'stones', 'rocks', 'gunfire', 'artillery',
  'grenades', 'batons', 'hoses', 'pellets', 'bombs', 'drones', 'explosives', 'sticks', 'knives', 'lasers', 'flares', 'airstrikes',
]);
/** What is told without what was said: "Residents told a different story", "told a similar tale" (BLIND16 C5). */
export const TOLD_TALES: ReadonlySet<string> = new Set(['story', 'stories', 'tale', 'tales', 'version']);
/**
 * Things disclosed or sent that state nothing: "Two of the authors reported consulting fees from…", "The company
 * offered its condolences", "sent their thoughts and prayers" (a disclosure or a gesture, no statement).
 */
export const GESTURE_OBJECTS: ReadonlySet<string> = new Set([
  'fees', 'payments', 'honoraria', 'grants', 'royalties', 'condolences', 'sympathies', 'sympathy', 'prayers', 'thoughts', 'congratulations',
]);
export const GESTURE_CUES: ReadonlySet<string> = new Set(['report', 'disclose', 'declare', 'offer', 'send', 'extend', 'express']);
/**
 * Cues that report only with what they tell after the addressee ("informed the court that…", "advised residents to
 * leave"); with an addressee alone, or a topic, they state nothing: "which alerted the WHO on May 12", "a toxicologist
 * who has advised the WHO on medicine safety", "briefed reporters on the plan" (BLIND15 C3).
 */
export const ADDRESSEE_ONLY_CUES: ReadonlySet<string> = new Set(['alert', 'notify', 'inform', 'brief', 'advise']);
/** "rejecting his argument that…", "dismissed the ministry's claim that…": the claim is the owner's, the rejection states nothing. */
export const REJECTION_CUES: ReadonlySet<string> = new Set(['reject', 'dismiss']);
/** Cues that deny what they report: "denied that it had…", "disputed that…" (and the rejections). */
export const DENIAL_CUES: ReadonlySet<string> = new Set([...REJECTION_CUES, 'deny', 'dispute', 'refute']);
/** Cues whose object is what is given or asked for: "pledged $75 million", "demanded a ransom". */
export const GIVING_CUES: ReadonlySet<string> = new Set(['pledge', 'promise', 'offer', 'demand', 'seek', 'ask']);
export const QUANTITY_STARTS: ReadonlySet<string> = new Set([
  '$', '€', '£', '¥', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'dozens', 'a', 'an', 'more', 'less', 'about', 'nearly', 'some', 'up',
]);

/**
 * A two-word time phrase between a subject and its cue: "who in 2010 said", "Trump on Monday said",
 * "officials last week said". Its first word (a year is a head too) …
 */
export const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'last', 'this', 'earlier', 'late', 'early']);
/** … and its second. */
export const TIME_PHRASE_HEADS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weekend', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december',
]);

/** Means of saying after "by": "he said by telephone", "told reporters by video link" (a setting, no passive agent). */
export const MEANS_NOUNS: ReadonlySet<string> = new Set(['telephone', 'phone', 'email', 'e-mail', 'text', 'video', 'videolink', 'radio', 'letter', 'satellite', 'fax', 'mail', 'cable']);

/**
 * An estimate given as a figure: "Officials earlier put the number of injured at “several hundred”", "the
 * ministry puts the death toll at 57". The verb is a cue only with one of these nouns as its object and
 * "at" after it; what it puts at the figure is the content.
 */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);
export const ESTIMATE_NOUNS: ReadonlySet<string> = new Set([
  'number', 'toll', 'figure', 'count', 'total', 'tally', 'cost', 'costs', 'damage', 'damages', 'losses', 'value', 'size',
  'turnout', 'crowd', 'estimate',
]);

/** A span of time counted from an event after a cue: "conceded about an hour after the polls closed", "said two days later." */
export const DURATION_HEDGES: ReadonlySet<string> = new Set([...APPROXIMATORS, 'just', 'only', 'barely', 'within']);
export const DURATION_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'several', 'few', 'two', 'three', 'four', 'five', 'ten', 'twenty']);
export const DURATION_CLAUSES: ReadonlySet<string> = new Set(['after', 'before']);
export const DURATION_LINKS: ReadonlySet<string> = new Set(['later', 'earlier', 'ago']);


/** Verbs of learning, which take "of"/"about" and a thing, no statement: "learned of the crash", "heard about the fire". */
export const LEARNING_VERBS: ReadonlySet<string> = new Set(['learn', 'hear', 'read']);

/**
 * Verbs that give a thing its name, after "what <subject>" and before a quoted term: "in what it called
 * “ill-gotten gains,”", "what he calls “hell”", "what the agency described as “a clear threat”".
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'called', 'calls', 'call', 'termed', 'terms', 'dubbed', 'dubs', 'labeled', 'labelled', 'labels', 'branded', 'brands',
  'described', 'describes', 'characterized', 'characterised', 'deemed', 'considered', 'considers',
]);

/** Intention verbs of a wish: "people who want to see…", "a plan that officials hope to…" (a relative clause's wish). */
export const WISH_VERBS: ReadonlySet<string> = new Set(['want', 'wish', 'hope', 'plan', 'intend', 'decide', 'seek', 'aim', 'expect']);

/**
 * What may follow "agreed to" when the thing agreed to went before or is a noun: "a ceasefire that they had agreed
 * to in May", "agreed to on Sunday", "the terms agreed to by both sides" (not an infinitive's verb: "agreed to cut").
 */
export const AGREED_TO_SETTINGS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'under', 'by', 'with', 'from', 'over', 'through', 'since', 'until', 'last', 'earlier', 'later', 'next',
]);

/** "dismissed the criticism as…", "dismissed her comments as…": what a dismissal says its object is follows "as". */
export const DISMISSAL_LINKS: ReadonlySet<string> = new Set(['as']);

/** Nouns after "this", "last" or "next" that make a time phrase besides the calendar words: "said this time", "last season". */
export const SETTING_TIME_NOUNS: ReadonlySet<string> = new Set(['time', 'past', 'weekend', 'season', 'term', 'session', 'cycle', 'fiscal', 'round', 'semester']);

/**
 * Verbs whose subject is the subject of the cue in the infinitive after them: "appeared to suggest that…",
 * "seems to think…". (Not "continued to": "A powerful ice storm continues to maintain its grip", and "continued"
 * is a cue of its own.)
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed']);

/**
 * Verbs of aspect whose subject makes the cue in the infinitive after them only when that cue has its particle
 * ("protesters continued to call for…", "began to speak out about…"); not "A powerful ice storm continues to
 * maintain its grip". ("continues to insist that…" is the cue "continues" already.)
 */
export const ASPECT_VERBS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started',
]);

/** What a product recall recalls ("recalled 12,000 cribs", "is recalling about 278,000 heaters", "recalled its ambassador"). */
export const RECALL_QUANTITIES: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'more', 'over', 'hundreds', 'thousands', 'millions', 'tens']);
export const RECALLED_THINGS: ReadonlySet<string> = new Set([
  'ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomats', 'products', 'vehicles', 'cars', 'trucks', 'models', 'units', 'batches', 'lots', 'packages', 'bottles', 'cans',
]);
/** People an officer questions (an interrogation, no speech): "Police questioned a man about the fire", "questioned two suspects". */
export const QUESTIONED_PEOPLE: ReadonlySet<string> = new Set([
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'teenager', 'teenagers', 'person', 'people', 'suspect', 'suspects',
  'driver', 'drivers', 'witness', 'witnesses', 'detainee', 'detainees', 'passenger', 'passengers', 'resident', 'residents', 'staff',
  'employees', 'workers', 'students', 'crew', 'pilot', 'pilots', 'officers', 'neighbours', 'neighbors',
]);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
/** Symptoms one complains of (no statement): "complained of a severe headache", "complained of chest pain". */
export const SYMPTOMS: ReadonlySet<string> = new Set([
  'pain', 'pains', 'headache', 'headaches', 'dizziness', 'nausea', 'fever', 'fatigue', 'tiredness', 'weakness', 'numbness', 'breathlessness',
  'shortness', 'soreness', 'aches', 'cramps', 'vomiting', 'feeling', 'chest', 'stomach', 'back', 'cough', 'swelling', 'bleeding',
]);

/** Words besides "-ly" adverbs and weekdays between a cue verb and its particle: "spoke out about", "warned again of". */
export const PARTICLE_GAP_WORDS: ReadonlySet<string> = new Set(['out', 'today', 'yesterday', 'again', 'often', 'repeatedly', 'later', 'earlier', 'also', 'then', 'it', 'very', 'that', 'them']);

/**
 * Verbs whose object is a figure: a past participle after one is an adjective of that figure ("The company cut
 * reported revenue by 4%", "inflated reported profits"), not a cue.
 */
export const FIGURE_VERBS: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'raised', 'raises', 'lowered', 'lowers', 'boosted', 'boosts', 'inflated', 'inflates', 'overstated', 'overstates',
  'understated', 'understates', 'restated', 'restates', 'trimmed', 'trims', 'slashed', 'slashes', 'lifted', 'lifts', 'doubled',
  'doubles', 'halved', 'halves', 'revised', 'revises', 'beat', 'beats', 'missed', 'misses', 'exceeded', 'exceeds', 'topped', 'tops',
]);

/** Cue pasts that are mostly adjectives before a bare noun: "ignored repeated warnings", "rejected proposed cuts" (BLIND16 C2; not "alleged": "The men detained alleged torture"). */
export const ADJECTIVE_PASTS: ReadonlySet<string> = new Set(['repeated', 'proposed']);

/** Words after a study's or a report's participle that open its setting: "a study published on Wednesday in…". */
export const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this', 'earlier', 'online', 'today', 'yesterday']);

/**
 * Stances said with an adjective after a linking verb, and what takes their content: a clause ("are convinced
 * the plan will fail", "was afraid that…"), an object after a particle ("are worried about the cost", "has been
 * critical of the deal") or an infinitive ("were willing to negotiate"). quotes/stance-frame.ts.
 */
export type StanceTake = 'clause' | 'about' | 'to';
export const STANCE_ADJECTIVES: ReadonlyMap<string, readonly StanceTake[]> = new Map<string, readonly StanceTake[]>([
  ...['convinced', 'certain', 'sure', 'afraid', 'aware', 'adamant', 'persuaded'].map((w) => [w, ['clause']] as const),
  ...['confident', 'hopeful', 'optimistic', 'pessimistic', 'skeptical', 'sceptical', 'worried', 'concerned', 'fearful', 'doubtful']
    .map((w) => [w, ['clause', 'about']] as const),
  ...['critical', 'wary', 'supportive', 'dismissive', 'contemptuous'].map((w) => [w, ['about']] as const),
  ...['determined', 'willing', 'unwilling', 'eager', 'keen', 'reluctant'].map((w) => [w, ['to']] as const),
]);
/** The particles of a stance's object: "worried about", "critical of", "concerned over". */
export const STANCE_PARTICLES: ReadonlySet<string> = new Set(['about', 'of', 'over']);
/** Verbs that link a subject to its stance: "are", "remain", "seemed", "grew", "became". */
export const STANCE_LINKS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', "'m", '’m', "'re", '’re', 'am', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed',
  'appear', 'appears', 'appeared', 'grew', 'grow', 'grows', 'became', 'become', 'becomes',
]);

/**
 * Verbs of going to law, past forms: the party that "sued the state …, arguing that…" argues (BLIND12 C5), not the
 * sentence's subject ("The decision sided with districts that sued the state, arguing…").
 */
export const LITIGATION_VERBS: ReadonlySet<string> = new Set(['sued', 'appealed', 'challenged', 'petitioned', 'filed', 'brought', 'took']);
