// One entity per actor on Middle East coverage (ents16): names romanised several ways, and the patronymic and kunya
// particles ("bin", "Abu") that make a name of the word after them. Own fixtures, written in the style of wire copy.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, expectSameEntity, run } from './helpers/entities.js';

describe('romanisations of one name', () => {
  it('joins full names whose words differ by q/g/k, dh/d or vowels, anchored by a word spelled alike', () => {
    const r = run(
      'Libyan leader Muammar Qaddafi ruled for four decades. Qaddafi was killed in 2011.',
      'Rebels said Moammar Gadhafi had fled the capital. Gadhafi denied it.',
      'Deputy minister Abbas Araghchi led the talks. Abbas Araqchi later met the envoys.',
    );
    expectSameEntity(r, 'Muammar Qaddafi', 'Moammar Gadhafi');
    expectSameEntity(r, 'Abbas Araghchi', 'Abbas Araqchi');
    expect(entityWith(r, 'Muammar Qaddafi')?.merged_because.join(' ')).toContain('romanisation variant');
  });

  it('keeps apart two people with a surname in common and different given names', () => {
    const r = run(
      'President Bashar al-Assad addressed the nation.',
      'His father Hafez al-Assad ruled Syria until 2000.',
      'Tina Walsh and Tony Walsh ran the campaign.',
    );
    expectApart(r, 'Bashar al-Assad', 'Hafez al-Assad');
    expectApart(r, 'Tina Walsh', 'Tony Walsh');
  });
});

describe('patronymic and kunya particles', () => {
  it('"bin Salman" is the son, a bare "Salman" is not', () => {
    const r = run(
      'Crown Prince Mohammed bin Salman met the envoy. Critics say bin Salman ordered the raid.',
      'King Salman spoke to the president. Salman said the kingdom would raise output.',
      'Analysts said bin Salman controls the ministries.',
    );
    const prince = entityWith(r, 'Mohammed bin Salman');
    expect(entityWith(r, 'bin Salman')?.id).toBe(prince?.id);
    expect(entityWith(r, 'Salman')?.id).not.toBe(prince?.id);
  });

  it('a kunya ("Abu Mazen") is a name of its own, not the surname of someone called Mazen or Baker', () => {
    const r = run(
      'Envoy Ali Mazen arrived in Cairo. Mazen met officials there.',
      'Palestinians call their president Abu Mazen. Abu Mazen rejected the plan.',
      'Secretary James Baker visited. Baker and Abu Baker, a local commander, did not meet.',
    );
    expectApart(r, 'Abu Mazen', 'Ali Mazen');
    expectApart(r, 'Abu Baker', 'James Baker');
    expectSameEntity(r, 'Baker', 'James Baker');
  });

  it('a name that keeps its particle joins the one full name ending in it', () => {
    const r = run(
      'Prosecutors charged Ahmed Abu Khattala with the attack.',
      'Abu Khattala pleaded not guilty on Tuesday.',
      'Osama bin Laden was killed in 2011. Unlike bin Laden , his deputy fled.',
    );
    expectSameEntity(r, 'Abu Khattala', 'Ahmed Abu Khattala');
    expectSameEntity(r, 'bin Laden', 'Osama bin Laden');
    expect(r.mentions.flat().some((m) => m.text.startsWith('Unlike'))).toBe(false);
  });
});

describe('one organisation under its acronym and long names', () => {
  it('binds capitals to the one name in the article whose initials they are, in that article only', () => {
    const r = run(
      'Talks between Israel and the Palestinian Authority resumed. The PA said it would attend.',
      'The PA system in the hall failed twice.',
    );
    const pa = r.mentions[0].find((m) => m.text === 'PA');
    expect(pa?.entity).toBe(entityWith(r, 'Palestinian Authority')?.id);
    expect(r.mentions[1].find((m) => m.text === 'PA')?.entity).not.toBe(pa?.entity);
  });

  it('reads a long name with "in", "and" and "the" inside it whole when the gazetteer knows it', () => {
    const r = run(
      'The vote backed the strategy against the Islamic State in Iraq and the Levant , officials said.',
      'The strongest is the Islamic State of Iraq and al-Sham , by far.',
    );
    expect(entityWith(r, 'Islamic State in Iraq and the Levant')?.id).toBe('isis');
    expect(entityWith(r, 'Islamic State of Iraq and al-Sham')?.id).toBe('isis');
    expect(r.mentions.flat().some((m) => m.text === 'Levant')).toBe(false);
  });
});

describe('a name without its first given name', () => {
  it('joins the one longer person name it ends', () => {
    const r = run(
      'Turkish President Recep Tayyip Erdogan spoke on Monday.',
      'Tayyip Erdogan later told reporters the talks would go on.',
      'Foreign Minister Mohammad Javad Zarif met the envoy. Javad Zarif said little.',
    );
    expectSameEntity(r, 'Tayyip Erdogan', 'Recep Tayyip Erdogan');
    expectSameEntity(r, 'Javad Zarif', 'Mohammad Javad Zarif');
  });

  it('stays apart when two longer names end so', () => {
    const r = run('Mary Ann Lowell spoke first. Then Jo Ann Lowell answered.', 'Ann Lowell was not in the room.');
    expectApart(r, 'Ann Lowell', 'Mary Ann Lowell');
  });
});

describe('names cut inside', () => {
  it('reads a law title with a possessive common noun inside it whole, not after a name', () => {
    const r = run(
      'The Hong Kong People ’ s Freedom and Choice Act extends relief to people who fled ; people welcomed it.',
      'Nouri al-Maliki ’ s State of Law Coalition won the most seats.',
    );
    expect(r.mentions[0].some((m) => m.text === 'Hong Kong People ’ s Freedom and Choice Act')).toBe(true);
    expect(r.mentions[1].some((m) => m.text.startsWith('Nouri al-Maliki ’ s'))).toBe(false);
  });

  it('folds an article written into the surname', () => {
    const r = run('Prime Minister Hazem el-Beblawi spoke.', 'Hazem Elbeblawi said the cabinet would meet.');
    expectSameEntity(r, 'Hazem Elbeblawi', 'Hazem el-Beblawi');
  });
});

describe("an editor's bracket round the first names", () => {
  it('reads "[ Bashar ] Assad" as one name of the president', () => {
    const r = run(
      '“ The goal was aimed squarely at the [ Bashar ] Assad regime , ” he said. President Bashar al-Assad denied it.',
      'Talks went on . “ [ Meanwhile ] Iran kept quiet , ” she said , though meanwhile others spoke .',
    );
    expectSameEntity(r, '[ Bashar ] Assad', 'Bashar al-Assad');
    expect(r.mentions[1].some((m) => m.text.includes('Meanwhile'))).toBe(false);
  });
});
