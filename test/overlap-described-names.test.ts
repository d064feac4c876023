// Names beside a description of a newsroom ("Chile 's state news agency , ANX", "the Bulgarian news agency BTA
// Novini"), country media of any demonym ("told Portuguese TV", "Moldovan television reported"), and a well-known
// body read as a cited outlet ("the CDC has reported"). Seen on real coverage: "RIA" of "RIA Novosti", "EGYNews" and a
// name after a comma missed, "French TV" an outlet, "FBI has reported" a citation. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.kind, c.cited]);
};

describe('names beside a description of a newsroom', () => {
  it('takes a multi-word name whole, and names that are no acronym', () => {
    expect(citesOf('The port reopened , according to the Bulgarian news agency BTA Novini .')).toEqual([
      ['outlet', 'BTA Novini'],
    ]);
    expect(citesOf("The port reopened , Peru 's state-run news agency Andina Noticias reported Friday .")).toEqual([
      ['outlet', 'Andina Noticias'],
    ]);
    expect(citesOf("The vote was delayed , according to Chile 's state news agency ChileNews .")).toEqual([
      ['outlet', 'ChileNews'],
    ]);
    expect(citesOf('Four were hurt , Greek news agency Kathimo reported .')).toEqual([['outlet', 'Kathimo']]);
  });

  it('takes a name set off by commas, but not a speaker after the comma', () => {
    expect(citesOf("The bridge fell , according to Chile 's state news agency , ANX . Rescuers came .")).toEqual([
      ['outlet', 'ANX'],
    ]);
    expect(citesOf("Peru 's official news agency , Andina , quoted the minister on Friday .")).toEqual([
      ['outlet', 'Andina'],
    ]);
    expect(citesOf("The talks failed , according to Peru 's state news agency , Humala said .")).toEqual([
      ['generic', "Peru's state news agency"],
    ]);
  });

  it('passes the cue over a bare description to a name it knows', () => {
    // a name right after a bare medium word is the newsroom (medium-names.ts): "told the newspaper Le Monde" on real
    // coverage; one set off by commas after it, or followed by a possessive, is not
    expect(citesOf('The mayor told the newspaper Le Soir that the port would reopen .')).toEqual([
      ['outlet', 'Le Soir'],
    ]);
    expect(citesOf('According to the newspaper , Smith , who was there , the port closed .')).toEqual([]);
    expect(citesOf('The mayor said in an interview with broadcaster ZDF that the port would reopen .')).toEqual([
      ['outlet', 'ZDF'],
    ]);
    // a new subject after the description, or a day, is no name
    expect(citesOf('The envoy told Peruvian state TV Humala was wrong .')).toEqual([['generic', 'Peruvian state TV']]);
    expect(citesOf('The minister told state television Thursday that the port would reopen .')).toEqual([
      ['generic', 'State television'],
    ]);
  });
});

describe('country media of any demonym', () => {
  it('reads a demonym or a country with a medium as a generic channel', () => {
    expect(citesOf('The singer told Portuguese TV that she would return .')).toEqual([['generic', 'Portuguese TV']]);
    expect(citesOf('Moldovan television reported the blast .')).toEqual([['generic', 'Moldovan television']]);
    expect(citesOf("The ministry told Finland 's news agency STT that two were hurt .")).toEqual([['outlet', 'STT']]);
    // a channel named for a place that is no country keeps its name
    expect(citesOf('The singer told Lagos TV that she would return .')).toEqual([['outlet', 'Lagos TV']]);
  });
});

describe('well-known bodies are no cited outlets', () => {
  it('does not cite a body the entity list knows, reporting', () => {
    expect(citesOf('The order states CDC has reported that 300 people fell ill .')).toEqual([]);
  });
});

describe('cues around a cited name', () => {
  it('reads an adverb between the name and its verb, and comments carried by an outlet', () => {
    expect(citesOf('The Harbour Tribune also reported that the port would reopen .')).toEqual([
      ['outlet', 'The Harbour Tribune'],
    ]);
    expect(citesOf('Reuters first reported the plan last month .')).toEqual([['outlet', 'Reuters']]);
    expect(citesOf('He said in comments carried by state news agency KNA that talks would resume .')).toEqual([
      ['outlet', 'KNA'],
    ]);
  });
});

describe('a name before its medium', () => {
  it('cites the name before "news agency" or "newspaper", with the cue around the whole phrase', () => {
    expect(citesOf('Two were held , the semi-official Kavosh news agency reported .')).toEqual([['outlet', 'Kavosh']]);
    expect(citesOf("It is over , according to Peru 's state-run Andina news agency .")).toEqual([['outlet', 'Andina']]);
    expect(citesOf('The mayor told the Brazilian Folhapress news agency that it was over .')).toEqual([
      ['outlet', 'Folhapress'],
    ]);
    expect(citesOf('Two died , the Lima Times newspaper reported .')).toEqual([['outlet', 'Lima Times']]);
    expect(citesOf('Two died , the Scottish Times newspaper reported .')).toEqual([['outlet', 'Scottish Times']]);
    // a place or a demonym alone is a channel, and words before a named newspaper describe it: the name after it is
    // the outlet (medium-names.ts), not the words before
    expect(citesOf('The mayor told a Lima newspaper that it was over .')).toEqual([]);
    expect(citesOf('He was quoted by the Beacon Hill newspaper Hub Daily as saying so .')).toEqual([
      ['outlet', 'Hub Daily'],
    ]);
    expect(citesOf('The mayor told a Spanish-language newspaper that it was over .')).toEqual([]);
  });
});

describe('one spelling for an agency written both ways', () => {
  it('cites a title-case name as its capitals where the corpus writes it so', () => {
    expect(
      citesOf('Ten were hurt , KPNA reported . The minister told state news agency Kpna that talks would resume .'),
    ).toEqual([
      ['outlet', 'KPNA'],
      ['outlet', 'KPNA'],
    ]);
  });
});
