// Settles what "shot" meant once the whole article has been read.

import type { Found } from './rules.js';

/**
 * "A man was shot Tuesday night. … He died at the hospital.": a lone "shot"
 * says someone was hit, and another sentence tells the outcome. When the
 * article reports a death, a lone person "shot" is counted as a casualty
 * (killed or wounded, unsettled) rather than as wounded.
 */
export function settleWeak(found: Found[]): void {
  const deaths = found.some((f) => f.kind === 'killed' && !f.weak);
  if (!deaths) return;
  for (const f of found) if (f.weak && f.one) f.kind = 'casualties';
}
