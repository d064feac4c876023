// Titles before a person's name: a sheriff's, two ranks joined by a hyphen as British copy writes them, a place-named
// person after a title, a middle initial before a quoted nickname, a speaker's role before an unlisted name.
// Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectSameEntity, expectTypes, run, texts } from './helpers/entities.js';

describe('titles before a name', () => {
  it('reads "Sheriff" as a title: the family name joins the full name', () => {
    const r = run(
      'Sheriff Dale Okonkwo of Pike County said the jail was full . Later Sheriff Okonkwo told reporters he would resign .',
    );
    expect(texts(r)).not.toContain('Sheriff Okonkwo');
    expectSameEntity(r, 'Okonkwo', 'Dale Okonkwo');
  });

  it('splits a place before "Sheriff" from the person after it', () => {
    const r = run('Los Angeles Sheriff Ardo Keskula defended the release of the inmate on Friday .');
    expectTypes(r, { 'Los Angeles': 'place', 'Ardo Keskula': 'person' });
  });

  it('strips two ranks joined by a hyphen', () => {
    const r = run('" We hold the bridge , " army spokesman Lieutenant-Colonel Ardo Keskula said in Tuzla .');
    expectTypes(r, { 'Ardo Keskula': 'person', 'Lieutenant-Colonel Ardo Keskula': undefined });
  });

  it('types a place-named person after a title as a person', () => {
    const r = run('Denver Mayor Paris Okafor , a Democrat , said the city would sue . Okafor said it was unfair .');
    expectTypes(r, { Denver: 'place', 'Paris Okafor': 'person' });
  });

  it('keeps a place-named body after "Minister of" a body', () => {
    const r = run('Sami Haddad , a former Minister of Jerusalem Affairs , says the talks failed .');
    expect(typeOf0(r, 'Jerusalem Affairs')).not.toBe('person');
  });

  it('reads a middle initial before a quoted nickname as part of the name', () => {
    const r = run('said Rep. Walter J. “ Skip ” Brannigan , an Ohio Republican . The bill failed , Brannigan added .');
    expect(texts(r)).toContain('Walter J. “ Skip ” Brannigan');
    expectSameEntity(r, 'Brannigan', 'Walter J. “ Skip ” Brannigan');
  });

  it('joins a quoted nickname after a title opening the run', () => {
    const r = run('A spokesman for Chairman Walter “ Skip ” Brannigan said he was briefed .');
    expectTypes(r, { 'Walter “ Skip ” Brannigan': 'person', Skip: undefined });
  });

  it("reads a role after a verb of saying as a person's, whatever the name", () => {
    const r = run('Trading will stay thin , " said broker Oyelaran Kwesi .');
    expectTypes(r, { 'Oyelaran Kwesi': 'person' });
  });
});

describe('persons whose given name is a place', () => {
  it('types a place-named name as a person when the article writes its last word as a speaker', () => {
    const r = run('Ashford Quill , a lawyer for the family , spoke on Monday . Quill said he would appeal .');
    expectTypes(r, { 'Ashford Quill': 'person' });
  });

  it('keeps a paper named for its town that "the" names alone', () => {
    const r = run('Ann Vale told the Ashford Ledger that she would run . The Ledger said she had filed .');
    expect(typeOf0(r, 'Ashford Ledger')).not.toBe('person');
  });
});

describe('correlatives opening a clause', () => {
  it('drops "Neither" after a bracket: the family name after "the" is the person\'s', () => {
    const r = run(
      'It was neither cheap nor quick . ( Neither the Okafor nor the Brandt campaign has responded to requests for comment . ) Ivo Okafor and Ann Brandt ran .',
    );
    expect(texts(r)).not.toContain('Neither the Okafor');
    expectSameEntity(r, 'Okafor', 'Ivo Okafor');
  });
});

/** The type of the first mention spelled `text`, or undefined. */
function typeOf0(r: ReturnType<typeof run>, text: string) {
  return r.mentions.flat().find((m) => m.text === text)?.type;
}
