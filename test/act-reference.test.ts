// Two names of one act: outlets that call an order barring entry "the travel ban" and outlets that call it "the
// executive order". "The order" also names the other orders of the same week (a border-wall order, a judge's
// restraining order), which are no one's choice of a name for the entry order.
import { describe, expect, it } from 'vitest';
import { analyseAll, analyse as analyseText } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { readActNouns } from '../lib/framing/data.js';
import { actNameRows, actNameTable } from '../lib/framing/act-names.js';
import { sameActUses } from '../lib/framing/act-reference.js';
import { actFindings } from '../lib/report/label-findings.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';

const TEST = {
  cues: ['travel', 'refugees', 'countries', 'entry', 'muslim'],
  others: ['wall', 'sanctuary', 'daca', 'asylum', 'ports of entry'],
  otherOwners: ['court', 'judge'],
  modifiers: ['immigration ban'],
};

/** Whether each use of "order" / "ban" in the text names the entry order, in token order. */
function reads(text: string, test: typeof TEST = TEST): boolean[] {
  const d = analyseText({ id: 'r', outlet: 'X', date: null, paragraphs: [], text });
  const uses = d.tokens.flatMap((t, i) =>
    /^(?:order|ban)s?$/.test(t.norm) ? [{ i, head: t.norm.replace(/s$/, '') }] : [],
  );
  return sameActUses(d, test, uses);
}

describe('the same-act test', () => {
  it('takes a head beside the act’s words, and a later “the order” referring back to it', () => {
    expect(
      reads(
        'President Varn signed an executive order barring refugees from six countries on Friday. Airlines scrambled ' +
          'to comply. Lawyers said the order was rushed. Varn defended his executive order on Sunday.',
      ),
    ).toEqual([true, true, true]);
  });

  it('leaves out an order of another act, an indefinite order and a judge’s order, and what refers back to them', () => {
    expect(
      reads(
        'Varn also signed an order to fund the border wall. Builders welcomed the order. Varn later signed an ' +
          'executive order on fishing quotas. The order takes effect in May. The travel ban on six countries stands. ' +
          'Then the judge’s order halted it. The order runs for two weeks.',
      ),
    ).toEqual([false, false, false, false, true, false, false]);
  });

  it('takes “the order” for the last order named, not for a ban named in passing', () => {
    expect(
      reads(
        'Varn signed the executive order on Friday. Unlike the travel ban on six countries, it drew praise. ' +
          'Unions welcomed it. Aides said the order was overdue. Critics of the ban marched.',
      ),
    ).toEqual([false, true, false, true]);
  });
});

describe('what tells the act: the use’s own words, the nearer act, a reference forward, a court’s order', () => {
  it('reads the head’s modifiers and complement before its sentence, and the nearer act when a sentence names two', () => {
    expect(
      reads(
        'A senator cheered the Muslim travel ban and the repeal of DACA. Varn’s asylum ban drew suits from refugees. ' +
          'Lawyers sued over the ban against travelers from six countries and over the sanctuary order. ' +
          'Besides the wall, the president’s immigration ban took effect; the immigration orders of the president did not.',
      ),
    ).toEqual([true, false, true, false, true, false]);
  });

  it('takes a definite use with nothing before it for the act its head names next, in a doc naming no other act', () => {
    expect(
      reads(
        'Myth two: the executive order makes the nation less safe. Critics disagree. ' +
          'The executive order bars refugees from six countries for 90 days.',
      ),
    ).toEqual([true, true]);
    expect(
      reads(
        'Myth two: the executive order makes the nation less safe. Critics disagree. ' +
          'The executive order bars refugees from six countries for 90 days. It does not fund the wall.',
      ),
    ).toEqual([false, true]);
  });

  it('leaves out a court’s order set off after a comma, a named judge’s order, and orders at ports of entry, not Varn’s ban a court weighs', () => {
    expect(
      reads(
        'Travelers from six countries were stranded. The order, by District Judge Ana Reyes in Hawaii, halts the ' +
          'travel ban. Judge Reyes’s order runs to May. Travel lawyers said an injunction against the executive order by a judge stands. ' +
          'A new order on asylum means that migrants must wait at ports of entry. The appeals court weighs Varn’s ban on refugees.',
      ),
    ).toEqual([false, true, false, true, false, true]);
  });
});

describe('an order or a ban introduced (“an executive order”, “a new ban”), and an act word governing the head', () => {
  it('takes an indefinite use by its own clause or a word of revision, not by the sentence before or a judge’s order', () => {
    expect(
      reads(
        'Varn signed an executive order on Friday that bars refugees from six countries. Airlines scrambled. ' +
          'Critics said the order was cruel, and Varn later issued a revised order. ' +
          'Last month he signed an executive order demanding an update to the farm program’s rules. ' +
          'Judge Ana Reyes issued an order Thursday to expand the list of relatives that refugees may bring. ' +
          'In an April executive order, Varn directed a review of the student program, aimed at helping refugees. ' +
          'Going forward, a new order could apply only to people not yet in the entry process. ' +
          'Lawyers who fought the travel ban said they are ready to fight a new order.',
      ),
    ).toEqual([true, true, true, false, false, false, true, true, false]);
  });

  it('takes a new version set against the first, and a narrower one after a judge’s order, as the act named before', () => {
    expect(
      reads(
        'The travel ban on six countries took effect. Then they issued a new executive order in March that avoided ' +
          'the problems of the first ban. The signing of a new order does not end lawsuits against the old order. ' +
          'A judge blocked it later, an order that was upheld by a panel. In March, Varn issued a narrower order. ' +
          'Lawyers said they are ready to fight a new order next year.',
      ),
    ).toEqual([true, true, true, true, true, false, true, false]);
    // with no act named before, a new version names none
    expect(reads('Then they issued a new executive order that avoided the problems of the first ban.')).toEqual([
      false,
      false,
    ]);
  });

  it('takes “barred enforcement of the order” for the order enforced, not “separation of families under the order”', () => {
    const test = { ...TEST, others: [...TEST.others, 'enforcement', 'separation'] };
    expect(
      reads(
        'The travel ban on six countries took effect. An appeals court barred enforcement of the order. ' +
          'A judge blocked the enforcement of many key parts of the executive order. ' +
          'The separation of families under the order began at once.',
        test,
      ),
    ).toEqual([true, true, true, false]);
  });

  it('counts in the act table the order whose enforcement is barred, not a judge’s order or an order of another month', () => {
    const text =
      'The travel ban on visitors from six countries took effect on Friday. An appeals court barred enforcement of ' +
      'the order. Judge Ana Reyes issued an order Thursday to expand the list of relatives that refugees may bring. ' +
      'In an April executive order, Varn directed a review of the student program, aimed at ensuring the visas go ' +
      'to the best.';
    const docs = analyseAll([article('d0', 'Harbor Post', null, 'Varn', text)]);
    const rows = actNameTable(actRows(docs));
    expect(rows.filter((r) => r.family === 'entry-ban').map((r) => [r.head, r.own, r.forms])).toEqual([
      ['ban', 1, 'travel ban 1'],
      ['order', 1, 'order 1'],
    ]);
  });
});

const BAN = 'The travel ban on visitors from six countries took effect on Friday.';
const ORDER = 'The executive order on visitors from six countries took effect on Friday.';
const WALL = 'Varn also signed an executive order on the border wall. The order funds the wall.';

/** Eight paragraphs, `bans` of them naming the act "travel ban" and the rest "executive order", then the wall order. */
const story = (bans: number) =>
  [...Array.from({ length: 8 }, (_, i) => (i < bans ? BAN : ORDER)), WALL, WALL].join('\n\n');

describe('whom the order bars, named by their countries', () => {
  const PEOPLE = { ...TEST, people: ['citizens', 'nationals', 'travelers', 'people'] };

  it('takes an order that bars the citizens of three or more countries, as the act', () => {
    expect(
      reads(
        'Varn issued a new executive order on Monday that temporarily bars the citizens of Sudan, Syria, Iran, ' +
          'Libya, Somalia and Yemen from the United States for 90 days.',
        PEOPLE,
      ),
    ).toEqual([true]);
    expect(
      reads('The order applies to all nationals of Iraq, Iran, Syria, Libya, Somalia, Sudan, and Yemen.', PEOPLE),
    ).toEqual([true]);
  });

  it('takes no order for the citizens of one country, of two, or of cities', () => {
    expect(
      reads(
        'Varn signed an order on Friday that covers citizens of the United States. ' +
          'He signed another order for people from Paris, Lyon and Nice. ' +
          'Aides drafted an order naming travelers from Mexico and Cuba.',
        PEOPLE,
      ),
    ).toEqual([false, false, false]);
  });
});

describe('names of the entry order', () => {
  it('states each outlet’s share of “ban” against “order”, the wall order left out, and the names written', () => {
    const texts = { 'Harbor Post': story(7), 'Valley News': story(4), 'Coast Daily': story(0) };
    const docs = analyseAll(
      Object.entries(texts).map(([outlet, text], i) => article(`d${i}`, outlet, null, 'Varn', text)),
    );
    const rows = actRows(docs, () => 'varn');
    const own = (outlet: string, head: string) =>
      actNameTable(rows).find((r) => r.family === 'entry-ban' && r.outlet === outlet && r.head === head)?.own ?? 0;
    expect([own('Coast Daily', 'order'), own('Coast Daily', 'ban')]).toEqual([8, 0]);
    expect([own('Harbor Post', 'order'), own('Harbor Post', 'ban')]).toEqual([1, 7]);
    expect(actFindings(rows)[0].text).toBe(
      'Outlets differ in how often they call the order barring entry “ban” rather than “order” in their own ' +
        'narration: Harbor Post 88% of 8, Valley News 50% of 8 and Coast Daily 0% of 8 (share of “ban” among their ' +
        'uses of the two). Written as “travel ban” 11 for “ban”; as “executive order” 13 for “order” (uses in own ' +
        'narration).',
    );
  });

  it('shows in the act table the names each outlet wrote beside the head counted', () => {
    const text =
      'The travel ban on visitors from six countries took effect on Friday. Critics of the ban marched. ' +
      'Imams marched against the Muslim travel ban of a nervous state. The executive order on travel from six countries ' +
      'is signed. The order runs for 90 days. The travel order is the third. VARN DEFENDS TRAVEL BAN.';
    const docs = analyseAll([article('d0', 'Harbor Post', null, 'Varn', text)]);
    const rows = actNameTable(
      actNameRows(
        docs,
        docs.map((d) => docVoice(d)),
        readActNouns(),
      ),
    );
    expect(rows.filter((r) => r.family === 'entry-ban').map((r) => [r.head, r.own, r.forms])).toEqual([
      ['ban', 4, 'travel ban 2, Muslim travel ban 1, ban 1'],
      ['order', 3, 'executive order 1, order 1, travel order 1'],
    ]);
  });
});
