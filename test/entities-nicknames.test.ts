// Nickname merges (issue 16): one person written with a nickname and with the formal given name becomes one entity
// when the surname matches and no other person with that surname contradicts. Fixtures written for these tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { readNicknames } from '../lib/entities/files.js';
import { nicknameTable, sharedFormal } from '../lib/entities/nicknames.js';
import { doc, entityWith, expectApart, expectSameEntity, run } from './helpers/entities.js';

const entityOf = entityWith;

describe('the nickname table', () => {
  const t = nicknameTable({ names: { charles: ['chuck', 'charlie'], edward: ['ted'], theodore: ['ted', 'theo'] } });

  it('links a short form to its formal name, and two short forms of one name', () => {
    expect(sharedFormal(t, 'chuck', 'charles')).toBe('charles');
    expect(sharedFormal(t, 'charles', 'chuck')).toBe('charles');
    expect(sharedFormal(t, 'chuck', 'charlie')).toBe('charles');
    expect(sharedFormal(t, 'ted', 'theodore')).toBe('theodore');
  });

  it('never links two formal names, a name to itself, or names it does not know', () => {
    expect(sharedFormal(t, 'edward', 'theodore')).toBeNull();
    expect(sharedFormal(t, 'charles', 'charles')).toBeNull();
    expect(sharedFormal(t, 'chuck', 'edward')).toBeNull();
    expect(sharedFormal(t, 'zorro', 'charles')).toBeNull();
  });

  it('the shipped table links the common pairs', () => {
    const shipped = readNicknames();
    for (const [nick, formal] of [
      ['chuck', 'charles'],
      ['bill', 'william'],
      ['bob', 'robert'],
      ['mike', 'michael'],
      ['jim', 'james'],
      ['tom', 'thomas'],
      ['dick', 'richard'],
      ['ted', 'edward'],
      ['beto', 'robert'],
    ])
      expect(sharedFormal(shipped, nick, formal)).toBe(formal);
  });

  it('rejects a table file with an upper-case or empty entry, naming the field', () => {
    const p = join(mkdtempSync(join(tmpdir(), 'presslens-nick-')), 'nicknames.json');
    writeFileSync(p, JSON.stringify({ names: { charles: ['Chuck'], william: [] } }));
    expect(() => readNicknames(p)).toThrow(/nicknames\.json: not a valid nicknames file: .*names\.charles\[0\]/);
  });
});

describe('nickname and formal name of one person', () => {
  it('merges "Chuck" and "Charles" with the same surname, and the bare surname follows', () => {
    const r = run(
      'Senator Chuck Pellworth said the vote would wait. Pellworth spoke for an hour.',
      'Charles Pellworth, the senator from the north, opposed the plan.',
      'Sen. Charles Pellworth voted no on Tuesday.',
    );
    const e = entityOf(r, 'Chuck Pellworth');
    expect(e?.type).toBe('person');
    expect(entityOf(r, 'Charles Pellworth')?.id).toBe(e?.id);
    expect(entityOf(r, 'Pellworth')?.id).toBe(e?.id);
    expect(e?.merged_because.some((w) => w.startsWith('nickname: ') && w.includes('chuck is a form of charles'))).toBe(
      true,
    );
  });

  it('merges two short forms of one name ("Bill" and "Billy")', () => {
    const r = run('Mayor Bill Tarrant opened the plant.', 'The owner, Billy Tarrant, spoke to workers.');
    expect(entityOf(r, 'Billy Tarrant')).toBeDefined();
    expectSameEntity(r, 'Bill Tarrant', 'Billy Tarrant');
  });

  it('does not merge two formal names a short form shares ("Edward" and "Theodore")', () => {
    const r = run('Edward Quillon chaired the panel.', 'Theodore Quillon chaired the panel.');
    expectApart(r, 'Edward Quillon', 'Theodore Quillon');
  });

  it('does not merge when another person with the surname is named (a contradiction)', () => {
    const r = run(
      'Jim Ashdown met his sister Laura Ashdown at the court.',
      'James Ashdown filed the appeal on Friday.',
      'Laura Ashdown said she would testify.',
    );
    expectApart(r, 'Jim Ashdown', 'James Ashdown');
    expectApart(r, 'Laura Ashdown', 'James Ashdown');
    // without her, the two are one
    const alone = run('Jim Ashdown went to the court.', 'James Ashdown filed the appeal on Friday.');
    expectSameEntity(alone, 'Jim Ashdown', 'James Ashdown');
  });

  it('with events known, a person with the surname in another event does not contradict', () => {
    const docs = [
      doc('a', 'Mayor Tom Brindle opened the bridge.'),
      doc('b', 'Thomas Brindle, the mayor, cut the ribbon.'),
      doc('c', 'Coach Laura Brindle won the final.'),
    ];
    const merged = extractEntities(docs, { events: { a: 'bridge', b: 'bridge', c: 'final' } });
    expectSameEntity(merged, 'Tom Brindle', 'Thomas Brindle');
    const same = extractEntities(docs, { events: { a: 'bridge', b: 'bridge', c: 'bridge' } });
    expectApart(same, 'Tom Brindle', 'Thomas Brindle');
  });

  it('an initial neither merges nor contradicts', () => {
    const r = run(
      'Mike Dunstable ran the fund.',
      'Michael Dunstable left the fund.',
      'M. Dunstable signed the letter.',
    );
    expectSameEntity(r, 'Mike Dunstable', 'Michael Dunstable');
  });

  it('a table without the pair merges nothing', () => {
    const docs = [doc('a', 'Chuck Pellworth spoke.'), doc('b', 'Charles Pellworth spoke.')];
    const r = extractEntities(docs, { nicknames: nicknameTable({ names: {} }) });
    expectApart(r, 'Chuck Pellworth', 'Charles Pellworth');
  });
});

describe('a namesake named in passing', () => {
  it('does not keep apart one person named often with a short form and the formal name', () => {
    const r = run(
      'Sen. Dick Pellworth said the vote would wait . Dick Pellworth spoke for an hour .',
      'Dick Pellworth , the senator from the north , opposed the plan . Dick Pellworth voted no .',
      'Sen. Richard Pellworth voted no on Tuesday . Richard Pellworth left early .',
      'A farmer , Adrian Pellworth , watched the debate .',
    );
    expectSameEntity(r, 'Dick Pellworth', 'Richard Pellworth');
    expectApart(r, 'Adrian Pellworth', 'Richard Pellworth');
  });

  it('keeps them apart when the short form could name the namesake too', () => {
    const r = run(
      'Kate Dunmore ran the fund . Kate Dunmore spoke . Kate Dunmore left .',
      'Kathryn Dunmore ran the fund . Kathryn Dunmore spoke . Kathryn Dunmore left .',
      'Katherine Dunmore opened the school .',
    );
    expectApart(r, 'Kate Dunmore', 'Kathryn Dunmore');
    expectApart(r, 'Kate Dunmore', 'Katherine Dunmore');
  });
});
