// An entity's spellings as a reader writes them (ents53): the spellings finding listed "( Doran ) Vesk", a form an
// editor's brackets made, beside "Doran Vesk", and a possessive ("Varna Council 's") as a spelling of its own; the
// display name kept a tokeniser's spaces inside quotes ("Juan “ Tony ” Reyes"). A language is no mention of a people
// or a country ("Persian" is not Iranian). Invented names, outlets and spellings.
import { describe, expect, it } from 'vitest';
import { entityFindings } from '../lib/report/findings.js';
import { writtenSpelling } from '../lib/entities/written-spelling.js';
import { entityWith, expectApart, run } from './helpers/entities.js';

const finding = (name: string, aliases: string[]) => {
  const e = { id: 'x', name, type: 'person', aliases, mentions: Array.from({ length: 9 }, () => ({})), by_outlet: {} };
  return entityFindings([e], ['A'])
    .map((f) => f.text)
    .find((t) => t.includes('appears under'));
};

describe('the spellings finding', () => {
  it('lists a bracketed name as the name it writes, once', () => {
    const f = finding('Doran Vesk', ['Vesk', 'Doran Vesk', '( Doran ) Vesk', '[ Doran ] Vesk', 'Doran J. Vesk']);
    expect(f).toBe(
      'Doran Vesk appears under 3 spellings: “Vesk”, “Doran Vesk” and “Doran J. Vesk”; they are counted as one.',
    );
  });

  it('counts a possessive of a spelling as that spelling', () => {
    const f = finding('Varna Council', ['Varna Council', "Varna Council 's", 'VC']);
    expect(f).toContain('2 spellings: “Varna Council” and “VC”');
    expect(f).not.toContain("'s");
  });

  it('drops a quote mark a cut left without its pair', () => {
    const f = finding('Doran Vesk', ['Vesk', 'Doran “ Vesk']);
    expect(f).toContain('“Doran Vesk”');
  });
});

describe('a name as written', () => {
  it('closes the spaces a tokeniser put inside a name and drops brackets', () => {
    expect(writtenSpelling('( Doran ) Vesk')).toBe('Doran Vesk');
    expect(writtenSpelling("Kara `` Kit '' Lomm")).toBe('Kara “Kit” Lomm');
    expect(writtenSpelling('Juan “ Tony ” Reyes')).toBe('Juan “Tony” Reyes');
    expect(writtenSpelling('V.R .')).toBe('V.R.');
    expect(writtenSpelling('F.B.I.')).toBe('F.B.I.');
  });

  it('shows a quoted nickname without the spaces around it in the display name', () => {
    const r = run(
      'The smuggler Juan “ Tony ” Reyes was arrested on Monday .',
      'Juan “ Tony ” Reyes pleaded not guilty .',
    );
    expect(entityWith(r, 'Juan “ Tony ” Reyes')?.name).toBe('Juan “Tony” Reyes');
  });
});

describe('a language', () => {
  const r = run(
    'Iranian officials met on Monday . The Iranian minister spoke in Persian , and the Iranians left .',
    'The sign was written in Arabic . Arab leaders met in Cairo .',
  );

  it('is no mention of the people or the country', () => {
    expectApart(r, 'Persian', 'Iranian');
    expectApart(r, 'Arabic', 'Arab');
  });
});

describe('the style of an apostrophe', () => {
  it('makes no spelling of its own', () => {
    const f = finding('Kiera O’Dunne', ['O ’ Dunne', 'Kiera O ’ Dunne', "Kiera O'Dunne", "O'Dunne"]);
    expect(f).toBe('Kiera O’Dunne appears under 2 spellings: “O’Dunne” and “Kiera O’Dunne”; they are counted as one.');
  });
});

describe('a formal name and a plural possessive', () => {
  it('counts the formal name with a suffix as a spelling of the name', () => {
    const f = finding('Corwin Haleby', ['Corwin Haleby', 'Haleby', 'Corwin T. Haleby Jr.']);
    expect(f).toContain('3 spellings:');
    expect(f).not.toContain('names');
  });

  it('closes the space before a plural’s apostrophe', () => {
    expect(writtenSpelling("Varna Workers ' Party")).toBe("Varna Workers' Party");
  });
});
