// "Obama's executive amnesty": "executive" before what critics call a government act is an adjective, no company's
// executive, so the name before it stays a person. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typesOf } from './helpers/entities.js';

describe('executive acts after a possessive', () => {
  it('keeps a person before "executive amnesty" or "executive overreach" a person', () => {
    const r = run(
      "Critics vowed to undo Prell 's executive amnesty on day one . They called Prell 's executive overreach illegal .",
    );
    expect(typesOf(r, 'Prell').every((t) => t !== 'org')).toBe(true);
  });

  it('still reads a company before its executives as an organisation', () => {
    const r = run("Ledgerline 's executives said sales fell , and a Ledgerline executive said more cuts were due .");
    expect(typesOf(r, 'Ledgerline')).toContain('org');
  });
});
