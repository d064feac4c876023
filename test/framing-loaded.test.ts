// Fixtures for loaded-language marking on any beat (issue 17): part-of-speech gates on general-vocabulary words.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { compileLexicon, loadedHits, loadedRows, loadedTokens, WildcardIndex } from '../lib/framing/loaded.js';
import { readLexicon } from '../lib/framing/data.js';
import { isLexiconNoun, isModifierPosition } from '../lib/framing/wordclass.js';
import { isPraise } from '../lib/framing/evaluative.js';
import { loadedSentences, sentenceCues, sentenceLoadedness, sentenceScores } from '../lib/framing/loaded-sentences.js';
import type { Doc } from '../lib/types.js';
import { runFraming } from '../lib/framing/run.js';
import { docVoice } from '../lib/framing/voice.js';
import { article } from './report-helpers.js';

const doc = (id: string, text: string): Doc => analyse({ id, outlet: 'X', date: null, text, paragraphs: [] });
const marked = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => d.tokens[m.index].norm);
const at = (d: Doc, word: string) => d.tokens.findIndex((t) => t.norm === word);

describe('part-of-speech gates on general-vocabulary words', () => {
  it('keeps an evaluative adjective that modifies a noun', () => {
    expect(marked(doc('a', 'Critics called it a dreadful plan for the city.'))).toContain('dreadful');
    expect(marked(doc('b', 'The mayor unveiled his horrible budget on Monday.'))).toContain('horrible');
  });

  it('drops general-vocabulary nouns and verbs whatever their sentiment score ("win", "hate crime")', () => {
    expect(isLexiconNoun('win')).toBe(true);
    expect(isLexiconNoun('wonderful')).toBe(false);
    expect(marked(doc('c', 'Police investigated the attack as a hate crime.'))).not.toContain('hate');
    expect(marked(doc('d', 'The party hopes to win the seat in November.'))).not.toContain('win');
  });

  it('drops a general-vocabulary word standing alone before a function word or punctuation', () => {
    const d = doc('e', 'The turnout was good, and the count was popular with staff.');
    expect(isModifierPosition(d, at(d, 'good'))).toBe(false);
    expect(marked(d)).not.toContain('good');
    expect(marked(d)).not.toContain('popular');
  });

  it('drops the head of a noun phrase before "of" ("a kind of", "the good of"), even after a determiner', () => {
    const d = doc('g', 'It was a kind of protest, the worst of the year, for the good of the town.');
    expect(isModifierPosition(d, at(d, 'kind'))).toBe(false);
    expect(isModifierPosition(d, at(d, 'worst'))).toBe(false);
    expect(marked(d)).toEqual([]);
    expect(marked(doc('h', 'She made the worst choice.'))).toContain('worst');
  });

  it('leaves praise of the general vocabularies unmarked: standing and outcome, not a verdict', () => {
    const d = doc('p', 'A popular senator won a successful bid after a wonderful speech to a prominent union.');
    expect(marked(d)).toEqual([]);
    expect(isPraise('popular')).toBe(true);
    expect(isPraise('dreadful')).toBe(false);
    // the same position with a word of blame is marked
    expect(marked(doc('q', 'A corrupt senator won a bid after a nasty speech.'))).toEqual(['corrupt', 'nasty']);
  });

  it('finds a term that opens with a wildcard by its literal end, in lexicon order with the others', () => {
    const lex = {
      themes: [
        { theme: 'a', terms: ['gun*', '*-toting'] },
        { theme: 'b', terms: ['*-*', '*ed'] },
      ],
    };
    const idx = new WildcardIndex(compileLexicon(lex));
    expect(idx.matching('gun-toting').map((c) => c.term)).toEqual(['gun*', '*-toting', '*-*']);
    expect(idx.matching('bag-toting').map((c) => c.term)).toEqual(['*-toting', '*-*']);
    expect(idx.matching('toting').map((c) => c.term)).toEqual([]);
    expect(idx.matching('voted').map((c) => c.term)).toEqual(['*ed']);
  });

  it('a phrase of the lexicon is its words in a row, and a wildcard stem does not reach unrelated words', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    // a list is not the phrase: "illegal, alien" (punctuation between the words)
    expect(terms(doc('l1', 'The form asked whether he was illegal, alien or a citizen.'))).not.toContain(
      'illegal alien*',
    );
    expect(terms(doc('l2', 'He spoke about illegal aliens at the rally.'))).toContain('illegal alien*');
    // "crowed" is a judging speech verb; crowds, crowded halls and crowns are not
    const crowd = doc('l3', 'Crowds filled the crowded hall as the crown prince arrived.');
    expect(terms(crowd)).toEqual([]);
    expect(terms(doc('l4', 'The senator crowed about the vote.'))).toContain('crowed');
    // tear gas is not "tearing into" someone; assailants and a lecturer are not attacks in speech
    expect(terms(doc('l5', 'Police fired teargas into the crowd of assailants near the lecturer.'))).toEqual([]);
    expect(terms(doc('l6', 'The governor tore into his rival and assailed the plan.'))).toEqual([
      'tore into',
      'assailed',
    ]);
    // a theme's `not` forms: the anti-aircraft gun is no label, the anti-immigrant group is
    expect(terms(doc('l7', 'Rebels fired anti-aircraft guns and anti-tank rockets.'))).toEqual([]);
    expect(terms(doc('l8', 'An anti-immigrant group rallied downtown.'))).toContain('anti-*');
  });

  it('a wildcard marks the label put on someone, not the "-ism" noun a story is about', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('i1', 'Crowds marched against racism and extremism after the vote.'))).toEqual([]);
    expect(terms(doc('i2', 'He called the mayor a racist and her aides extremists.'))).toEqual(['racis*', 'extremis*']);
    // a term that spells "ism" itself is the lexicon author's choice
    const idx = new WildcardIndex(compileLexicon({ themes: [{ theme: 't', terms: ['tribal*', 'tribal*ism'] }] }));
    expect(idx.matching('tribalists').map((c) => c.term)).toEqual(['tribal*']);
    expect(idx.matching('tribalism').map((c) => c.term)).toEqual(['tribal*ism']);
  });

  it('an "anti-" word against a wrong names a cause; against a group or a good it is a label', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('a1', 'She joined an anti-war vigil, then an anti-corruption and anti-fascist rally.'))).toEqual(
      [],
    );
    expect(terms(doc('a2', 'He backed anti-immigrant and anti-science bills.'))).toEqual(['anti-*', 'anti-*']);
  });

  it('an "anti-" word naming a protest or an armed side by its cause is the news desks\' name for it', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('m1', 'Anti-levy protesters and anti-mayor street demonstrators blocked the ferry.'))).toEqual([]);
    expect(terms(doc('m2', 'Anti-harbour rebels shelled the port.'))).toEqual([]);
    expect(terms(doc('m3', "The mayor's anti-islander remarks angered the anti-levy crowd."))).toEqual([
      'anti-*',
      'anti-*',
    ]);
  });

  it('an "anti-" word that opens a name is the name\'s ("the Anti-Tariff League"); "Kremlin-loving" stays', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(marked(doc('n1', 'A report by the Anti-Tariff League cited anti-islander remarks.'))).toEqual([
      'anti-islander',
    ]);
    expect(terms(doc('n2', 'The port was held by Kremlin-loving fighters.'))).toEqual(['*-loving']);
    // a headline in title case is the writer's wording: its capitals mark no names
    expect(terms(doc('n3', 'Harbour Forum to Feature Anti-Islander Speaker From the Mainland'))).toEqual(['anti-*']);
    expect(terms(doc('n4', 'Ferry Boss Has Flip-Flopped on the Levy Again'))).toEqual(['flip-flop*']);
  });

  it('an "anti-" word against a crime or harm, or a weapon or a drug, is plain; a name after a comma too', () => {
    expect(
      marked(
        doc(
          'w1',
          'The anti-trafficking unit enforced anti-discrimination rules, and an anti-rocket battery guarded the port.',
        ),
      ),
    ).toEqual([]);
    expect(marked(doc('w2', 'The Harbour Guild, Anti-Tariff League and others cited anti-islander remarks.'))).toEqual([
      'anti-islander',
    ]);
    // a capitalised word after a comma without a hyphen is a proper adjective, still the writer's label
    expect(marked(doc('w3', 'It is a reckless, Marxist plan.'))).toEqual(['reckless', 'marxist']);
  });

  it('"so-called" before a name or a quoted term introduces it; before a plain noun it doubts', () => {
    expect(marked(doc('s1', 'The so-called "Harbour Compact" and the so-called Ferry Five met on Monday.'))).toEqual(
      [],
    );
    expect(marked(doc('s2', 'Members of the so-called “ port levy ” group met.'))).toEqual([]);
    expect(marked(doc('s3', 'The so-called reform raised the fares.'))).toEqual(['so-called']);
  });

  it('"supposed to" is what was expected; "supposed" before a noun doubts it', () => {
    expect(marked(doc('p1', 'The ferry was supposed to sail at noon.'))).toEqual([]);
    expect(marked(doc('p2', 'His supposed bribes were never found.'))).toEqual(['supposed']);
  });

  it('"violent" and "deadly" state what happened; other words of blame stay marked', () => {
    expect(marked(doc('v1', 'Violent clashes followed the deadly storm on the island.'))).toEqual([]);
    expect(marked(doc('v2', 'The mayor made a vicious attack on the ferry crews.'))).toEqual(['vicious']);
  });

  it('words a hyphen wildcard matches are rows of their own; a stem keeps its family in one row', () => {
    const d = doc(
      'a3',
      'He backed anti-immigrant bills, two anti-science bills and anti-immigrant ads. Terrorists and a terrorist were named.',
    );
    const rows = loadedRows(loadedHits([d], [], readLexicon()));
    expect(rows.filter((r) => r.term === 'anti-*').map((r) => [r.forms, r.own])).toEqual([
      ['anti-immigrant', 2],
      ['anti-science', 1],
    ]);
    expect(rows.filter((r) => r.term.startsWith('terror')).map((r) => r.forms)).toEqual(['terrorist; terrorists']);
  });

  it('a report of a public reaction is not a judging speech verb; a verb that characterises the speech is', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('r1', 'The council condemned the raid, and the plan drew a backlash from unions.'))).toEqual([]);
    expect(terms(doc('r2', 'The council vilified the unions and belittled their plan.'))).toEqual([
      'vilif*',
      'belittl*',
    ]);
  });

  it('leaves a lexicon term in its plain sense unmarked: a claim filed, a wave of events', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('s1', 'Jobless claims rose as the group claimed responsibility for the blast.'))).toEqual([]);
    expect(terms(doc('s5', 'The mayor blasts the plan.'))).toEqual(['blast*']);
    expect(terms(doc('s6', 'The sanctions regime hurt the regime in the capital.'))).toEqual(['regime']);
    expect(terms(doc('s2', 'Asylum claims are slow, the minister claims.'))).toEqual(['claims']);
    expect(terms(doc('s3', 'A wave of protests followed the invasion of the island.'))).toEqual([]);
    expect(terms(doc('s4', 'He warned of a wave of illegal migrants and an influx at the border.'))).toEqual([
      'wave of',
      'influx',
    ]);
  });

  it('reads "admitted" as let in (refugees admitted, admitted into, a count) and as a confession otherwise', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('a1', 'Only 40 refugees were admitted to the country last year.'))).toEqual([]);
    expect(
      terms(doc('a2', 'The school admitted nearly 300 pupils and the clinic admitted them into its ward.')),
    ).toEqual([]);
    expect(terms(doc('a3', 'Migrants admitted last year may work.'))).toEqual([]);
    expect(terms(doc('a4', 'The mayor admitted that the plan failed.'))).toEqual(['admitted']);
    expect(terms(doc('a5', 'The director admitted to taking the money.'))).toEqual(['admitted']);
    expect(terms(doc('a6', 'Later the treasurer admitted to the charges.'))).toEqual(['admitted']);
    expect(
      terms(doc('a7', 'Residents who have been lawfully admitted may vote; some were admitted as students.')),
    ).toEqual([]);
    expect(terms(doc('a8', 'An aide admitted as much on Tuesday.'))).toEqual(['admitted']);
  });

  it('reads a toll and a claim of responsibility as plain, a doubted assertion as loaded', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('c1', 'The floods claimed at least 42 lives along the river valley.'))).toEqual([]);
    expect(terms(doc('c2', 'No claim of responsibility followed the raid on the depot.'))).toEqual([]);
    expect(terms(doc('c3', 'The governor claimed the harbour was safe.'))).toEqual(['claimed']);
  });

  it('reads "dismissed" with a case or officials as its object as a ruling or a sacking', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('d1', 'A county judge dismissed the lawsuit against the ferry operator.'))).toEqual([]);
    expect(terms(doc('d2', 'The board dismissed several senior officials after the audit.'))).toEqual([]);
    expect(terms(doc('d3', 'The minister dismissed the warnings from the fishermen.'))).toEqual(['dismiss*']);
  });

  it('reads "sweeping" as the verb or of a law\'s reach, and as drama otherwise', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('w1', 'The council passed a sweeping zoning bill on Monday.'))).toEqual([]);
    expect(terms(doc('w2', 'Storms were sweeping through the coastal villages.'))).toEqual([]);
    expect(terms(doc('w3', 'The mayor made sweeping accusations about the rival camp.'))).toEqual(['sweeping']);
  });

  it('reads "fake" before a document or an identity as forged, and as scorn otherwise', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('f1', 'Workers paid taxes with fake Social Security numbers on their forms.'))).toEqual([]);
    expect(terms(doc('f2', 'About 9,000 people worked with fake or stolen identity cards.'))).toEqual([]);
    expect(terms(doc('f3', 'The mayor called the report fake news about the harbour.'))).toEqual(['fake']);
  });

  it('reads "the war on terror" as the name of a policy', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('t1', 'The base was built early in the war on terror.'))).toEqual([]);
    expect(terms(doc('t2', 'The pamphlet spread terror among the villagers.'))).toEqual(['terror']);
  });

  it('leaves a label that a verb of calling puts on someone to that verb\'s subject ("portrayed the mayor as a dictator")', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('r1', 'The union branded the ferry owners as racist in a leaflet.'))).toEqual([]);
    expect(terms(doc('r2', 'Rivals portrayed the mayor as a dictator after the vote.'))).toEqual([]);
    expect(terms(doc('r3', 'Campaigners have long described the levy as wildly unfair.'))).toEqual([]);
    expect(terms(doc('r4', 'The ferry owners are racist, and the mayor is a dictator.'))).toEqual([
      'racis*',
      'dictator*',
    ]);
    expect(terms(doc('r5', 'The levy is as outrageous as the old toll.')).length).toBe(1);
  });

  it('leaves "militants", the news desks\' plain word for armed fighters, unmarked; "terrorists" stays a label', () => {
    const terms = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.term);
    expect(terms(doc('m1', 'Militants fired shells at the border post overnight, the army said.'))).toEqual([]);
    expect(terms(doc('m2', 'Terrorists fired shells at the border post overnight.'))).toEqual(['terroris*']);
  });

  it('leaves words of political position ("a far-right party", "a left-wing mayor") unmarked; "right-wingers" stays', () => {
    expect(marked(doc('pl1', 'The far-right party and a hard-left union backed the left-wing mayor.'))).toEqual([]);
    expect(marked(doc('pl2', 'Right-wing councillors voted against the ferry levy.'))).toEqual([]);
    expect(marked(doc('pl3', 'The ferry levy was cheered by right-wingers and leftists alike.'))).toEqual([
      'right-wingers',
      'leftists',
    ]);
  });

  it('leaves the lexicon classes ungated: a lexicon word is loaded in any position', () => {
    const d = doc('f', 'The speech was disgraceful.');
    expect(isModifierPosition(d, at(d, 'disgraceful'))).toBe(false);
    expect(marked(d)).toContain('disgraceful');
  });
});

describe("sentence loadedness: a graded score of the writer's judgement against reporting", () => {
  const score = (text: string) => {
    const d = doc('s', text);
    return sentenceLoadedness(d, loadedTokens(d, { lexicon: readLexicon() }));
  };

  it('is 0 for a plain sentence without loaded words or cues', () => {
    expect(score('The committee met in the old hall to review the plan.')).toBe(0);
  });

  it('ranks an opinion with contrast, negation and the first person above the same words reported', () => {
    const opinion = score('We should not pretend this plan is anything but a terrible idea.');
    const reported = score('The plan is a terrible idea, the senator said on Tuesday, according to a statement.');
    expect(opinion).toBeGreaterThan(reported);
    expect(reported).toBeLessThan(score('The plan is a terrible idea.'));
  });

  it('counts a general-vocabulary judgement in predicate position, though the word itself is not marked', () => {
    const d = doc('p', 'The result was wonderful.');
    expect(marked(d)).not.toContain('wonderful');
    expect(score('The result was wonderful.')).toBeGreaterThan(score('The result was announced.'));
  });

  it('counts an evidential adverb ("clearly", "apparently") in the sentence score, not as a loaded word', () => {
    const d = doc('ev', 'The ferry operator clearly knew of the leak, and apparently said nothing.');
    expect(marked(d)).toEqual([]);
    expect(sentenceCues(d).evidential).toBe(2);
    expect(score('The ferry operator clearly knew of the leak.')).toBeGreaterThan(
      score('The ferry operator quietly knew of the leak.'),
    );
  });

  it('counts a word of political position in the sentence score, though it is not marked', () => {
    const d = doc('pos', 'The far-right mayor opened the ferry terminal.');
    expect(marked(d)).toEqual([]);
    expect(sentenceCues(d).position).toBe(1);
    expect(score('The far-right mayor opened the ferry terminal.')).toBeGreaterThan(
      score('The new mayor opened the ferry terminal.'),
    );
  });

  it('counts a second theme above a second word of the same theme: labelling and dramatising at once', () => {
    const d = doc('th', 'The reckless, spineless ferry plan was unveiled.');
    expect(loadedTokens(d, { lexicon: readLexicon() }).map((m) => m.theme)).toEqual([
      'drama and alarm',
      'dismissive words',
    ]);
    expect(score('The reckless, spineless ferry plan was unveiled.')).toBeGreaterThan(
      score('The reckless, outrageous ferry plan was unveiled.'),
    );
  });

  it("counts the writer's question or exclamation, not a quoted one, and pulls reported speech down", () => {
    const voiced = (text: string) => {
      const d = doc('v', text);
      return sentenceLoadedness(d, loadedTokens(d, { lexicon: readLexicon() }), undefined, docVoice(d).tokenVoice);
    };
    expect(voiced('Who will pay for the new ferry?')).toBeGreaterThan(voiced('Who will pay for the new ferry.'));
    const quoted = doc('q', '"Who will pay for the new ferry?" the mayor asked.');
    expect(sentenceCues(quoted, 0, quoted.tokens.length, docVoice(quoted).tokenVoice).exclamation).toBe(0);
    expect(voiced('"Who will pay for the new ferry?" the mayor asked.')).toBeLessThan(
      voiced('Who will pay for the new ferry?'),
    );
    const told = doc('r', 'The mayor said that the ferry levy would fall on islanders.');
    const cues = sentenceCues(told, 0, told.tokens.length, docVoice(told).tokenVoice);
    expect(cues.reported).toBe(cues.words);
    expect(voiced(told.text)).toBeLessThan(score(told.text));
  });

  it('pulls figures and time anchors of hard news down: dates, weekdays, percentages', () => {
    const cues = sentenceCues(doc('t', 'On Monday, 42 percent of voters backed it in March, we said.'));
    expect(cues).toMatchObject({ numbers: 1, time: 2, attribution: 1, subjective: 1 });
    expect(score('Turnout rose 12 percent on Monday.')).toBeLessThan(0);
  });

  it('scores each sentence of a document on its own, with offsets into the text', () => {
    const d = doc('m', 'Turnout rose 12 percent on Monday. The outrageous, disgraceful scheme is a scam.');
    const rows = sentenceScores(d, loadedTokens(d, { lexicon: readLexicon() }));
    expect(rows).toHaveLength(2);
    expect(d.text.slice(rows[1].start, rows[1].end)).toContain('disgraceful');
    expect(rows[1].score).toBeGreaterThan(0);
    expect(rows[0].score).toBeLessThan(0);
  });
});

describe('loadedSentences: the public table of sentences by loadedness', () => {
  it('lists every sentence of the corpus, most loaded first, with offsets into each doc', () => {
    const a = analyse({
      id: 'a',
      outlet: 'A',
      date: null,
      text: 'The council met on Monday. Its shameful, reckless scheme is a disgrace.',
      paragraphs: [],
    });
    const b = analyse({
      id: 'b',
      outlet: 'B',
      date: null,
      text: 'The council met on Monday, officials said.',
      paragraphs: [],
    });
    const rows = loadedSentences([a, b], { lexicon: readLexicon() });
    expect(rows).toHaveLength(3);
    expect(rows[0].doc).toBe('a');
    expect(a.text.slice(rows[0].start, rows[0].end)).toContain('shameful');
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((x, y) => y - x));
    expect(rows.at(-1)!.doc).toBe('b');
  });
});

describe('a lexicon word inside a proper name is the name, not the writer', () => {
  it('leaves "Amnesty" of Amnesty International out and keeps the writer\'s own "amnesty"', () => {
    const text =
      'Amnesty International called on Tuesday for an inquiry into the camps. ' +
      'The bill was an amnesty for employers, and Amnesty International agreed.';
    const { framing } = runFraming([article('n1', 'Coast Daily', '2026-04-02', 'Camps inquiry', text)], {
      withOverlap: false,
    });
    const row = framing.loaded.find((r) => r.term === 'amnesty');
    expect(row?.own).toBe(1);
  });
});
