// The verbs that name a harm, with what each may take: the casualties stage's first vocabulary (re-exported by
// ./casualties.ts, which holds the rest).

import type { CasualtyKind } from '../types.js';

/**
 * Verb forms that report harm. `transitive`: takes the victims as object
 * ("killed 12 soldiers"); every form here also works as a passive participle or
 * intransitive verb after its subject ("12 soldiers were killed", "3 died").
 */
export interface HarmVerb {
  kind: CasualtyKind;
  /** can be followed by its victims: "killing 12", "wounded 4 others" */
  transitive: boolean;
  /** can stand after its subject: "12 killed", "4 were wounded", "two died" */
  participle: boolean;
}

const V = (kind: CasualtyKind, transitive: boolean, participle: boolean): HarmVerb => ({ kind, transitive, participle });

export const HARM_VERBS: ReadonlyMap<string, HarmVerb> = new Map([
  ['killed', V('killed', true, true)], ['killing', V('killed', true, false)], ['kills', V('killed', true, false)], ['kill', V('killed', true, false)],
  ['murdered', V('killed', true, true)], ['murdering', V('killed', true, false)],
  ['slain', V('killed', false, true)], ['slew', V('killed', true, false)],
  ['massacred', V('killed', true, true)],
  // South Asian and Middle Eastern copy's word for the dead of one side: "Two soldiers were martyred"
  ['martyred', V('killed', false, true)],
  // "At least 40 people drowned when the boat capsized", "was found strangled"
  ['drowned', V('killed', true, true)], ['strangled', V('killed', true, true)],
  // a headline's present: "At least 27 migrants drown off Tunisia"
  ['drown', V('killed', false, true)],
  // "He later succumbed to his injuries"
  ['succumbed', V('killed', false, true)],
  ['died', V('killed', false, true)], ['dies', V('killed', false, true)], ['perished', V('killed', false, true)],
  ['dead', V('killed', false, true)],
  // security forces' word for killing armed men: "two of the kidnappers were “neutralised”", "troops neutralised five gunmen"
  ['neutralised', V('killed', true, true)], ['neutralized', V('killed', true, true)],
  // "security forces eliminated five militants": a killing only of armed men (ARMED_ONLY_VERBS)
  ['eliminated', V('killed', true, true)], ['eliminating', V('killed', true, false)],
  ['liquidated', V('killed', true, true)], ['liquidating', V('killed', true, false)],
  // killings by their manner: "the president was assassinated", "militants beheaded a police officer", "two men were gunned
  // down" ("gunned" only before "down"), "died when a mob lynched them", "two workers were electrocuted", "suffocated in a sewer"
  ['assassinated', V('killed', true, true)], ['assassinating', V('killed', true, false)],
  ['beheaded', V('killed', true, true)], ['decapitated', V('killed', true, true)],
  ['lynched', V('killed', true, true)], ['gunned', V('killed', true, true)],
  ['electrocuted', V('killed', true, true)], ['suffocated', V('killed', true, true)], ['asphyxiated', V('killed', false, true)],
  // a killing only of people named so (PEOPLE_ONLY_VERBS): "executed 11 hostages", "slaughtered 30 villagers", "was hanged"
  ['executed', V('killed', true, true)], ['executing', V('killed', true, false)], ['hanged', V('killed', true, true)],
  ['slaughtered', V('killed', true, true)], ['butchered', V('killed', true, true)],
  ['wounded', V('wounded', true, true)], ['wounding', V('wounded', true, false)],
  ['injured', V('wounded', true, true)], ['injuring', V('wounded', true, false)],
  // headline present tense: "Cop shoots and wounds armed robbery suspect", "wounds 2 others"
  // (a noun too: "gunshot wounds to the head" has no object, so it is no reading)
  ['wounds', V('wounded', true, false)], ['injures', V('wounded', true, false)],
  // a rate: "house fires, which kill about 80 people and injure about 160" ("wound" is left out: a noun too)
  ['injure', V('wounded', true, false)],
  ['hurt', V('wounded', true, true)], ['hurting', V('wounded', true, false)],
  // "The shooting left a 16-year-old girl paralyzed", "maimed dozens"
  ['paralyzed', V('wounded', false, true)], ['paralysed', V('wounded', false, true)], ['maimed', V('wounded', true, true)],
  // "One person was grazed by a bullet": hit, not killed
  ['grazed', V('wounded', false, true)],
  ['hospitalized', V('wounded', false, true)], ['hospitalised', V('wounded', false, true)],
  // an illness: "an outbreak that has sickened more than 400 people", "Tainted Salad Sickens 40"
  ['sickened', V('wounded', true, true)], ['sickens', V('wounded', true, false)],
  ['stabbed', V('wounded', true, true)], ['stabbing', V('wounded', true, false)],
  ['knifed', V('wounded', true, true)],
  // struck with a gun: "Mother shot, daughter pistol-whipped", "pistol-whipping her in the face"
  ['pistol-whipped', V('wounded', true, true)], ['pistol-whipping', V('wounded', true, false)],
  ['shot', V('wounded', true, true)], ['shooting', V('wounded', true, false)],
  ['shoots', V('wounded', true, false)], ['shoot', V('wounded', true, false)],
  ['deceased', V('killed', false, true)],
  ['kidnapped', V('kidnapped', true, true)], ['kidnapping', V('kidnapped', true, false)],
  // a taking by armed men only (TAKEN_BY_ARMED): "Gunmen seized 30 students", not "police seized 30 kg of heroin"
  ['seized', V('kidnapped', true, true)], ['seizing', V('kidnapped', true, false)],
  ['abducted', V('kidnapped', true, true)], ['abducting', V('kidnapped', true, false)],
  ['displaced', V('displaced', true, true)], ['displacing', V('displaced', true, false)],
  ['evacuated', V('displaced', true, true)], ['homeless', V('displaced', false, true)],
  ['arrested', V('arrested', true, true)], ['arresting', V('arrested', true, false)],
  ['detained', V('arrested', true, true)], ['detaining', V('arrested', true, false)],
  // escaped prisoners taken again: "640 of the escaped inmates had been recaptured"
  ['recaptured', V('arrested', true, true)],
  ['missing', V('missing', false, true)],
  // "200 people who disappeared in the 1990s", "security forces disappeared 30 activists", "three hikers vanished"
  ['disappeared', V('missing', true, true)], ['vanished', V('missing', false, true)],
  // "about 600 residents were still unaccounted for"
  ['unaccounted', V('missing', false, true)],
  // "nine miners believed trapped", "9 Still Trapped": not yet reached, fate unknown
  ['trapped', V('missing', false, true)],
]);
