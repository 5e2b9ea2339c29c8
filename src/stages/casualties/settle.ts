// Settles what a lone "shot" meant once the whole article has been read.

import { DEATH_CUES } from '../../lexicon/casualties.js';
import type { Found } from './rules.js';

/** Does the article speak of a death anywhere ("fatal shooting", "homicide", "pronounced dead")? */
export function mentionsDeath(words: Iterable<string>): boolean {
  for (const w of words) if (DEATH_CUES.has(w)) return true;
  return false;
}

/**
 * "A man was shot Tuesday night. … He died at the hospital.": a lone "shot"
 * says someone was hit, and the outcome is told elsewhere.
 * - the article gives a death toll of its own: the lone "shot" is counted as a
 *   casualty (killed or wounded, unsettled), not as a second wounded person;
 * - the article gives no toll but speaks of a death ("fatal shooting",
 *   "homicide"): the person shot is the one who died (rule …/fatal-article);
 * - otherwise the person shot was wounded.
 * A count of people shot ("Three people were shot", "two victims with gunshot wounds") in an
 * article with a death toll ("One of them died") counts the dead too: a casualty count, not wounded.
 * Without a toll it stays wounded: "a fatal shooting" does not say how many of the three died.
 */
export function settleWeak(found: Found[], deathSpoken: boolean): void {
  const deaths = found.some((f) => f.kind === 'killed' && !f.weak);
  for (const f of found) {
    // "in critical condition" says the person is alive
    if (!f.weak || f.rule === 'casualty/condition') continue;
    if (deaths) f.kind = 'casualties';
    else if (deathSpoken && f.one) {
      f.kind = 'killed';
      f.rule = `${f.rule}-fatal-article`;
    }
  }
}
