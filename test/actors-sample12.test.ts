// Actors: classes from the fourteenth session's actor brief (ACTORS12): described bodies, guessed
// speakers, storms and descriptors. Invented sentences in the shape of the failures.

import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers/extracted.js';

describe('actors: a described agency is the one agency of its kind the text names', () => {
  it.each([
    ['NASA launched the probe on Monday. The space agency said the launch had gone well.', 'NASA'],
    ['Xinhua reported the quake first. The state news agency said 30 people were hurt.', 'Xinhua'],
  ])('%s → one actor %s', (text, name) => {
    const actors = actorsOf(text);
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).toEqual([name]);
  });
  it('a description the named agency does not hold is another agency', () => {
    const actors = actorsOf('The Environmental Protection Agency fined the mill. Later the space agency said its satellites had seen the spill.');
    const epa = actors.find((a) => a.name === 'Environmental Protection Agency');
    expect(epa).toBeDefined();
    expect(epa!.mentions.length).toBe(1);
    expect(actors.some((a) => a.name === 'space agency' && a.type === 'organization')).toBe(true);
  });
  it('a description the named agency holds is still its mention', () => {
    const actors = actorsOf('The Federal Aviation Administration grounded the jets. The aviation agency said the checks would take a week.');
    expect(actors.filter((a) => a.type === 'organization').length).toBe(1);
  });
  it('two agencies of the kind: no link', () => {
    const actors = actorsOf('NASA and the European Space Agency signed the deal. The space agency said the launch would slip.');
    expect(actors.find((a) => a.name === 'NASA')?.aliases ?? []).not.toContain('space agency');
  });
});
