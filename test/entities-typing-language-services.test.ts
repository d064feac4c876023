// "Al Jazeera Arabic": an outlet of the corpus and a language's name after it is the outlet's service in that
// language, an organisation, not a person's name in title case; a language word after a person's given name stays a
// family name ("David French"). Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc } from './helpers/entities.js';

const typeIn = (texts: [string, string][], name: string) => {
  const r = extractEntities(texts.map(([outlet, t], i) => doc('d' + i, t, outlet)));
  return r.mentions.flat().find((m) => m.text === name)?.type;
};

describe("an outlet's language service", () => {
  it('types an outlet name and a language after it as an organisation', () => {
    const type = typeIn(
      [
        ['Harbor Wire', 'The tape aired on Harbor Wire Arabic on Monday . Analysts said it was new .'],
        ['Harbor Wire', 'Officials met on Tuesday .'],
      ],
      'Harbor Wire Arabic',
    );
    expect(type).toBe('org');
  });

  it('keeps a person whose family name is a language a person', () => {
    const type = typeIn([['Harbor Wire', 'The columnist Ivo French wrote the piece on Monday .']], 'Ivo French');
    expect(type).toBe('person');
  });
});
