// Outside sport, "v." joins the parties of a court case ("Vale v. Ruritania", "Doe vs. Lane"): each party keeps its
// own type, a state stays a place and a person a person. In a sports report "v" still makes a side. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run, typesOf } from './helpers/entities.js';
import { expect } from 'vitest';

describe('the parties of a court case', () => {
  it('keeps a state a place and a person a person', () => {
    const r = run(
      'The justices cited Nevada v. Hamlin Corp. in the ruling . Nevada passed its own law in 2010 , and Nevada lost money . President Kit Vale signed the order , and in the case Vale v. Hawaii the court upheld it .',
    );
    expect(typesOf(r, 'Nevada')).toEqual(['place', 'place', 'place']);
    expectTypes(r, { 'Kit Vale': 'person' });
    expect(typesOf(r, 'Vale')).not.toContain('org');
  });

  it('still makes a side of a match in a sports report', () => {
    const r = run(
      'SOCCER - Leeds v Cardale postponed . The league match was called off , the coach said , and the club will play the game next season .',
    );
    expectTypes(r, { Leeds: 'org' });
  });
});
