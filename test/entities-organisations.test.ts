// Well-known organisations across house styles: news copy writes "U.N." or "UN" and never spells it out, so an
// acronym that no article defines must still meet its full name ("Politico never names the UN" was false when the
// Times wrote "United Nations"). And a legislator's "Republican of South Carolina" is a party and a state, not a name.
import { describe, expect, it } from 'vitest';
import { doc, entityWith, expectApart, expectSameEntity, run } from './helpers/entities.js';
import { extractEntities } from '../lib/entities/entities.js';

describe('well-known organisations', () => {
  it('"U.N.", "UN" and "United Nations" are one organisation without a definition in the corpus', () => {
    const r = run(
      'The U.N. said inspectors would return to Damascus on Monday.',
      'Diplomats at the United Nations met behind closed doors.',
      'The UN envoy left Geneva without a deal.',
    );
    const e = entityWith(r, 'United Nations');
    expect(e?.type).toBe('org');
    expect(entityWith(r, 'U.N.')?.id).toBe(e?.id);
    expect(entityWith(r, 'UN')?.id).toBe(e?.id);
    expect(e?.mentions.length).toBe(3);
  });

  it('a name that starts with the acronym meets the spelled-out name ("U.N. Security Council")', () => {
    const r = run(
      'Russia blocked a draft at the U.N. Security Council on Friday.',
      'The United Nations Security Council will vote next week.',
      'France asked the UN Security Council for an emergency session.',
    );
    const e = entityWith(r, 'United Nations Security Council');
    expect(entityWith(r, 'U.N. Security Council')?.id).toBe(e?.id);
    expect(entityWith(r, 'UN Security Council')?.id).toBe(e?.id);
    expect(entityWith(r, 'U.N.')).toBeUndefined();
  });

  it('house styles of a national agency merge: F.B.I., FBI and the full name', () => {
    const docs = [
      doc('nyt', 'The F.B.I. opened an inquiry into the leak.', 'Times'),
      doc('fox', 'The FBI declined to comment on the inquiry.', 'Fox'),
      doc('ap', 'A Federal Bureau of Investigation spokesman confirmed the inquiry.', 'AP'),
    ];
    const r = extractEntities(docs);
    const e = entityWith(r, 'FBI');
    expect(e?.name).toBe('Federal Bureau of Investigation');
    expect(entityWith(r, 'F.B.I.')?.id).toBe(e?.id);
    expect(entityWith(r, 'Federal Bureau of Investigation')?.id).toBe(e?.id);
  });

  it('a programme known by its acronym keeps the acronym as its name when one outlet title-cases it', () => {
    const r = run(
      'The DACA programme shields young immigrants. Judges kept DACA alive.',
      'Lawmakers argued over DACA again on Tuesday.',
      'The fate of Daca recipients is unclear, the paper wrote.',
    );
    const e = entityWith(r, 'DACA');
    expect(entityWith(r, 'Daca')?.id).toBe(e?.id);
    expect(e?.name).toBe('DACA');
    // a spelled-out name still names the entity over its acronym
    const f = run(
      'The Federal Bureau of Investigation (FBI) opened an inquiry.',
      'The FBI declined to comment. The FBI said later it would.',
    );
    expect(entityWith(f, 'FBI')?.name).toBe('Federal Bureau of Investigation');
  });

  it('a known acronym a house style writes as a word ("Fema") joins the capitals and the full name', () => {
    const r = run(
      'The Federal Emergency Management Agency (FEMA) sent trailers to Brackwell. FEMA said more would follow.',
      'Residents of Brackwell waited for FEMA on Friday.',
      'The Federal Emergency Management Agency ( Fema ) opened a desk. Fema staff took claims from 300 families.',
      'A Fema official said the Brackwell desk would stay open, and Fema paid the first claims.',
    );
    const e = entityWith(r, 'FEMA');
    expect(e?.name).toBe('Federal Emergency Management Agency');
    expect(entityWith(r, 'Fema')?.id).toBe(e?.id);
  });

  it('a title-case word the corpus writes more often in lower case stays apart from the acronym', () => {
    const r = run(
      'ICE agents detained a man in Brackwell. ICE said he had a record.',
      'The ice on the Brackwell pond cracked; ice fishing stopped and the ice melted by noon.',
      'The Ice Dancers of Brackwell won a prize.',
    );
    const ice = entityWith(r, 'ICE');
    expect(r.mentions.flat().filter((m) => /^Ice\b/.test(m.text) && m.entity === ice?.id)).toEqual([]);
  });

  it('a body named without its parent organisation joins the one longer name that ends in it', () => {
    const r = run(
      'The Northern Fisheries Alliance met in Oslo. The Northern Fisheries Alliance Quota Board voted on Monday.',
      'Members of the Quota Board said the vote was close. The Quota Board meets again in June.',
    );
    expectSameEntity(r, 'Quota Board', 'Northern Fisheries Alliance Quota Board');
  });

  it('a body name two parents end in stays apart from both', () => {
    const r = run(
      'The Senate Harbour Committee and the House Harbour Committee disagreed on Tuesday.',
      'The Harbour Committee chair left the room.',
    );
    const bare = entityWith(r, 'Harbour Committee')?.id;
    expect(bare).not.toBe(entityWith(r, 'Senate Harbour Committee')?.id);
    expect(bare).not.toBe(entityWith(r, 'House Harbour Committee')?.id);
  });

  it('an unknown acronym is not expanded or merged with anything', () => {
    const r = run('The QRX filed a complaint.', 'The Quarry Research Exchange filed a complaint.');
    expectApart(r, 'QRX', 'Quarry Research Exchange');
  });
});

describe("a legislator's party and state", () => {
  it('"Republican of South Carolina" is not a name; the senator and the state are found', () => {
    const r = run(
      'Senator Lindsey Graham, Republican of South Carolina, urged a strike. The republican base was split.',
      'Representative Jan Schakowsky, Democrat of Illinois, opposed it.',
    );
    const names = r.entities.map((e) => e.name);
    expect(names.some((n) => /Republican of|Democrat of/.test(n))).toBe(false);
    expect(entityWith(r, 'South Carolina')?.type).toBe('place');
    expect(entityWith(r, 'Lindsey Graham')?.type).toBe('person');
  });
});
