// A noun of the incursion names the story's act only where its phrase names the story's states: "Saddam Hussein's
// invasion of Kuwait", "the U.S. invasion of Afghanistan", "Bush's invasion of Iraq" and "the Libyan intervention" in
// a story whose headline and lede are about Turkey's push into Syria name past wars, not the act the outlets name.
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse, analyseAll } from '../lib/text/analyse.js';
import { titleDocId } from '../lib/framing/framing.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';

const LEDE =
  'Turkish troops and allied fighters pushed into northern Syria on Thursday. Ankara says it targets Kurdish militias. ' +
  'President Erdogan vowed to press on.';

/** Own uses of `head` in one article, its headline given as a doc of its own when there is one. */
const uses = (text: string, head: string, date = '2019-10-10', title?: string) => {
  const docs = analyseAll([article('d0', 'Harbor Post', date, title ?? '', text)]);
  if (title)
    docs.push({
      ...analyse({ id: titleDocId('d0'), outlet: 'Harbor Post', date, text: title, paragraphs: [] }),
      field: 'title',
    });
  return actRows(docs)
    .filter((r) => r.head === head)
    .reduce((n, r) => n + r.own, 0);
};

describe('act nouns of another place than the story’s', () => {
  it('leave out past wars named by their place, their country or their leader', () => {
    for (const s of [
      'Senators recalled Saddam Hussein’s invasion of Kuwait.',
      'The U.S. invasion of Afghanistan cost trillions.',
      'Critics compared it to Bush’s invasion of Iraq.',
      'The invasions of Afghanistan and Iraq cost trillions.',
    ])
      expect([s, uses(`${LEDE}\n\n${s}`, 'invasion')]).toEqual([s, 0]);
    expect(uses(`${LEDE}\n\nThe Libyan intervention is an even harder case.`, 'intervention')).toBe(0);
  });

  it('count the act of the story’s states, its actor’s act beside them, and a phrase that names no place', () => {
    expect(uses(`${LEDE}\n\nThe Turkish invasion of northern Syria entered its second day.`, 'invasion')).toBe(1);
    expect(uses(`${LEDE}\n\nTurkey’s invasion drew sanctions.`, 'invasion')).toBe(1);
    expect(uses(`${LEDE}\n\nErdogan’s invasion drew sanctions.`, 'invasion')).toBe(1);
    expect(uses(`${LEDE}\n\nThe invasion drew sanctions.`, 'invasion')).toBe(1);
    expect(uses(`${LEDE}\n\nRussia’s intervention turned the tide in Syria’s war.`, 'intervention')).toBe(1);
  });

  it('read the story’s states from its headline as well as its lede', () => {
    const body =
      'Tanks crossed the border before dawn. Shops were shut. Phones went dead.\n\nThe invasion of Kuwait began at night.';
    expect(uses(body, 'invasion', '1990-08-02')).toBe(0);
    expect(uses(body, 'invasion', '1990-08-02', 'Iraqi troops pour into Kuwait')).toBe(1);
  });

  it('leave out an act dated to another year after its complement', () => {
    const lede = 'Iraq’s Christians are leaving the country. Churches stand empty. Priests fear the worst.';
    expect(uses(`${lede}\n\nThey have fled since the US-led invasion of Iraq in 2003.`, 'invasion', '2013-12-22')).toBe(
      0,
    );
    expect(uses(`${lede}\n\nThe invasion of Iraq in 2013 is a fiction.`, 'invasion', '2013-12-22')).toBe(1);
  });
});

describe('act nouns of a named or dated act of the past', () => {
  const lede =
    'Kenyan troops crossed into southern Somalia on Monday. Nairobi says it targets al-Shabab camps. ' +
    'The push is the largest in a decade.';

  it('leave out an act known by a name the story does not open with', () => {
    expect(
      uses(`${lede}\n\nHis father had landed at Inchon before the Pusan offensive.`, 'offensive', '2011-10-17'),
    ).toBe(0);
    expect(uses(`${lede}\n\nA veteran of the Overlord invasion watched from home.`, 'invasion', '2011-10-17')).toBe(0);
  });

  it('leave out an act whose relative clause dates it to another year', () => {
    const s = 'Older officers recall the invasion that began the 1977 Ogaden War.';
    expect(uses(`${lede}\n\n${s}`, 'invasion', '2011-10-17')).toBe(0);
    expect(uses(`${lede}\n\nThe invasion that began on Monday drew praise.`, 'invasion', '2011-10-17')).toBe(1);
  });

  it('leave out an act dated by a year before its hyphenated modifiers', () => {
    const s = 'Older officers recall the 1977 U.S.-led invasion of Somalia.';
    expect(uses(`${lede}\n\n${s}`, 'invasion', '2011-10-17')).toBe(0);
    expect(uses(`${lede}\n\nThe 2011 Kenyan-led invasion went on.`, 'invasion', '2011-10-17')).toBe(1);
  });

  it('leave out acts listed over several states when not each is the story’s', () => {
    const s = 'It cost a fraction of the Somali or Ethiopian invasions of old.';
    expect(uses(`${lede}\n\n${s}`, 'invasion', '2011-10-17')).toBe(0);
  });

  it('count an act named after a place the story named before, and its own actors', () => {
    const body = `${lede}\n\nFighting raged in the district of Afmadow. Troops who took part in the Afmadow offensive were praised.`;
    expect(uses(body, 'offensive', '2011-10-17')).toBe(1);
    expect(uses(`${lede}\n\nThe Kenyan offensive drew praise.`, 'offensive', '2011-10-17')).toBe(1);
  });
});

describe('crowd nouns by the place of the crowd', () => {
  const lede =
    'Thousands marched through Caracas on Saturday against the government. Police fired tear gas near the palace. ' +
    'Venezuela’s opposition vowed to return.';

  it('leave out a crowd in a city of another state than the story’s', () => {
    expect(uses(`${lede}\n\nA mob of Peruvians stormed a consulate in Lima.`, 'mob', '2019-01-26')).toBe(0);
    expect(uses(`${lede}\n\nOfficials recalled a rally in Phoenix last year.`, 'rally', '2019-01-26')).toBe(0);
    expect(uses(`${lede}\n\nThe Lima protests were smaller.`, 'protest', '2019-01-26')).toBe(0);
  });

  it('count a crowd in a city of the story’s state, a crowd with no place, and every crowd of a story naming none', () => {
    expect(uses(`${lede}\n\nThe protests in Maracaibo grew.`, 'protest', '2019-01-26')).toBe(1);
    expect(uses(`${lede}\n\nThe protests grew.`, 'protest', '2019-01-26')).toBe(1);
    const plain = 'Thousands marched on Saturday. Police fired tear gas. Organisers vowed to return.';
    expect(uses(`${plain}\n\nA rally in Phoenix drew thousands.`, 'rally', '2019-01-26')).toBe(1);
    expect(uses(`${lede}\n\nThey rallied during the Arab Spring protests.`, 'protest', '2019-01-26')).toBe(1);
  });
});
