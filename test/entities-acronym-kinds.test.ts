// Acronyms typed by what they stand for, not by their capitals: a programme the corpus defines takes its expansion's
// type; a common noun written in capitals ("a TRO", "AIDS") or spelled out in lower case is no name; a bill's glued
// number is the bill; a law's or a permit's word after an acronym or a code types it. Organisations written in
// capitals stay organisations. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { entityWith, expectSameEntity, expectTypes, run, texts } from './helpers/entities.js';

describe('an acronym the corpus defines', () => {
  it("takes its expansion's type, however many articles use it bare", () => {
    const r = run(
      'The Harbour Relocation Protocols ( HRP ) began in May.',
      'Lawyers said HRP was cruel. HRP returns rose.',
      'Under HRP, families wait. A judge looked at HRP.',
      'Officials defended HRP on Friday.',
    );
    expectSameEntity(r, 'HRP', 'Harbour Relocation Protocols');
    expect(entityWith(r, 'HRP')?.type).toBe('event');
  });

  it('a tax credit or an identification number the corpus defines is no organisation', () => {
    const r = run(
      'The Working Family Tax Credit ( WFTC ) grew. The Resident Filer Identification Number ( RFIN ) was issued.',
      'WFTC claims rose and WFTC was cut. RFIN holders filed, and RFIN was needed.',
      'Critics of WFTC spoke. An RFIN was sent.',
    );
    expect(entityWith(r, 'WFTC')?.type).toBe('event');
    expect(entityWith(r, 'RFIN')?.type).toBe('event');
  });

  it('an organisation defined so stays an organisation', () => {
    const r = run(
      'The Coastal Workers Union ( CWU ) called a strike.',
      'CWU said the talks failed. CWU members marched.',
      'The CWU vote was close.',
    );
    expect(entityWith(r, 'CWU')?.type).toBe('org');
  });

  it("a cue of the bare acronym's own does not silence its other articles", () => {
    const r = run(
      'KBNX said the storm passed. KBNX reported floods.',
      'KBNX broadcast the speech.',
      'KBNX aired it.',
      'She hosted a KBNX program for years.',
    );
    expect(entityWith(r, 'KBNX')?.type).toBe('org');
  });
});

describe('common nouns written in capitals', () => {
  it('are no names', () => {
    const r = run(
      'He died of AIDS in 1990. The judge issued a TRO on Friday, after his second DUI, and North Korea tested an ICBM.',
    );
    for (const t of ['AIDS', 'TRO', 'DUI', 'ICBM']) expect(texts(r)).not.toContain(t);
  });

  it('one an article spells out in lower case is no name there, and stays a name in other articles', () => {
    const r = run(
      'Iraq was said to hold weapons of great ruin ( WGR ), but no WGR were found.',
      'Protesters rallied outside the WGR offices. WGR said on Monday it would appeal.',
    );
    expect(r.mentions[0].map((m) => m.text)).not.toContain('WGR');
    expect(r.mentions[1].map((m) => m.text)).toContain('WGR');
  });

  it('a name spelled out with capitals anywhere in the corpus stays a name', () => {
    const r = run(
      'Under the Dover Kent Accord ( DKA ), trade grew.',
      'Some wrote it as the dover kent accord ( DKA ). DKA was signed in June.',
    );
    expect(r.mentions[1].map((m) => m.text)).toContain('DKA');
  });
});

describe('laws, bills and permits by their spelling or the word after', () => {
  it('a bill number glued to its letters is the bill, one with its spaced spelling', () => {
    const r = run('The court blocked SB12 on Friday.', 'Texas passed SB 12 in May, and SB12 took effect.');
    expectTypes(r, { SB12: 'event' });
    expectSameEntity(r, 'SB12', 'SB 12');
  });

  it('an acronym before a law word is a law', () => {
    const r = run('Iran signed the TNPA treaty, and the TNPA treaty bars it.');
    expectTypes(r, { TNPA: 'event' });
  });

  it('a visa class before its permit word is a permit, not an organisation', () => {
    const r = run(
      'Employers filed for Q-3B visas. Q-3B holders earn less.',
      'The Q-3B visa program grew.',
      'Q-3B visas were capped.',
      'Q-3B workers complained.',
    );
    expect(entityWith(r, 'Q-3B')?.type).toBe('event');
  });
});

describe('an institution named before a law word that modifies a noun', () => {
  it('stays an organisation', () => {
    const r = run(
      'The KSU board met. A KSU law student spoke, and KSU said it would appeal.',
      'KSU officials agreed, and the KSU program grew.',
    );
    expect(entityWith(r, 'KSU')?.type).toBe('org');
  });
});
