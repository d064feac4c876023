// Entity classes of ents22: a body named with a common plural's possessive inside ("Kurdish People ’ s Protection
// Units", "Bond Traders' Association"); a bill cited by its chamber spelled out ("Senate Bill 1070" is "SB 1070"); the
// word after an outlet's credit in brackets starts the sentence ("( CNN ) Calls to ..."). Own fixtures.
import { describe, expect, it } from 'vitest';
import { expectSameEntity, run, texts, typesOf } from './helpers/entities.js';

describe('a common plural possessive inside a body name', () => {
  it('keeps the possessive and the body after it in one name, spaced or not', () => {
    const r = run(
      'Soldiers were seen at the Kurdish People ’ s Protection Units headquarters near Tal Abyad .',
      "The Dover Grain Traders' Association said it would meet the Lay Volunteers' International Organisation .",
      "The National Sheriffs ' Association and the Unaccompanied Children ’ s Program were named . The sheriffs , " +
        'traders , volunteers , children and people came .',
    );
    expect(texts(r)).toContain('Kurdish People ’ s Protection Units');
    expect(texts(r)).toContain("Dover Grain Traders' Association");
    expect(texts(r)).toContain("Lay Volunteers' International Organisation");
    expect(texts(r)).toContain("National Sheriffs ' Association");
    expect(typesOf(r, "National Sheriffs ' Association")).toEqual(['org']);
    expect(texts(r)).toContain('Unaccompanied Children ’ s Program');
    expect(texts(r)).not.toContain('Association');
  });

  it('leaves a name before the possessive, a quote and no body head apart', () => {
    const r = run(
      "Fox News ' Dan Vale spoke . Health and Human Services ' Office of Refugee Resettlement said so .",
      "He called it ' Parents ' Fund day , and the parents came . The Women ’ s March went on ; women marched .",
      'Vale heads the Union of Transit Employees ’ Council of Depot Locals ; employees agree .',
    );
    expect(texts(r)).toContain('Union of Transit Employees');
    expect(texts(r)).toContain('Fox News');
    expect(texts(r)).toContain('Health and Human Services');
    expect(texts(r)).toContain('Office of Refugee Resettlement');
    expect(texts(r).some((t) => t.includes("Parents ' Fund"))).toBe(false);
    expect(texts(r).some((t) => t.includes('Women ’ s March'))).toBe(false);
  });
});

describe('a project named as a body', () => {
  it('types a name ending in "Project" as an organisation, with a plural possessive inside it', () => {
    const r = run(
      "Ann Vale , director of the Immigrants ' Rights Project , said so . The immigrants came .",
      'Tom Kerr of the Dover Civil Rights Project spoke .',
    );
    expect(typesOf(r, "Immigrants ' Rights Project")).toEqual(['org']);
    expect(typesOf(r, 'Dover Civil Rights Project')).toEqual(['org']);
  });
});

describe('a name before a glued possessive', () => {
  it('owns the body after it, unless a legal form makes the whole a firm', () => {
    const r = run(
      "Prisoners are held in Vartown's Kessel Prison , and Kerrigan's Defense Department said so .",
      "The bid for Ferrymen's Holdings Inc. went ahead . Crowds filled the People's Palace ; people cheered .",
    );
    expect(texts(r)).toContain('Vartown');
    expect(texts(r)).toContain('Kessel Prison');
    expect(texts(r)).toContain('Defense Department');
    expect(texts(r)).toContain("Ferrymen's Holdings Inc.");
    expect(texts(r)).toContain("People's Palace");
  });
});

describe('a bill cited by its chamber spelled out', () => {
  it('merges "Senate Bill 1070" with "SB 1070" as one law', () => {
    const r = run(
      'The rules recalled Senate Bill 1070 , the state law . Critics of SB 1070 marched .',
      'Governor Ann Vale signed Assembly Bill 4 in May . The House Bill passed in 2019 .',
    );
    expect(typesOf(r, 'Senate Bill 1070')).toEqual(['event']);
    expectSameEntity(r, 'Senate Bill 1070', 'SB 1070');
    expect(typesOf(r, 'Assembly Bill 4')).toEqual(['event']);
    expect(texts(r)).not.toContain('Senate Bill');
  });
});

describe("an outlet's credit in brackets before the text", () => {
  it('reads the word after it as a sentence start', () => {
    const r = run(
      '( CNN ) Calls to close the agency grew louder . Many calls came in .',
      '( CNN ) Ann Vale said on Monday that calls were made .',
    );
    expect(texts(r)).not.toContain('Calls');
    expect(texts(r)).toContain('Ann Vale');
    expect(texts(r)).toContain('CNN');
  });
});

describe('a title after a people’s adjective', () => {
  it('reads "Vice" before a title and a title still to be taken up as the title, not a name', () => {
    const r = run(
      'Ann Vale called Ruritanian Prime Minister-designate Haider Kolar on Monday .',
      'Speaking on Thursday , Ruritanian Vice Finance Minister Zhu Guangmo said so .',
    );
    expect(texts(r).filter((t) => t.includes('Prime') || t.includes('Vice'))).toEqual([]);
    expect(texts(r)).toContain('Haider Kolar');
    expect(texts(r)).toContain('Zhu Guangmo');
    expect(typesOf(r, 'Zhu Guangmo')).toEqual(['person']);
  });
});

describe('title modifiers at the end of a run', () => {
  it('reads a run that ends in modifiers without failing', () => {
    const r = run('The board named Ann Vale its Senior Vice , and Tom Kerr Executive Vice .');
    expect(texts(r)).toContain('Ann Vale');
  });
});
