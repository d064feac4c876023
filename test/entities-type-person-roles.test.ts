// Words before a name that name a body's kind and a person's role alike ("rival", "producer", "broker"): before a
// given name and more they type nothing a body; before another name they still do. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a role word shared by bodies and people', () => {
  it('leaves a person after "rival" or "producer"', () => {
    const r = run('Officials met on Monday. He beat his rival Tom Lund in the vote, said producer Ann Vale.');
    expectTypes(r, { 'Tom Lund': 'person', 'Ann Vale': 'person' });
  });

  it('still types a one-word name after "rival" a body', () => {
    const r = run('Officials met on Monday. Shares fell at the rival Quorvex.');
    expectTypes(r, { Quorvex: 'org' });
  });
});
