// A place's name before another name word reads as a body of the place ("Boston Globe"), but many people are named
// after places: a role word right before the name ("spokeswoman Victoria ...") or a person's name shape after the place
// (a middle initial, a glued particle, an O' name, a known family name) or a person in apposition after the name ("X, a
// lawyer") makes the name a person's. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { entityWith, expectTypes, run, typeOf } from './helpers/entities.js';

describe('people named after places', () => {
  it('types a place-named person after a lower-case role word as a person, entity too', () => {
    const r = run(
      'City Hall spokeswoman Austin Prell said on Friday that the plan would go ahead .',
      'The talks stalled , and State Department spokeswoman Austin Prell declined to comment .',
    );
    expectTypes(r, { 'Austin Prell': 'person' });
    expect(entityWith(r, 'Austin Prell')?.type).toBe('person');
  });

  it('types a place-named person with a middle initial, a glued particle or an O\u2019 name as a person', () => {
    const r = run(
      'The ruling came from judge Orlando T. Brisvane on Monday .',
      'Residents said Salem al-Hariqi was killed in the strike .',
      "The host , Soledad O'Varrin , opened the debate .",
      'Neighbours said Guadalupe Garcia de Lanzor was deported last week .',
      'Deputies said Salem Garcia-Venmoor fled the scene .',
    );
    expectTypes(r, {
      'Orlando T. Brisvane': 'person',
      'Salem al-Hariqi': 'person',
      "Soledad O'Varrin": 'person',
      'Guadalupe Garcia de Lanzor': 'person',
      'Salem Garcia-Venmoor': 'person',
    });
  });

  it('types a place-named person after an occupation word as a person', () => {
    const r = run('By then , Ohio-based lawyer Austin Prell had seen the message .');
    expectTypes(r, { 'Austin Prell': 'person' });
  });

  it('types a place-named person followed by a person in apposition as a person', () => {
    const r = run(
      'Austin Prell , an independent immigration lawyer based in Ohio , said the rule was new .',
      'The tax levy rose again , and a second levy followed .',
    );
    expectTypes(r, { 'Austin Prell': 'person' });
  });

  it('keeps a place-named body whose apposition is headed by a body noun an organisation', () => {
    const r = run('Polls by Denver Ledgerline , an immigrant advocacy group , showed support .');
    expect(typeOf(r, 'Denver Ledgerline')).not.toBe('person');
  });

  it('keeps a place-named body after a role word that is an adjective ("chief") an organisation', () => {
    const r = run("The paper 's chief Denver Ledgerline reporter wrote the story .");
    expect(entityWith(r, 'Denver Ledgerline')?.type).not.toBe('person');
  });
});
