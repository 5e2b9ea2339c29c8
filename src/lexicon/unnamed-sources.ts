// Unnamed and collective sources: "Pakistani security sources", "One official", "analysts",
// "local media". They become actors of type `unnamed` when the sentence reports speech.

import { EVIDENCE_VERBS } from './attribution-words.js';

/** Head nouns of an unnamed source. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'analyst', 'analysts', 'observer', 'observers',
  'diplomat', 'diplomats', 'witness', 'witnesses', 'resident', 'residents', 'media', 'expert', 'experts',
  'commander', 'commanders', 'spokesman', 'spokeswoman', 'spokesperson', 'critics', 'mediators',
  'investigators', 'authorities', 'police', 'villagers', 'activists', 'doctors', 'medics', 'aides',
  'insiders', 'negotiators', 'lawmakers', 'prosecutors', 'researchers', 'scientists', 'economists',
  'campaigners', 'organisers', 'organizers', 'survivors', 'relatives', 'neighbours', 'neighbors', 'pollsters',
  // only with a qualifier ("rights groups", "aid groups"; not "groups" alone): see GROUP_NOUNS
  'groups',
]);

/** Source nouns that need a qualifier before them, as "media" does: "rights groups", "local media". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(['groups', 'media']);

/** Nouns that are a source only as the subject of a reporting verb: "One nurse, who …, said". */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'nurse', 'nurses', 'doctor', 'officer', 'officers', 'soldier', 'soldiers', 'worker', 'workers', 'employee',
  'employees', 'teacher', 'teachers', 'member', 'members', 'lawyer', 'lawyers', 'aide', 'insider', 'person',
  'people', 'journalist', 'journalists', 'reporter', 'reporters', 'staff', 'colleagues', 'volunteers', 'student',
  'students', 'farmer', 'farmers', 'parents', 'mother', 'father', 'voters', 'supporters', 'protesters',
  // "A funeral will be held on Thursday, the family said", "one colleague recalled", "a friend said"
  'family', 'colleague', 'friend', 'friends', 'relative',
  // "A village headman in Chiengi district, who asked not to be named, said"
  'headman', 'elder', 'elders',
  // "One venture investor said", "a fund manager who asked not to be named said", "one executive said"
  'investor', 'investors', 'manager', 'managers', 'executive', 'executives', 'banker', 'bankers', 'trader', 'traders',
  // "A senior statistician at the company told managers", "An engineer at the plant said": trades and professions
  'engineer', 'engineers', 'statistician', 'statisticians', 'technician', 'technicians', 'scientist',
  'economist', 'physician', 'physicians', 'surgeon', 'surgeons', 'pharmacist', 'pharmacists', 'firefighter',
  'firefighters', 'pilot', 'pilots', 'accountant', 'accountants', 'auditor', 'auditors', 'inspector', 'inspectors',
  'consultant', 'consultants', 'guard', 'guards', 'driver', 'drivers',
  // "Forecasters at the Storm Prediction Center had warned" (BLIND15 Q1)
  'forecaster', 'forecasters', 'meteorologist', 'meteorologists',
  // "…, his editor wrote on X", "his agent told reporters" (BLIND13 A11)
  'editor', 'editors', 'agent', 'agents',
  // "…, according to passengers" (BLIND14 A11): people on a journey
  'passenger', 'passengers', 'traveller', 'travellers', 'traveler', 'travelers', 'climber', 'climbers',
  // "said one shopkeeper, who gave only her first name": people at their trade in the street
  'shopkeeper', 'shopkeepers', 'vendor', 'vendors', 'motorist', 'motorists', 'commuter', 'commuters', 'fisherman', 'fishermen',
]);

/** Words that can open or qualify an unnamed source: "one", "senior", "security", "local". */
export const SOURCE_QUALIFIERS: ReadonlySet<string> = new Set([
  'one', 'a', 'an', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'most', 'few', 'few',
  'senior', 'junior', 'top', 'security', 'local', 'government', 'military', 'intelligence', 'western',
  'regional', 'foreign', 'diplomatic', 'police', 'health', 'hospital', 'medical', 'state', 'independent',
  'unnamed', 'anonymous', 'informed', 'knowledgeable', 'familiar', 'ministry', 'army', 'party', 'opposition',
  'election', 'electoral', 'court', 'federal', 'provincial', 'district', 'city', 'county', 'administration',
  'white', 'house', 'us', 'u.s.', 'un', 'eu', 'humanitarian', 'aid', 'industry', 'defense', 'defence',
  'political', 'independent', 'international', 'tribal', 'village', 'rebel', 'militant', 'taliban', 'legal',
  'outside', 'public', 'western', 'european', 'american', 'industry', 'market', 'financial', 'economic',
  // what a group stands for: "rights groups", "advocacy groups", "relief groups"
  'rights', 'human', 'advocacy', 'environmental', 'relief', 'lobby', 'watchdog', 'business', 'labor', 'labour', 'civic',
  // kinds of police: "riot police", "Miyagi prefectural police", "traffic police" (BLIND13 A15)
  'riot', 'prefectural', 'municipal', 'traffic',
]);

/** Verbs and cues that show a sentence reports what someone said or thinks. */
export const REPORTING_CUES: ReadonlySet<string> = new Set([
  'said', 'say', 'says', 'saying', 'told', 'tell', 'tells', 'added', 'add', 'adds', 'warned', 'warn', 'warns',
  'reported', 'report', 'reports', 'accused', 'accuse', 'accuses', 'according', 'cited', 'citing', 'cite',
  'claimed', 'claim', 'claims', 'believe', 'believes', 'believed', 'caution', 'cautioned', 'cautions',
  'stated', 'states', 'noted', 'notes', 'argued', 'argue', 'argues', 'insisted', 'insist', 'insists',
  'denied', 'deny', 'denies', 'confirmed', 'confirm', 'confirms', 'estimated', 'estimate', 'estimates',
  'suggested', 'suggest', 'suggests', 'predicted', 'predict', 'expect', 'expects', 'expected', 'fear',
  'fears', 'feared', 'agreed', 'agree', 'described', 'describe', 'announced', 'announce', 'revealed',
  'explained', 'explain', 'acknowledged', 'admitted', 'alleged', 'allege', 'alleges', 'urged', 'urge',
  'wrote', 'write', 'writes', 'asked', 'replied', 'responded', 'disclosed', 'quoted', 'speaking', 'spoke',
  // "Opposition lawmakers called for an inquiry", "Rights groups have documented dozens of deaths"
  'called', 'documented',
  // "speeches that read, one colleague recalled, “like poems”"
  'recalled', 'recalls', 'remembered',
]);

/**
 * Cues that make a sentence's source nouns unnamed sources, a list of its own (the speaker-name rule of the
 * actors stage reads REPORTING_CUES, where "Revenue declined 8%" would make a person): "An FTC spokeswoman
 * declined to comment", "Police refused to say…".
 */
export const UNNAMED_SOURCE_CUES: ReadonlySet<string> = new Set([...REPORTING_CUES, 'declined', 'declines', 'refused', 'refuses']);

/** Singular nouns that name a group and so need no qualifier: "the family said", "police said". */
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(['media', 'police', 'family']);

/**
 * Reporting verbs whose subject may be any plural noun phrase, as in "Indonesian officials counter",
 * "European steelmakers complained", "Corporate law experts say" (actors/unnamed-subject): forms
 * that follow a plural subject, so no "-s" present ("says" follows a singular one).
 */
export const SUBJECT_CUES: ReadonlySet<string> = new Set([
  'said', 'say', 'told', 'tell', 'argued', 'argue', 'countered', 'counter', 'complained', 'complain',
  'warned', 'warn', 'claimed', 'claim', 'insisted', 'insist', 'contended', 'contend', 'maintained', 'maintain',
  'believe', 'believed', 'feared', 'fear', 'predicted', 'predict', 'estimated', 'estimate', 'cautioned', 'caution',
  'noted', 'note', 'added', 'reported', 'report', 'accused', 'accuse', 'alleged', 'allege', 'denied', 'deny',
  'confirmed', 'confirm', 'suggested', 'suggest', 'acknowledged', 'acknowledge', 'admitted', 'admit',
  'described', 'describe', 'urged', 'urge', 'wrote', 'write', 'replied', 'responded', 'stressed', 'stress',
  'recommended', 'recommend', 'criticized', 'criticised', 'criticize', 'criticise', 'questioned', 'question',
  'disputed', 'dispute', 'objected', 'object', 'protested', 'announced', 'announce', 'explained', 'explain',
  'asserted', 'assert', 'speculated', 'speculate', 'testified', 'testify', 'recalled', 'recall', 'expressed',
]);

/** Plural-looking words that head no source: "Years later…", "Others said" (no one named), "This says". */
export const NOT_SOURCE_HEADS: ReadonlySet<string> = new Set([
  'others', 'ones', 'years', 'days', 'months', 'weeks', 'hours', 'minutes', 'times', 'news', 'series', 'species',
  'means', 'thanks', 'terms', 'words', 'things', 'always', 'perhaps', 'sometimes', 'towards', 'afterwards',
  'besides', 'whereas', 'thus', 'this', 'these', 'those', 'his', 'its', 'has', 'was', 'does', 'yes', 'plus',
  'less', 'unless', 'percent', 'lives', 'stations', 'results', 'figures', 'numbers', 'statistics', 'data',
  'polls', 'surveys', 'studies', 'reports', 'documents', 'records', 'papers', 'filings', 'statements',
  'comments', 'remarks', 'emails', 'letters', 'messages', 'tweets', 'posts', 'questions', 'answers', 'chants',
  // what people wrote or told, not people: "the competing accounts suggested", "the findings show"
  'accounts', 'stories', 'estimates', 'findings', 'analyses', 'averages', 'projections', 'memos',
  // the named parties a story is about, referred to again: "the companies said", "the two sides said"
  'companies', 'firms', 'sides', 'parties', 'views', 'earnings', 'points', 'injuries', 'bombings',
]);

/**
 * Heads of NOT_SOURCE_HEADS that name an unnamed group when a describing word opens the phrase: "Opposition
 * parties said", "Chinese firms complained" (not "the two parties said", "both sides said": parties named before).
 */
export const QUALIFIED_GROUP_HEADS: ReadonlySet<string> = new Set(['parties', 'companies', 'firms']);

/** Time nouns that qualify no source: "Last week officials said" is no "week officials". */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'night', 'morning', 'afternoon',
  'evening', 'weekend', 'time', 'today', 'yesterday', 'tomorrow', 'tonight', 'now', 'later', 'earlier', 'ago',
]);

/**
 * Role nouns that make an unnamed source one person: "A spokeswoman for Harbourline said… She said…" (the
 * source speaks on as "she"), and that a later "the spokeswoman said" repeats.
 */
export const ONE_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'spokeswoman', 'spokesman', 'spokesperson', 'official', 'officer', 'diplomat', 'lawyer', 'doctor', 'nurse', 'witness',
  'resident', 'aide', 'adviser', 'advisor', 'analyst', 'executive', 'source', 'person',
  // "A village headman … said. “…,” he said": a single speaker of a trade or a place speaks on as "he"
  'headman', 'elder', 'member', 'worker', 'employee', 'staffer', 'teacher', 'farmer', 'villager', 'neighbor', 'neighbour', 'colleague', 'friend', 'relative',
  // "A Ukrainian soldier … said Russian infantry were moving … “They come at night,” he said"
  'soldier', 'fighter', 'commander', 'medic', 'paramedic', 'policeman', 'guard', 'survivor', 'volunteer', 'driver', 'passenger',
  'student', 'engineer', 'journalist', 'editor', 'agent',
  // "One venture investor, who asked not to be named, said … She added": BLIND10 A1b
  'investor', 'manager', 'banker', 'trader',
]);

/**
 * Written records that are the source of an "according to" with a qualifier before them and no owner: "according to
 * court records", "according to a court filing", "according to industry estimates", "according to Israeli tallies"
 * (actors/unnamed-document). A definite or owned one ("the report", "its latest situation report") stands for its
 * issuer, named elsewhere.
 */
export const RECORD_NOUNS: ReadonlySet<string> = new Set([
  'records', 'record', 'filing', 'filings', 'documents', 'document', 'estimates', 'estimate', 'figures', 'data', 'statistics',
  'tallies', 'tally', 'counts', 'reports', 'report', 'polls', 'poll', 'surveys', 'survey', 'projections', 'papers', 'logs', 'transcripts', 'transcript',
  'lawsuit', 'lawsuits', 'study', 'studies', 'emails',
]);

/** Bodies that decide and may speak through "it": "A disciplinary tribunal annulled…, the date from which it said…". */
export const DECIDING_BODIES: ReadonlySet<string> = new Set(['tribunal', 'court', 'panel', 'committee', 'commission', 'jury', 'board', 'inquiry', 'council']);

/** A place that owns an office in "The town's mayor said", "the city's police chief said" (actors/unnamed-office). */
export const OWNER_PLACE_NOUNS: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'county', 'state', 'country', 'region', 'province', 'district', 'island', 'borough', 'municipality',
  'school', 'hospital', 'prison', 'airport', 'port', 'university', 'company', 'firm', 'team', 'club', 'league', 'party', 'ministry',
]);

/** Offices held by one person, named after a place's possessive: "The town's mayor", "the county's chief medical examiner". */
export const OFFICE_NOUNS: ReadonlySet<string> = new Set([
  'mayor', 'governor', 'chief', 'sheriff', 'coroner', 'prosecutor', 'director', 'president', 'head', 'leader', 'commissioner',
  'manager', 'secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'superintendent', 'principal', 'examiner',
  'administrator', 'chairman', 'chairwoman', 'chair', 'coach', 'captain', 'owner', 'founder', 'treasurer', 'clerk', 'warden',
]);

/** Cues whose object is the one spoken to, no speaker: "told reporters", "urged residents to leave", "asked witnesses". */
export const ADDRESS_CUES: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'urged', 'urge', 'urges', 'asked', 'ask', 'asks', 'warned', 'warn', 'warns', 'thanked', 'assured', 'reassured', 'briefed']);

/** Cues whose object is the subject of what was said, no speaker: "said the survivors had been flown…". */
export const SAID_CLAUSE_CUES: ReadonlySet<string> = new Set(['said', 'say', 'says', 'saying', 'adding', 'added', 'believe', 'believes', 'believed', 'confirmed', 'reported', 'estimated', 'noted', 'stated', 'explained', 'announced']);

/** Refusals, a cue only before "to": "declined to comment" reports, "Revenue declined 8%" does not. */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses']);

/** A singular speaker for someone, named with its "for" phrase: "a spokesperson for the department". */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Participles that place a source noun ("officials based in Brussels", "troops stationed near…"). */
export const PLACED_PARTICIPLES: ReadonlySet<string> = new Set(['based', 'stationed', 'posted', 'deployed']);

/** The anonymous-source formula after a noun: "people familiar with", "officials close to", "two officials briefed on". */
export const FAMILIAR_LEADS: ReadonlySet<string> = new Set(['familiar', 'close', 'briefed']);

/**
 * Cues whose subject may be a thing ("hormones could explain", "rates suggest", "data show"): a plural
 * before them is a source only when it names people (actors/unnamed-subjects.ts). The evidence verbs and
 * three more, in their base, "-s" and past forms.
 */
export const THING_CUES: ReadonlySet<string> = new Set(
  [...EVIDENCE_VERBS, 'explain', 'mean', 'prove'].flatMap((b) => [b, b + 's', b.endsWith('e') ? b + 'd' : b + 'ed']).concat(['meant', 'found', 'showed']),
);
