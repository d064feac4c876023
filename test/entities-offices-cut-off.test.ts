// A body's name left before a person's name when the office word fell out ("House Minority [Leader] Nancy Vale",
// "Homeland Security [Secretary] Jeh Vale"): the person is cut from the body also when the lists lack the given name,
// if the article writes the surname alone elsewhere; a foreign body's name that only looks like one stays whole; and
// the office cut off stays on the person's mention as its title. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc } from './helpers/entities.js';

const mentionsOf = (docs: ReturnType<typeof doc>[]) => extractEntities(docs).mentions.flat();

describe('a body before a given name the lists lack', () => {
  it('cuts the person off when the article writes the surname alone', () => {
    const ms = mentionsOf([
      doc('a', 'Homeland Security Jeh Morrant said the border was secure . Morrant spoke in Texas on Monday .'),
    ]);
    const texts = ms.map((m) => m.text);
    expect(texts).toContain('Jeh Morrant');
    expect(texts).not.toContain('Homeland Security Jeh Morrant');
    expect(ms.find((m) => m.text === 'Jeh Morrant')?.type).toBe('person');
  });

  it('leaves a foreign body whole when its last word never stands alone', () => {
    const ms = mentionsOf([
      doc('b', 'The loan came from Bank Rozwoju Exportu SA , the state lender , which said it would pay in March .'),
    ]);
    const texts = ms.map((m) => m.text);
    expect(texts).toContain('Bank Rozwoju Exportu SA');
    expect(texts).not.toContain('Exportu SA');
  });
});

describe('the office cut off a name', () => {
  it('stays on the person as its title', () => {
    const ms = mentionsOf([
      doc('c', 'House Minority Nancy Velloran said the vote would fail . Velloran spoke after the session .'),
      doc('d', 'Homeland Security Jeh Morrant said the border was secure . Morrant spoke in Texas on Monday .'),
    ]);
    expect(ms.find((m) => m.text === 'Nancy Velloran')?.title).toBe('house minority');
    expect(ms.find((m) => m.text === 'Jeh Morrant')?.title).toBe('homeland security');
  });
});
