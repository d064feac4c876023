// A town named with its state or country after a place's preposition ("in Corvane, Ga.", "in Tulloch, Mississippi",
// "in Brisk, a small community outside Fargo") is a place, even when a person of the corpus bears the same name.
// Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, idsIn, run } from './helpers/entities.js';

describe('a town and its region', () => {
  it('types a town before a state abbreviation a place, apart from the person', () => {
    const r = run(
      'Dr. Hal Corvane treats migrant children . Corvane said the meals were poor .',
      'South of Atlanta in Corvane , Ga. , a family runs a diner .',
    );
    expectTypes(r, { 'Hal Corvane': 'person' });
    const town = r.mentions[1].find((m) => m.text === 'Corvane');
    expect(town?.type).toBe('place');
    expect(town?.entity).not.toBe(idsIn(r, 'd0', 'Hal Corvane')[0]);
  });

  it('types a town before a full state name or an apposition a place, apart from the person', () => {
    const r = run(
      'Dr. Ray Tulloch and Dr. Ann Brisk spoke . Tulloch said the plan failed , and Brisk agreed .',
      'The plant in Tulloch , Mississippi , was raided . He later lived in Brisk , a small community outside Fargo .',
    );
    for (const name of ['Tulloch', 'Brisk']) {
      const town = r.mentions[1].find((m) => m.text === name);
      expect(town?.type).toBe('place');
      expect(town?.entity).not.toBe(r.mentions[0].find((m) => m.text === name)?.entity);
    }
  });

  it('reads no town in a list of places that goes on', () => {
    const r = run('The deal drew fire from people in Vexmoor , Israel , and other critics .');
    const m = r.mentions[0].find((x) => x.text === 'Vexmoor');
    expect(m?.cue).not.toBe('a town and its region');
  });
});
