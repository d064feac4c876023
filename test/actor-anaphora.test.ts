// Actor labels that reach one-story corpora: a bare "the regime" naming back to the actor the article named, a capital
// standing for its government ("Damascus denied"), and the proportion finding (each outlet's share of "regime" among
// its "regime" and "government"). Fixtures are short articles written for these tests.
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { labelShares, twoProportionZ } from '../lib/framing/label-shares.js';
import { labelContrasts } from '../lib/framing/label-contrast.js';
import { labelFindings } from '../lib/report/label-findings.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';
import { story, rowsOf } from './helpers/label-stories.js';

const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2024-03-04', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

const actorMentions = (articles: Article[]) =>
  runFraming(articles, {
    withOverlap: false,
    events: Object.fromEntries(articles.map((a) => [a.id, 'e'])),
  }).framing.detail.labelMentions.filter((m) => m.kind === 'actor');

describe('bare role nouns', () => {
  const ms = actorMentions([
    art(
      'a',
      'Ledger',
      'Syrian President Bashar Assad spoke on Monday. Syrian President Bashar Assad spoke again on Tuesday.\n\n' +
        'The Assad regime shelled the suburbs overnight. On Monday the regime denied aid workers access.\n\n' +
        'By Tuesday the regime \'s forces entered two towns. "The regime lies," one resident said.\n\n' +
        'The regime change debate went on. The army exercises were cancelled.',
    ),
    art(
      'b',
      'Tribune',
      'U.S. President Barack Obama spoke. U.S. President Barack Obama spoke again.\n\n' +
        'The Syrian government denied the report. The Obama administration promised to respond.\n\n' +
        'The administration blamed the government for the attack, and the government denied it.',
    ),
    art('c', 'Courier', 'The administration said it would not act. The government of a neighbour stayed silent.'),
  ]);
  const of = (doc: string) => ms.filter((m) => m.doc === doc).map((m) => `${m.label} -> ${m.targetName} (${m.voice})`);

  it('give "the regime" to the actor the article named with that noun, in narration only', () => {
    expect(of('a')).toEqual([
      'Assad regime -> Syria (government) (own)',
      'the regime -> Syria (government) (own)',
      'the regime -> Syria (government) (own)',
    ]);
  });

  it('name back by noun first, then by class, and leave two actors of a class unresolved', () => {
    // "the administration" is the Obama administration's; "the government" the Syrian government's, by its noun
    expect(of('b')).toEqual([
      'Syrian government -> Syria (government) (own)',
      'Obama administration -> United States (government) (own)',
      'The administration -> United States (government) (own)',
      'the government -> Syria (government) (own)',
      'the government -> Syria (government) (own)',
    ]);
    // no actor named before: nothing to name back to
    expect(of('c')).toEqual([]);
  });
});

describe('bare role nouns where another state is in play', () => {
  const ms = actorMentions([
    art(
      'a',
      'Ledger',
      'The Iranian regime jailed a reporter on Monday.\n\n' +
        'The senator praised his trip to Myanmar and his effort to reopen the dictatorship to the world.\n\n' +
        'Aid workers in Lebanon said the dictatorship blocked convoys.',
    ),
    art(
      'b',
      'Tribune',
      "The U.S. military said it struck a base. Later 200 Syrian soldiers died at the air base, the military 's last holdout.\n\n" +
        'The Egyptian army closed roads. The army said the roads would reopen.',
    ),
  ]);
  const of = (doc: string) => ms.filter((m) => m.doc === doc).map((m) => `${m.label} -> ${m.targetName}`);

  it('leave a noun named back by class unresolved when its sentence names another state before it, not a setting', () => {
    // "the dictatorship" of Myanmar is no Iranian label; "in Lebanon" is where the workers are, so Iran stays
    expect(of('a')).toEqual(['Iranian regime -> Iran (government)', 'the dictatorship -> Iran (government)']);
  });

  it("leave a party of a court case unresolved: the court's state, named or not", () => {
    const court = actorMentions([
      art(
        'c',
        'Courier',
        'The Egyptian government closed the border on Monday.\n\n' +
          'A witness agreed to testify for the government, and lawyers for the government asked for time. ' +
          'Later the government reopened the crossing.',
      ),
    ]).map((m) => `${m.label} -> ${m.targetName}`);
    expect(court).toEqual(['Egyptian government -> Egypt (government)', 'the government -> Egypt (government)']);
    // "the administration" is the writer's own executive already: a ruling against it names it
    const ruling = actorMentions([
      art(
        'd',
        'Courier',
        'U.S. President Barack Obama spoke. U.S. President Barack Obama spoke again.\n\n' +
          'The Obama administration appealed. A judge ruled against the administration on Friday.',
      ),
    ]).map((m) => `${m.label} -> ${m.targetName}`);
    expect(ruling).toEqual([
      'Obama administration -> United States (government)',
      'the administration -> United States (government)',
    ]);
  });

  it('leave "the military" unresolved when another state\'s armed forces were named since its antecedent', () => {
    expect(of('b')).toEqual([
      'U.S. military -> United States (armed forces)',
      'Syrian soldiers -> Syria (armed forces)',
      'Egyptian army -> Egypt (armed forces)',
      'The army -> Egypt (armed forces)',
    ]);
  });
});

describe('bare role nouns: the government the paragraph has in play', () => {
  const ms = actorMentions([
    art(
      'a',
      'Ledger',
      "Iran 's regime jailed a reporter on Monday. Tehran denied the charges.\n\n" +
        'The president praised his trip to Cuba.\n\n' +
        'He spoke of his visit there at length.\n\n' +
        "In listing Myanmar 's reforms, he said a dissident would run, but in fact the regime has barred her.",
    ),
    art(
      'b',
      'Tribune',
      'Syrian President Bashar Assad spoke on Monday. Syrian President Bashar Assad spoke again on Tuesday.\n\n' +
        'The Assad regime shelled the suburbs.\n\n' +
        'The envoy urged Russia to rein in the regime before the talks.',
    ),
    art(
      'c',
      'Courier',
      'The Syrian government denied the report. The Iraqi government closed the border.\n\n' +
        "Iraq 's prime minister spoke on Monday, and the government said it would reopen the crossing.\n\n" +
        'Officials met later, and the government kept silent.',
    ),
    art('d', 'Gazette', 'Iran has influence on the government in Baghdad. The authorities in Istanbul said nothing.'),
  ]);
  const of = (doc: string) => ms.filter((m) => m.doc === doc).map((m) => `${m.label} -> ${m.targetName}`);

  it("leave a noun unresolved when its sentence names another state and the candidate's is not named near", () => {
    // Myanmar's regime is no label of Iran's government, named three paragraphs before
    expect(of('a')).toEqual(["Iran 's regime -> Iran (government)", 'Tehran -> Iran (government)']);
    // Russia is asked to act on the regime the paragraph before named: Syria's stays
    expect(of('b')).toEqual(['Assad regime -> Syria (government)', 'the regime -> Syria (government)']);
  });

  it('among two governments the article named, take the one its paragraph names last, else none', () => {
    expect(of('c')).toEqual([
      'Syrian government -> Syria (government)',
      'Iraqi government -> Iraq (government)',
      'the government -> Iraq (government)',
    ]);
  });

  it('read "the government in Baghdad" as the government of the state named, not of a city', () => {
    expect(of('d')).toEqual(['the government in Baghdad -> Iraq (government)']);
  });
});

describe('bare role nouns a state acts on', () => {
  const ms = actorMentions([
    art(
      'a',
      'Ledger',
      "Iran 's military tested a drone on Monday.\n\n" +
        'The disclosure shows the many ways in which Tehran and the forces it backs rely on drones in Yemen.',
    ),
    art(
      'b',
      'Tribune',
      "The Egyptian government and Egypt 's military spoke on Monday.\n\n" +
        "The president 's backers accuse the military and the government it appointed of ignoring the vote.",
    ),
  ]);
  const of = (doc: string) => ms.filter((m) => m.doc === doc).map((m) => `${m.label} -> ${m.targetName}`);

  it('leave "the forces it backs" after the state that backs them: another body, not its own forces', () => {
    expect(of('a').filter((l) => l.startsWith('the forces'))).toEqual([]);
    expect(of('a')).toContain("Iran 's military -> Iran (armed forces)");
  });

  it('keep "the government it appointed" where no state is named before it: "it" is another actor', () => {
    expect(of('b')).toContain('the government -> Egypt (government)');
  });
});

describe('bare role nouns in a clause whose subject is a state', () => {
  const ms = actorMentions([
    art(
      'a',
      'Ledger',
      'The U.S. government accused Syria on Monday.\n\n' +
        "A loyalist said he believes the United States is inventing stories about the government 's use of gas.",
    ),
    art(
      'b',
      'Tribune',
      "Iran 's government raised fuel prices on Monday.\n\n" +
        "Sentiments in Iran are still raw over the government 's crackdown on protests.",
    ),
  ]);
  const of = (doc: string) => ms.filter((m) => m.doc === doc).map((m) => `${m.label} -> ${m.targetName}`);

  it('give no state "the government" its own clause has that state acting on: a writer would say "its"', () => {
    expect(of('a')).toContain('U.S. government -> United States (government)');
    expect(of('a').filter((l) => l.startsWith('the government'))).toEqual([]);
  });

  it('keep "the government" where the state is only the setting of the clause', () => {
    expect(of('b')).toContain('the government -> Iran (government)');
  });
});

describe('capitals standing for governments', () => {
  const ms = actorMentions([
    art(
      'a',
      'Ledger',
      'Syrian President Bashar Assad spoke on Monday. Damascus denied the report on Tuesday.\n\n' +
        "Tehran 's nuclear program was discussed. Washington and Moscow agreed on a plan.\n\n" +
        "Fighting in Damascus went on. Damascus residents fled, and Damascus 's suburbs were shelled.\n\n" +
        'Officials in Tehran said little. The Iranian government said nothing.\n\n' +
        "The cable said Embassy Tripoli reports gunfire. New York and Washington would lose a seat, and the state of Washington 's suit goes on.",
    ),
  ]);
  const caps = ms.filter((m) => /^\p{Lu}/u.test(m.variant ?? '')).map((m) => `${m.label} -> ${m.targetName}`);

  it('read a capital as its government when it acts or owns, and as the city after a preposition, before a noun or in a longer name', () => {
    expect(caps).toEqual([
      'Damascus -> Syria (government)',
      'Tehran -> Iran (government)',
      'Washington -> United States (government)',
      'Moscow -> Russia (government)',
    ]);
  });

  it('read no government in a team named for its city, the seat of a union, a city phrase or a name as a word', () => {
    const other = actorMentions([
      art(
        'a',
        'Ledger',
        'The Nationals lost again. Washington has enjoyed great regular season success, but the postseason is hard.\n\n' +
          'If the starter tires, Washington could turn to the bullpen.\n\n' +
          'Voters asked what the point of laws is when Brussels will change them.\n\n' +
          "The crowds gather in one of Tehran 's most affluent neighborhoods. Some say Rome might mean any army.\n\n" +
          'Washington must act, the senator said.',
      ),
    ]).map((m) => `${m.label} -> ${m.targetName}`);
    expect(other).toEqual(['Washington -> United States (government)']);
  });

  it("read no government in a county that shares a capital's name", () => {
    const county = actorMentions([
      art(
        'a',
        'Ledger',
        'Voters in Nassau County on Long Island lined up early.\n\n' +
          "Nassau 's voting-age public has grown, and Nassau will decide the seat.",
      ),
      art('b', 'Tribune', "Nassau 's tourism plan was announced on Monday, and Nassau will decide the tax."),
    ]).map((m) => `${m.doc}: ${m.label} -> ${m.targetName}`);
    // the Bahamas' capital acts in the article that names no county of that name
    expect(county).toEqual(['b: Nassau -> Bahamas (government)', 'b: Nassau -> Bahamas (government)']);
  });

  it('count a capital in no contrast: it is a name, not a choice of judgement', () => {
    const rows = runFraming(
      [
        art('x', 'Ledger', 'Tehran denied it. Tehran denied it again. Tehran denied it once more.'),
        art(
          'y',
          'Tribune',
          'The Iranian regime denied it. The Iranian regime denied it again. The Iranian regime lied.',
        ),
      ],
      { withOverlap: false, events: { x: 'e', y: 'e' } },
    ).framing.labels;
    expect(rows.some((r) => r.entity === 'Iran (government)' && r.variant === 'Tehran')).toBe(true);
    expect(labelContrasts(rows)).toEqual([]);
  });
});

describe('label shares', () => {
  it('state which outlets choose "regime" more often, where every outlet uses both', () => {
    // every outlet uses both, Ledger and Courier more than a fifth of the time each (9 against 1 would be a slip, and
    // the outlet would choose its side): no contrast
    const rows = rowsOf([story('a', 'Ledger', 9, 3), story('b', 'Tribune', 5, 5), story('c', 'Courier', 3, 9)]);
    expect(labelContrasts(rows)).toEqual([]);
    const [s] = labelShares(rows);
    expect(s.entity).toBe('Syria (government)');
    expect([s.judging.variant, s.describing.variant]).toEqual(['regime', 'government']);
    expect(s.outlets.map((o) => `${o.outlet} ${o.judging}/${o.uses}`)).toEqual([
      'Ledger 9/12',
      'Tribune 5/10',
      'Courier 3/12',
    ]);
    const [f] = labelFindings(rows);
    expect(f.text).toContain(
      'Outlets differ in how often they call Syria (government) “regime” rather than “government”',
    );
    expect(f.text).toContain('Ledger 75% of 12');
    expect(f.text).toContain('Courier 25% of 12');
  });

  it('pool every describing label outlets choose instead of the judging one, and never a label of the opposite group', () => {
    const W: Record<string, number> = { illegal: 0.625, undocumented: 0, unauthorized: 0, legal: 0.225 };
    const uses: [string, string, number][] = [
      ['Ledger', 'illegal', 9],
      ['Ledger', 'undocumented', 1],
      ['Ledger', 'legal', 8],
      ['Tribune', 'illegal', 5],
      ['Tribune', 'undocumented', 3],
      ['Tribune', 'unauthorized', 2],
      ['Courier', 'illegal', 1],
      ['Courier', 'undocumented', 9],
      ['Desk', 'unauthorized', 10],
      ['Desk', 'legal', 1],
    ];
    const rows = uses.map(([outlet, m, own]) => ({
      entity: 'immigrants',
      outlet,
      label: `${m} immigrants`,
      kind: 'group',
      own,
      event: 'e',
      evaluative: W[m],
    }));
    const [s] = labelShares(rows);
    expect([s.judging.variant, s.describing.variants]).toEqual(['illegal', ['undocumented', 'unauthorized']]);
    // the Desk's word is the third one: a share of "illegal" against "undocumented" alone would leave it out
    expect(s.outlets.map((o) => `${o.outlet} ${o.judging}/${o.uses}`)).toEqual([
      'Ledger 9/10',
      'Tribune 5/10',
      'Courier 1/10',
      'Desk 0/10',
    ]);
    expect(labelFindings(rows, 0)[0].text).toContain(
      'call immigrants “illegal” rather than “undocumented” or “unauthorized” in their own narration',
    );
  });

  it('pool the describing role nouns before the use bar, where each pair alone has too few uses', () => {
    // outlets write "regime" against three neutral words for one government: no pair alone gives three outlets six
    // uses, the four words together do
    const W: Record<string, number> = { regime: 1, government: 0, authorities: 0.125, administration: 0 };
    const uses: [string, string, number][] = [
      ['Ledger', 'regime', 7],
      ['Tribune', 'regime', 4],
      ['Tribune', 'government', 2],
      ['Tribune', 'authorities', 2],
      ['Courier', 'government', 3],
      ['Courier', 'authorities', 3],
      ['Desk', 'government', 3],
      ['Desk', 'administration', 3],
    ];
    const rows = uses.map(([outlet, v, own]) => ({
      entity: 'Iran (government)',
      outlet,
      label: `Iranian ${v}`,
      variant: v,
      kind: 'actor',
      own,
      event: 'e',
      evaluative: W[v],
    }));
    const [s] = labelShares(rows);
    expect([s.judging.variant, s.describing.variants]).toEqual([
      'regime',
      ['government', 'authorities', 'administration'],
    ]);
    expect(s.outlets.map((o) => `${o.outlet} ${o.judging}/${o.uses}`)).toEqual([
      'Ledger 7/7',
      'Tribune 4/8',
      'Courier 0/6',
      'Desk 0/6',
    ]);
    expect(labelFindings(rows, 0)[0].text).toContain(
      'call Iran (government) “regime” rather than “government” or “authorities” or “administration”',
    );
    expect(labelFindings(rows, 0)[0].text).toContain('Ledger 100% of 7');
    // the same counts on modifiers stay quiet: "skilled" or "detained" immigrants are a part of the group, no other
    // word for it, and pooled they would count as a choice against "illegal"
    const M: Record<string, number> = { illegal: 0.625, skilled: 0, detained: 0 };
    const mods: [string, string, number][] = [
      ['Ledger', 'illegal', 7],
      ['Tribune', 'illegal', 3],
      ['Tribune', 'detained', 3],
      ['Courier', 'skilled', 3],
      ['Courier', 'detained', 3],
      ['Desk', 'skilled', 6],
    ];
    const groupRows = mods.map(([outlet, m, own]) => ({
      entity: 'immigrants',
      outlet,
      label: `${m} immigrants`,
      kind: 'group',
      own,
      event: 'e',
      evaluative: M[m],
    }));
    expect(labelShares(groupRows)).toEqual([]);
  });

  it('stay quiet where outlets divide alike or use the labels too rarely', () => {
    const alike = rowsOf([story('a', 'Ledger', 6, 4), story('b', 'Tribune', 5, 5), story('c', 'Courier', 4, 6)]);
    expect(labelShares(alike)).toEqual([]);
    const rare = rowsOf([story('a', 'Ledger', 3, 0), story('b', 'Tribune', 1, 2), story('c', 'Courier', 0, 3)]);
    expect(labelShares(rare)).toEqual([]);
    expect(twoProportionZ(9, 10, 1, 10)).toBeGreaterThan(3);
    expect(twoProportionZ(5, 10, 5, 10)).toBe(0);
  });
});
