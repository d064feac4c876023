// Act nouns in another sense: "a mob boss" is no crowd, "a smuggling operation" no military act, "the invasion of
// privacy" no army, "a major coup for the senator" a success, "Amnesty International" a name, "to protest the ruling"
// a verb, "the 2003 invasion" another act than the story's. A reader counting what an outlet calls the act would skip
// each of them; the same nouns naming the act still count.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { actShares } from '../lib/framing/act-names.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';

/** Own-narration uses of each head in one article of the given date, as "head count" strings. */
function heads(text: string, date: string | null = '2014-08-10'): string[] {
  const docs = analyseAll([article('d0', 'Harbor Post', date, 'Veldara', text)]);
  const rows = actRows(docs);
  return rows.map((r) => `${r.head} ${r.own}`);
}

describe('act nouns in another sense', () => {
  it('counts a mob of people, not organised crime', () => {
    expect(heads('The mob stormed the gate of the compound.')).toEqual(['mob 1']);
    expect(heads('The mob boss kept his mob ties hidden for years.')).toEqual([]);
  });

  it('counts a military operation, not a smuggling ring, a unit or a named campaign', () => {
    expect(heads('The army widened its operation in the northern valley. A rescue operation followed.')).toEqual([
      'operation 2',
    ]);
    expect(
      heads(
        'Police broke up a smuggling operation near the port. Special Operations forces flew in. ' +
          'Veterans of Operation Dune Shield met in the capital.',
      ),
    ).toEqual([]);
  });

  it('counts an invasion by an army, not of privacy, of a home or by migrants', () => {
    expect(heads('The invasion of the coastal province began at dawn.')).toEqual(['invasion 1']);
    expect(
      heads(
        'The lawsuit calls the recording an invasion of privacy. He spoke of a home invasion on his street. ' +
          'The senator warned of an alien invasion at the border.',
      ),
    ).toEqual([]);
  });

  it('counts a noun of a title-case headline printed as the first line, not a name on a line of prose', () => {
    expect(
      heads('Army Coup Topples Elected President In Veldara\nThe army seized the state broadcaster on Monday.', null),
    ).toEqual(['coup 1']);
    expect(heads('Veterans of Operation Dune Shield met in the capital on Monday.\nThe talks ended.')).toEqual([]);
  });

  it('counts a coup that seizes power, not a coup that is a success', () => {
    expect(heads('The military coup removed the elected president.')).toEqual(['coup 1']);
    expect(heads('Winning the mayor’s support was a major coup for the senator.')).toEqual([]);
  });

  it('counts an amnesty for immigrants, not a name or an amnesty of taxes', () => {
    expect(heads('The bill offers an amnesty for immigrants who came as children.')).toEqual(['amnesty 1']);
    expect(
      heads('Amnesty International said the camps were crowded. The state ran a tax amnesty for small firms.'),
    ).toEqual([]);
  });

  it('counts a protest and a riot, not the verb or the riot police', () => {
    expect(heads('The protest grew through the night. The riot left shops burned.')).toEqual(['protest 1', 'riot 1']);
    expect(heads('Students marched to protest the ruling. Riot police blocked the bridge.')).toEqual([]);
  });

  it('counts no verb behind an adverb: "to temporarily ban", "It also bans", "that effectively orders"', () => {
    const ban = 'The travel ban on visitors from six countries took effect. ';
    expect(heads(ban + 'Varn vowed to temporarily ban visitors from six countries.')).toEqual(['ban 1']);
    expect(heads(ban + 'It also bans travellers from two more countries.')).toEqual(['ban 1']);
    expect(
      heads(ban + 'A set of visa rules that effectively orders agents to refuse travellers from six countries.'),
    ).toEqual(['ban 1']);
    expect(heads(ban + 'The order also bars travellers from two more countries.')).toEqual(['ban 1', 'order 1']);
  });

  it('counts no act dated to another year than the article’s', () => {
    expect(heads('Officials recalled the 2003 invasion of the province.')).toEqual([]);
    expect(heads('The invasion of the province began this week.')).toEqual(['invasion 1']);
    expect(heads('The 2014 invasion of the province began this week.')).toEqual(['invasion 1']);
  });

  it('counts an outlet’s describing noun only on stories where a judging one is written too', () => {
    const mob = 'A mob attacked the consulate on Tuesday night.';
    const protest = 'The protest outside the consulate began on Tuesday.';
    const rally = 'The rally for the new bill filled the square, a demonstration of hope.';
    const texts: [string, string, string][] = [];
    for (const [outlet, mobs] of [
      ['Harbor Post', 6],
      ['Valley News', 3],
      ['Coast Daily', 0],
    ] as const)
      texts.push([
        outlet,
        'attack',
        [...Array.from({ length: 6 }, (_, i) => (i < mobs ? mob : protest)), rally].join('\n\n'),
      ]);
    // each attack story ends on a rally; two outlets also cover a march, where nobody writes "mob"
    for (const outlet of ['Valley News', 'Coast Daily'])
      texts.push([outlet, 'march', Array(6).fill(rally).join('\n\n')]);
    const docs = analyseAll(texts.map(([o, e, t], i) => article(`${e}${i}`, o, '2012-09-12', 'Veldara', t)));
    const rows = actRows(docs, (d) => d.replace(/\d+$/, ''));
    const [s] = actShares(rows);
    // the rallies of the march story, where nobody writes "mob", are no choice against it (it has two describing
    // nouns, so a rule that asks only for two nouns of the family on a story would count them)
    expect(s.describing.variants).toEqual(['protest']);
    expect(s.outlets.map((x) => [x.outlet, x.judging, x.uses])).toEqual([
      ['Harbor Post', 6, 6],
      ['Valley News', 3, 6],
      ['Coast Daily', 0, 6],
    ]);
  });
});
