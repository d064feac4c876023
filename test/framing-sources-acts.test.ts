// Statements made with a verb of judging, describing or writing: "Doe blasted the plan, saying …", "Doe slammed the
// levy as “a farce”", "Doe tweeted: “…”". The subject of such a verb speaks when a statement follows it; alone
// ("Doe blasted the plan.") it reports an act, and a passive or a relative clause names no speaker.
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc } from '../lib/types.js';

const person = (d: Doc, name: string) => ({ id: name, name, type: 'person', mentions: spansOf(d, name) });
const rows = (d: Doc, names: string[]) =>
  sourceMentions(
    [d],
    [docVoice(d)],
    names.map((n) => person(d, n)),
  ).map((m) => [m.role, m.kind, m.name]);

describe('verbs of judging and writing', () => {
  it('an act verb followed by ", saying" gives its subject the statement', () => {
    const d = fixtureDoc(
      'a1',
      'Mayor Lena Varga blasted the harbour levy on Monday, saying it would ruin the fishermen. ' +
        'Councillor Ivo Brenn lashed out at the port board, saying "they have lied to us for years."',
    );
    const r = rows(d, ['Lena Varga', 'Ivo Brenn']);
    expect(r).toContainEqual(['reported', 'named', 'Lena Varga']);
    expect(r).toContainEqual(['quote', 'named', 'Ivo Brenn']);
  });

  it('"slammed X as …" and a quote after "as" or a colon are statements of the subject', () => {
    const d = fixtureDoc(
      'a2',
      'Kira Loft slammed the levy as reckless and unfair. ' +
        'Tomas Adler dismissed the vote as "a farce staged by the board." ' +
        'Lena Varga tweeted: "The port belongs to the town."',
    );
    const r = rows(d, ['Kira Loft', 'Tomas Adler', 'Lena Varga']);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
    expect(r).toContainEqual(['quote', 'named', 'Tomas Adler']);
    expect(r).toContainEqual(['quote', 'named', 'Lena Varga']);
  });

  it('a quote closed by "X tweeted" is X\'s', () => {
    const d = fixtureDoc('a3', '"See you at the harbour," Ivo Brenn tweeted on Friday.');
    expect(rows(d, ['Ivo Brenn'])).toContainEqual(['quote', 'named', 'Ivo Brenn']);
  });

  it('an act alone, a passive, or a relative clause names no speaker', () => {
    const d = fixtureDoc(
      'a4',
      'Kira Loft blasted the levy. ' +
        'The levy was criticized as unfair by the fishermen. ' +
        'The town showed a film that mocked the board as greedy. ' +
        'Tomas Adler blasted the levy as he left the hall.',
    );
    expect(rows(d, ['Kira Loft', 'Tomas Adler'])).toEqual([]);
  });
});

describe('media outside the corpus', () => {
  it('a newspaper or wire named without a media word is media, not an institution', () => {
    const d = fixtureDoc(
      'm1',
      'The harbour board will meet again, the Harbourton Courier reported. ' +
        'According to Haaretz, the talks stalled on Friday. ' +
        'The Valdoria Ministry of Ports said that the levy stays.',
    );
    const r = sourceMentions(
      [d],
      [docVoice(d)],
      [
        { id: 'courier', name: 'Harbourton Courier', type: 'org', mentions: spansOf(d, 'Harbourton Courier') },
        { id: 'haaretz', name: 'Haaretz', type: 'org', mentions: spansOf(d, 'Haaretz') },
      ],
    ).map((m) => [m.name, m.kind]);
    expect(r).toContainEqual(['Harbourton Courier', 'media']);
    expect(r).toContainEqual(['Haaretz', 'media']);
    // a body whose name holds no media word stays what it was
    expect(r.find((x) => /Ministry/.test(String(x[0])))?.[1]).not.toBe('media');
  });
});

describe('a state and party after a name', () => {
  it('"Sen. Ana Dorr, Utah Republican, said" is Dorr, not the party', () => {
    const d = fixtureDoc(
      'p1',
      'Sen. Ana Dorr, Utah Republican, said the levy "will sink the harbour." ' +
        'Rep. Ivo Brenn, Vermont independent, said that he would vote against it.',
    );
    const r = rows(d, ['Ana Dorr', 'Ivo Brenn']);
    expect(r).toContainEqual(['quote', 'named', 'Ana Dorr']);
    expect(r).toContainEqual(['reported', 'named', 'Ivo Brenn']);
    expect(r.filter((x) => x[1] === 'institution')).toEqual([]);
  });
});
