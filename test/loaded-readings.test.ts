// Fixtures for lexicon words that are loaded in one reading and plain in another (loaded10): words made from a
// thinker's name, "so-called" before a term the article adopts, enforcement "crackdowns", armies' invasions.
// Invented wording; each case failed on the code before its rule.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedTokens } from '../lib/framing/loaded.js';
import { readLexicon } from '../lib/framing/data.js';
import { docVoice } from '../lib/framing/voice.js';
import type { Doc } from '../lib/types.js';
import { marked } from './helpers/loaded.js';

const doc = (text: string): Doc => analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] });

describe('words made from a thinker\'s name ("Marxist", "Stalinist")', () => {
  it("marks them as the writer's label mid-sentence, capital and all", () => {
    expect(marked('The ferry union is a dangerous Marxist outfit, the column said.')).toContain('Marxist');
    expect(marked('The harbour board ran the port with Stalinist discipline.')).toContain('Stalinist');
  });

  it('leaves a school of thought named before a trade or a body of thought', () => {
    expect(marked('The festival invited a Marxist historian from the islands.')).not.toContain('Marxist');
    expect(marked('Students may read Marxist doctrines in the library.')).not.toContain('Marxist');
    expect(marked('Marxist historians from the islands met in the hall.')).not.toContain('Marxist');
  });

  it('still keeps other wildcard terms off names ("Bashar" is no "bash*")', () => {
    expect(marked('The envoy met Bashar on Tuesday.')).toEqual([]);
  });
});

describe('"so-called" before a term the article then writes as its own', () => {
  const lexicon = readLexicon();
  const soCalled = (text: string): number => {
    const d = doc(text);
    const voice = docVoice(d).tokenVoice;
    return loadedTokens(d, { lexicon, voice }).filter((m) => m.term === 'so-called').length;
  };

  it('is no doubt when the article adopts the two-word term in its own narration', () => {
    expect(
      soCalled('The state cut grants to so-called harbour towns. Harbour towns have refused to share records.'),
    ).toBe(0);
    expect(soCalled('Funds for so-called ferry cities were frozen. The ferry city of Aldport sued.')).toBe(0);
  });

  it('stays doubt when the term is only in a quote, or only one word follows', () => {
    expect(soCalled('The state cut grants to so-called harbour towns. "Harbour towns break the law," he said.')).toBe(
      1,
    );
    expect(soCalled('He mocked the so-called wall. The wall was never built.')).toBe(1);
    expect(soCalled('The so-called reform was passed in March.')).toBe(1);
  });
});

describe('nouns weighed for one reading: enforcement crackdowns, armies invading', () => {
  it('leaves a crackdown on a crime or on breaches of immigration law, and keeps one on protesters', () => {
    expect(marked('The port began a crackdown on illegal hiring at the docks.')).not.toContain('crackdown');
    expect(marked('The governor promised an immigration crackdown in the spring.')).not.toContain('crackdown');
    expect(marked('The junta ordered a crackdown on protesters in the square.')).toContain('crackdown');
  });

  it("leaves an army's invasion and keeps the metaphor when migrants stand by it", () => {
    expect(marked('Troops massed for a ground invasion of the island.')).not.toContain('invasion');
    expect(marked('The town was overrun by rebel fighters in May.')).not.toContain('overrun');
    expect(marked('The columnist warned of a migrant invasion at the ferry port.')).toContain('invasion');
    expect(marked('The column said the port was overrun by migrants.')).toContain('overrun');
  });
});

describe('"talking points": a brief of arguments, not a dismissal by itself', () => {
  it('leaves the talking points a speaker was given unmarked, and keeps the dismissive words beside them', () => {
    expect(marked('The ministry edited the talking points before the envoy spoke.')).not.toContain('talking');
    expect(marked('The column called the plan idiotic, a list of tired talking points.')).toContain('idiotic');
  });
});

describe('"anti-" naming a side of a policy debate (loaded12)', () => {
  it('leaves the name news style gives a side unmarked, and keeps its critics’ slang and labels of people', () => {
    expect(marked('Anti-abortion activists rallied outside the island court.')).not.toContain('Anti-abortion');
    expect(marked('The ferry clinic was picketed by anti-vaccine groups.')).not.toContain('anti-vaccine');
    expect(marked('An anti-nuclear campaign opposed the harbour reactor.')).not.toContain('anti-nuclear');
    expect(marked('The column mocked the anti-vaxxers at the pier.')).toContain('anti-vaxxers');
    expect(marked('The pamphlet was full of anti-immigrant slurs.')).toContain('anti-immigrant');
  });
});

describe('"apparent" as a reporter’s hedge and "regime change" as a term of art (loaded12)', () => {
  it('leaves a death or violent act not yet confirmed unmarked, and keeps doubt cast on motives', () => {
    expect(marked('Police said the ferryman died of an apparent suicide.')).not.toContain('apparent');
    expect(marked('The video showed the apparent beheading of a harbour pilot.')).not.toContain('apparent');
    expect(marked('An officer was arrested after an apparent chokehold arrest.')).not.toContain('apparent');
    expect(marked('The mayor acted with apparent contempt for the island voters.')).toContain('apparent');
  });

  it('leaves "regime change" unmarked and keeps "regime" put on a government', () => {
    expect(marked('The professor studies regime change in island states.')).not.toContain('regime');
    expect(marked('The island regime jailed the harbour pilots.')).toContain('regime');
  });
});
