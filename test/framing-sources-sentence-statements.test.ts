// A sentence with no quote mark can hold more than one statement, and its attribution can close it as tokenised copy
// writes it: two reporting clauses joined by "but" or "and" are two speakers; "…, Doe said ." (the period spaced off)
// and "…, said Ana Doe , a professor …" name who speaks; an outlet relaying a statement leaves the speaker in place.
// Junk subjects (a clause with a modal, an imperative) speak for no one. Fixtures written for these tests (invented
// bodies and people).
import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../lib/types.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, `people` as person entities and `bodies` as organisations. */
function speakers(text: string, people: string[], bodies: string[] = [], untyped: string[] = []) {
  const d = fixtureDoc('sentence-statements', text);
  const ent = (type: string) => (n: string) => ({ id: n, name: n, type, mentions: spansOf(d, n) }) as EntityRef;
  return rows(d, [...people.map((n) => person(d, n)), ...bodies.map(ent('org')), ...untyped.map(ent('unknown'))]);
}

describe('two reporting clauses in one sentence', () => {
  it('are two statements, each with its own speaker', () => {
    const r = speakers(
      'The ministry says forty more permits will be issued , but critics say the delays expose a broken system .',
      [],
    );
    expect(r).toContainEqual(['The ministry', 'institution', 'ministry']);
    expect(r).toContainEqual(['critics', 'anonymous', 'critics']);
  });

  it('gives both named people of "X has said …, and Y has said …"', () => {
    const r = speakers(
      'Ana Pell has said she would close the camps , and Ivo Brenn has said he would keep only part of them .',
      ['Ana Pell', 'Ivo Brenn'],
    );
    expect(r).toContainEqual(['Ana Pell', 'named', 'Ana Pell']);
    expect(r).toContainEqual(['Ivo Brenn', 'named', 'Ivo Brenn']);
  });

  it('adds no one for a list of speakers joined by "and"', () => {
    const r = speakers('Ana Pell , Ivo Brenn , and Kira Loft said the ferry plan would fail .', [
      'Ana Pell',
      'Ivo Brenn',
      'Kira Loft',
    ]);
    expect(r.filter((x) => x[0] === 'Kira Loft')).toHaveLength(1);
  });
});

describe('an attribution closing a sentence as tokenised text writes it', () => {
  it('reads "…, he said ." with the period spaced off', () => {
    const r = speakers(
      'Senator Ana Pell visited the river camps on Monday .\n\n' +
        'While the camps have been crowded since the flood , the water supply has grown worse , she said .',
      ['Ana Pell'],
    );
    expect(r).toContainEqual(['she', 'named', 'Ana Pell']);
  });

  it('reads "…, said Ana Doe , a professor …" with the name after the verb', () => {
    const r = speakers(
      'The term is a contradiction , said Ivo Brenn , an assistant professor of history at Orlin College .',
      ['Ivo Brenn'],
    );
    expect(r).toContainEqual(['Ivo Brenn', 'named', 'Ivo Brenn']);
  });

  it('takes the name after a description set off by commas', () => {
    const r = speakers(
      'Valdor will keep its current rules on asylum , said the country ’ s foreign minister , Kira Loft .',
      ['Kira Loft'],
    );
    expect(r).toContainEqual(['Kira Loft', 'named', 'Kira Loft']);
  });

  it('leaves the subject speaking when an outlet relays the statement', () => {
    const r = speakers('Ana Pell said the harbour plan ignores the river towns, the Orlin Courier reported.', [
      'Ana Pell',
    ]);
    expect(r).toContainEqual(['Ana Pell', 'named', 'Ana Pell']);
  });

  it('does not read a clause after "said" as the speaker', () => {
    const r = speakers(
      'Kira Loft , vice president of the pilots ’ union , said the new rules threatened to slow the ferries .',
      ['Kira Loft'],
    );
    expect(r).toContainEqual(['Kira Loft', 'named', 'Kira Loft']);
    expect(r.map((x) => x[0])).not.toContain('the new rules threatened to slow the ferries');
  });
});

describe('subjects that are no speaker', () => {
  it('reads no speaker in a clause with a modal or an imperative', () => {
    const r = speakers(
      'This same figure can be used to undercut claims that the ferries are unsafe .\n\n' +
        'Keep in mind as we go on that Ana Pell has argued for years that she “ is no captain ” .',
      ['Ana Pell'],
    );
    expect(r.map((x) => x[0])).not.toContain('This same figure can be used to undercut');
    expect(r.map((x) => x[0]).some((x) => /^Keep/.test(String(x)))).toBe(false);
  });

  it('reads a body named "… Initiative" or "… Project" as an institution', () => {
    const r = speakers(
      'Those wages are lower than in state prisons , according to the Harbour Labor Initiative , a nonprofit group .',
      [],
      [],
      ['Harbour Labor Initiative'],
    );
    expect(r).toContainEqual(['the Harbour Labor Initiative', 'institution', 'Harbour Labor Initiative']);
  });

  it('drops "earlier" after an auxiliary closing the subject', () => {
    const r = speakers('The administration had earlier indicated it would issue only ten permits .', []);
    expect(r).toContainEqual(['The administration', 'institution', 'administration']);
  });
});
