// A scraped page's headline, its site's address and the story's first sentence glued on one line
// ("… in Eastfield | wxyznews.comThe shooting…"): the headline is cut off as the title, and the
// actors of a headline are read as a sentence's when it is written as one, as a title's when
// title-cased. (Invented texts in the shape of the scraped GVDB pages.)

import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { segment } from '../src/stages/segment.js';
import { actorsOf, expectActors } from './helpers/extracted.js';

function paragraphs(text: string): Array<[string, string]> {
  const doc = createDoc(text);
  segment.run(doc, { referenceDate: null, lexicon: { entities: [] } });
  return doc.paragraphs.map((p) => [p.kind, text.slice(p.start, p.end)]);
}

const GLUED = 'Man shot outside bakery in Millbrook Heights | wkrn7news.comA man was shot outside a bakery on Tuesday night. Police said he was expected to survive.';

describe('segment: a headline glued to the story', () => {
  it('cuts the headline after the site address and makes it the title', () => {
    expect(paragraphs(GLUED)).toEqual([
      ['title', 'Man shot outside bakery in Millbrook Heights | wkrn7news.com'],
      ['body', 'A man was shot outside a bakery on Tuesday night. Police said he was expected to survive.'],
    ]);
  });
  it.each([
    // no site address: one paragraph as before
    'Man shot outside bakery. A man was shot outside a bakery on Tuesday night.',
    // an address inside the story, with no bar before it
    'Readers can write to tips@herald.comFor more, see below.',
    // a bar and an address with no capital glued after it
    'Weather | wkrn7news.com and more on our site.',
  ])('leaves %s whole', (text) => {
    expect(paragraphs(text)).toHaveLength(1);
  });
});

describe('actors: a headline cut off as the title', () => {
  it('reads a sentence-cased headline as a sentence: a name after "in" is a place', () => {
    expectActors('Mother shot during robbery in Brookvale hotel parking lot | wkrn7news.comA woman was shot in the parking lot of a Brookvale hotel on Thursday.', [
      { name: 'Brookvale', type: 'location' },
    ]);
  });
  it('names no actor after the bar (the site)', () => {
    const names = actorsOf('Man hurt in shooting near Dunmore Park | Valley Local News | KVLNews.comA man was hurt in a shooting near Dunmore Park, police said.').map((a) => a.name);
    expect(names).toContain('Dunmore Park');
    expect(names).not.toContain('Valley Local News');
    expect(names).not.toContain('KVLNews');
  });
  it('types a title-cased headline\'s name as the body does, no person by default', () => {
    expectActors('Former Hospital Chief Blames Meridex For Delays\n\nThe former chief said the contractor Meridex had missed every deadline, according to Meridex records.', [
      { name: 'Meridex', type: 'organization' },
    ]);
  });
  it('types a title-cased headline\'s name after a preposition of place a place', () => {
    expectActors('Two Hurt In Shooting In Larkfield\n\nTwo men were hurt in a shooting, and Larkfield police are looking for a gunman.', [
      { name: 'Larkfield', type: 'location' },
    ]);
  });
  it('keeps a headline\'s organisation apart from a name the body met first on its own', () => {
    // the body's "the Harbor House chef" comes before its book "The Harbor House Cook"
    const actors = actorsOf('Hotel Secrets Told By Former Harbor House Cook\n\nShe worked as the Harbor House chef for a decade.\n\nShe wrote a memoir entitled The Harbor House Cook: Recipes and Regrets.');
    const cook = actors.find((a) => a.name === 'Harbor House Cook');
    expect(cook?.aliases ?? []).not.toContain('Harbor House');
  });
});
