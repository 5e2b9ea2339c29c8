// Settles what a lone "shot" meant once the whole article has been read.

import { DEATH_CUES } from '../../lexicon/casualties.js';
import type { Found } from './rules.js';

/** Does the article speak of a death anywhere ("fatal shooting", "homicide", "pronounced dead")? */
export function mentionsDeath(words: Iterable<string>): boolean {
  for (const w of words) if (DEATH_CUES.has(w)) return true;
  return false;
}

/**
 * A death toll of the article's own: a count of dead ("two men were killed") or one person
 * ("he died"). Not dead people without a number, nor a vague amount: "there have been so many
 * deaths in the last month", "I used to kill people like you" tell no toll, and the person
 * shot in the story is not among them.
 */
function isToll(f: Found): boolean {
  if (f.kind !== 'killed' || f.weak) return false;
  if (f.one) return true;
  return f.quantity !== undefined && !f.quantity.vague && (f.quantity.min ?? 0) > 0;
}

/**
 * "A man was shot Tuesday night. … He died at the hospital.": a lone "shot"
 * says someone was hit, and the outcome is told elsewhere.
 * - the article gives a death toll of its own: the lone "shot" is counted as a
 *   casualty (killed or wounded, unsettled), not as a second wounded person;
 * - the article gives no toll but speaks of a death ("fatal shooting",
 *   "homicide"), and of nobody recovering: the person shot is the one who died
 *   (rule …/fatal-article); "the clerk is recovering" keeps them wounded;
 * - otherwise the person shot was wounded.
 * A count of people shot ("Three people were shot", "two victims with gunshot wounds") in an
 * article with a death toll ("One of them died") counts the dead too: a casualty count, not wounded.
 * Without a toll it stays wounded: "a fatal shooting" does not say how many of the three died.
 * Telling the person shot apart from the dead by name was tried ("Officer Jon Richey suffered three
 * gunshot wounds", the dead being Barney and Henderson) and dropped: the dead are as often told
 * without their name ("A 42-year-old man was shot and killed. … shot Jones"), 7 wrong for 1 right on GVDB dev.
 */
export function settleWeak(found: Found[], deathSpoken: boolean): void {
  const deaths = found.some(isToll);
  for (const f of found) {
    // "in critical condition" says the person is alive
    if (!f.weak || f.rule === 'casualty/condition') continue;
    // (hurt in a limb beside another's death: the one shot "in the leg" is not the one who died)
    if (deaths) f.kind = f.limb ? 'wounded' : 'casualties';
    else if (deathSpoken && f.one) {
      f.kind = 'killed';
      f.rule = `${f.rule}-fatal-article`;
    }
  }
}
