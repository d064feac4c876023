// Error classes of entity extraction on sports, business and wire news (issue 16), each on a small fixture written for
// it: scoreboards, results tables, clubs named after towns, companies known only from the text around them.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, texts, typeOf } from './helpers/entities.js';

describe('names on scoreboards and in results', () => {
  it('an initial before a surname stays in the name, though the sentence splitter cut after it', () => {
    const r = run('Tarnby 212 (K. Olvessen 64, R. Dallow 51; T.Margood 4-30).\nJ. Pelloway b Strune 12');
    expectTypes(r, { 'K. Olvessen': 'person', 'R. Dallow': 'person', 'J. Pelloway': 'person' });
    expect(texts(r)).not.toContain('Olvessen');
    // a compass point before a place is no initial
    const p = run('Talks between N. Korea and S. Korea resumed.');
    expect(typeOf(p, 'Korea')).not.toBe('person');
    expect(texts(p)).not.toContain('N. Korea');
  });
});

describe('clubs and teams named after towns', () => {
  it('a town that scores in a results or standings line, or stands beside "v", is its team', () => {
    const r = run(
      'Results of Wessex league matches on Saturday:\nHarlow Vale 2 Dunmere 1\nPostponed: Kelbridge v Dunmere\n' +
        'Standings:\nHarlow Vale 4 3 1 0 9 2 10\nBrackley 4 0 1 3 2 9 1',
      'Protesters gathered in Brackley on Tuesday, and the march in Brackley was peaceful.',
    );
    expectTypes(r, { 'Harlow Vale': 'org', Dunmere: 'org', Kelbridge: 'org' });
    // the same town is still a place in an article where nothing makes it a team
    const other = r.mentions[1].filter((m) => m.text === 'Brackley');
    expect(other.length).toBe(2);
    expect(other.every((m) => m.type === 'place')).toBe(true);
  });

  it('a known town beaten in a match is its team; a country stays a place', () => {
    const r = run('Leeds beat Norwich by two wickets, and Burundi beat Chile in the final.');
    expectTypes(r, { Leeds: 'org', Norwich: 'org', Burundi: 'place', Chile: 'place' });
  });

  it('a place before other capitalised words names an organisation of that place, not two names', () => {
    const r = run('The Texas Rangers beat the Ottawa Fliers, and Chittagong Cement shares rose in Dhaka.');
    expectTypes(r, { 'Texas Rangers': 'org', 'Chittagong Cement': 'org' });
    expect(texts(r)).not.toContain('Texas');
    // but a place before an acronym or a title is a place of its own
    const p = run('The Chicago PMI rose, said Oslo Deputy Mayor Kari Lund.');
    expectTypes(p, { Chicago: 'place', Oslo: 'place' });
  });
});

describe('names that are no actor or place', () => {
  it('competitions, wars and laws are events, not people or organisations', () => {
    const r = run(
      'Brelland play in the Harvest Cup after the Velmor War, under the Clean Rivers Act, at the Dunmere Open.',
    );
    expectTypes(r, {
      'Harvest Cup': 'event',
      'Velmor War': 'event',
      'Clean Rivers Act': 'event',
      'Dunmere Open': 'event',
    });
  });
});

describe('the first word of a line', () => {
  it('keeps the first word of a known place and of a table cell, and drops a label before a colon', () => {
    const r = run(
      'West Virginia voters went to the polls, they said.\nResults on Sunday:\nPort Kelby 3 Dunmere 0\nAttendance: 4,000',
    );
    expect(texts(r)).toContain('West Virginia');
    expect(texts(r)).toContain('Port Kelby');
    expect(texts(r)).not.toContain('Attendance');
  });
});

describe('companies and clubs known from the words around them', () => {
  it('an organisation role after a name, a kind of organisation before it, or a company phrase makes it an org', () => {
    const r = run(
      'Quorvex chairman Ada Lint resigned. The tyre giant Pellano said it would cut jobs. ' +
        'Shares of Marbridge rose, and Dunmere captain Oli Vask was out.',
    );
    expectTypes(r, { Quorvex: 'org', Pellano: 'org', Marbridge: 'org', 'Ada Lint': 'person' });
  });

  it('names joined by an ampersand are one organisation', () => {
    const r = run('Analysts at Harrow & Lyle and Brice & Sons Co. expect the merger.');
    expectTypes(r, { 'Harrow & Lyle': 'org', 'Brice & Sons Co.': 'org' });
    expect(texts(r)).not.toContain('Harrow');
  });

  it('a word in capitals that the text also writes in lower case is no acronym', () => {
    const r = run('ROWING - OSLO CREWS WIN IN FINAL.\nThe crews rowed in the final in Oslo.');
    expect(texts(r)).not.toContain('IN');
    expect(texts(r)).not.toContain('CREWS');
    expect(texts(r)).not.toContain('FINAL');
  });

  it('a demonym from the lexicon is no place or organisation', () => {
    const r = run('Scottish fans cheered as Welsh supporters left.');
    expectTypes(r, { Scottish: 'demonym', Welsh: 'demonym' });
  });
});

describe('datelines', () => {
  it('a name in capitals before a comma and a known place or state starts the story: a place', () => {
    const r = run(
      'KELBRIDGE, Norway 2024-05-02\nKelbridge beat Dunmere 2-1 on Friday, and Kelbridge captain Ola Berg scored.',
      'ORVALE HILLS, Mich.\nTrevane said it would close its plant.',
    );
    expectTypes(r, { KELBRIDGE: 'place', 'ORVALE HILLS': 'place' });
    // the dateline does not make the club in the story a place
    expect(typeOf(r, 'Kelbridge')).toBe('org');
  });
});
