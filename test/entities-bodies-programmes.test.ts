// Entity classes of US and world news (ents18): long names of bodies ("Council on Foreign Relations", "Foundation for
// Defense of Democracies", "Center for Strategic and International Studies"), programmes typed alike ("Deferred
// Action for Childhood Arrivals", "Temporary Protected Status"), and capitals for emphasis. Own fixtures.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, texts, typeOf, typesOf } from './helpers/entities.js';

describe('long names of bodies', () => {
  it('continues a body\'s head over "on" and its subject, not over a place or a day', () => {
    const r = run(
      'Paula Grant , a fellow at the Council on Foreign Relations , said the talks would fail .',
      'She testified before the House Committee on the Judiciary last year .',
      'The Senate Armed Services Committee on Tuesday voted on the bill . The Foreign Relations Committee on Syria met too .',
    );
    expect(typeOf(r, 'Council on Foreign Relations')).toBe('org');
    expect(texts(r)).toContain('House Committee on the Judiciary');
    expect(texts(r)).not.toContain('Foreign Relations');
    expect(texts(r)).toContain('Senate Armed Services Committee');
    expect(texts(r)).toContain('Syria');
  });

  it('reads a second "of" and an unfinished adjective inside a body\'s name', () => {
    const r = run(
      'Analysts at the Foundation for Defense of Democracies and the Institute for the Study of War disagreed .',
      'A report by the Center for Strategic and International Studies was cited by the Organization for the Prohibition of Chemical Weapons .',
      'The Ministry of Defense of Ukraine said nothing .',
    );
    expect(texts(r)).toContain('Foundation for Defense of Democracies');
    expect(texts(r)).toContain('Institute for the Study of War');
    expect(texts(r)).toContain('Center for Strategic and International Studies');
    expect(texts(r)).toContain('Organization for the Prohibition of Chemical Weapons');
    expect(typeOf(r, 'Center for Strategic and International Studies')).toBe('org');
    expect(texts(r)).toContain('Ukraine');
  });

  it('types an observatory and an endowment as organisations', () => {
    const r = run(
      'At least 40 people died , the Syrian Observatory for Human Rights said on Monday .',
      'A scholar at the Carnegie Endowment for International Peace said the count was low .',
    );
    expectTypes(r, {
      'Syrian Observatory for Human Rights': 'org',
      'Carnegie Endowment for International Peace': 'org',
    });
    expect(texts(r)).not.toContain('Human Rights');
  });
});

describe('programmes and statuses', () => {
  it('types a programme, its acronym and a status alike, apart from organisations', () => {
    const r = run(
      'The Deferred Action for Childhood Arrivals ( DACA ) program shields young people . DACA recipients waited .',
      'Hondurans with Temporary Protected Status ( TPS ) may stay . TPS was extended twice .',
      'Iran signed the Joint Comprehensive Plan of Action in Vienna .',
    );
    expectTypes(r, {
      'Deferred Action for Childhood Arrivals': 'event',
      'Temporary Protected Status': 'event',
      'Joint Comprehensive Plan of Action': 'event',
    });
  });

  it('leaves a body named for a programme word an organisation', () => {
    const r = run(
      'Dan Reyes of the Center for Security Policy spoke . Heritage Action for America ran ads , and Organizing for Action answered .',
    );
    expect(typeOf(r, 'Center for Security Policy')).toBe('org');
    expect(typeOf(r, 'Heritage Action for America')).not.toBe('event');
  });
});

describe('a law named for a person', () => {
  it('reads "Kate\'s Law" as one law, apart from a person named Law', () => {
    const r = run(
      'Congress voted on Kate \u2019 s Law , which raises penalties . "It is a start , " said Robert Law of the group .',
      'The bill known as Kate \u2019 s Law passed the House . Law said it was not enough .',
    );
    expect(texts(r)).toContain('Kate \u2019 s Law');
    expectTypes(r, { 'Kate \u2019 s Law': 'event', 'Robert Law': 'person' });
  });
});

describe('capitals for emphasis and words that are no names', () => {
  it('reads "MUST ACT NOW" and a lone "Act" as words, and "the Act" as a law', () => {
    const r = run(
      'The Secure Borders Act passed in May . Millions arrived after the Act took effect .',
      'Congress MUST ACT NOW ! the president wrote . The act of voting matters , and the act was read .',
      'They act fast . We act late . You act now . I act alone . Leaders act . Voters act . Courts act . Banks act .',
      'Senators Will Act On Borders\nThe Senate met . Senators Will Act On Borders , a headline said . The group Act on a Dream met . The act was signed . The act was signed . The act of state .',
    );
    const acts = r.mentions.flat().filter((m) => m.text === 'Act' || m.text === 'ACT');
    expect(acts.map((m) => m.type)).toEqual(['event']);
  });

  it('drops a common noun capitalised for emphasis after "no" or beside another', () => {
    const r = run(
      'If there is no Wall , there is no Security . The border brings Drugs and Crime , he wrote . ' +
        'Security is a word . The security of the border , the security of the state , the security guard , more security , ' +
        'security checks , security forces , security officials , security costs , security talks , security staff , ' +
        'security risks , security teams , crime rates , crime rates , crime waves , crime data , crime data , crime lab , ' +
        'crime scene , crime scene , crime boss , crime novel , drugs , drugs , drugs , drugs , drugs , drugs , drugs , ' +
        'drugs , drugs , drugs , drugs .',
    );
    expect(texts(r)).not.toContain('Security');
    expect(texts(r)).not.toContain('Crime');
  });

  it('reads a personal pronoun in a quoted title as no name', () => {
    const r = run('The banner read " Peace and God are With Us , " and the marchers sang .');
    expect(texts(r)).not.toContain('Us');
  });
});

describe('a group named for a place after "in"', () => {
  it('joins "in" and a place after a group word, and keeps a place after a complete name apart', () => {
    const r = run(
      'Police held the writer , the pressure group Human Rights in China said . Human rights in China are poor .',
      'Agents of the FBI in Boston and the group Free Speech Watch in Canada spoke . Free speech matters . ' +
        'Human rights matter . A free press , a speech , a watch , human beings , rights groups .',
    );
    expect(texts(r)).toContain('Human Rights in China');
    expect(texts(r)).toContain('Boston');
    expect(texts(r)).toContain('FBI');
  });
});
describe('a wire press digest', () => {
  it("reads each paper's name on its own line in capitals as the paper, not a place", () => {
    const r = run(
      'PRESS DIGEST - Ruritania - Aug 31 .\nThese are the leading stories in the Ruritanian press .\n' +
        'STRELSAU HERALD\nThe king opened a bridge .\nLA GAZETTE\nTrade talks with France resumed .',
      'STRELSAU 1996-08-31\nNEWS ANALYSIS\nThe king opened a bridge in Strelsau .',
    );
    expectTypes(r, { 'STRELSAU HERALD': 'org', 'LA GAZETTE': 'org', France: 'place' });
    expect(typesOf(r, 'NEWS ANALYSIS')).not.toContain('org');
  });
});

describe('a programme named with a second "of"', () => {
  it('keeps "Deferred Action for Parents of Americans" whole, typed as a programme', () => {
    const r = run(
      'The Deferred Action for Parents of Americans program was blocked by the courts .',
      'Haitians with Temporary Protected Status for Haitians may stay .',
    );
    expectTypes(r, { 'Deferred Action for Parents of Americans': 'event', 'Temporary Protected Status': 'event' });
  });
});
