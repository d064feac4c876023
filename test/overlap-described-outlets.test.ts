// A cited outlet behind words that describe it ("quoted by Iran's Press TV", "according to Iranian state-funded Press
// TV", "according to the official Middle East News Agency") was not cited, and a known name followed by more of its own
// name ("told Reuters News Agency") was cited by its known part only, and what someone said on an outlet ("during an
// appearance on Fox News", "remarks broadcast on state TV") cited nothing; all seen on real coverage. Fixtures written for
// these tests (other outlets, places and events).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citationsOf = (text: string, corpusOutlets: string[] = []) => {
  const doc = analyse({ id: 'x0', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([doc], outletResolver(readOutletTable(), ['Harbour Gazette', ...corpusOutlets]));
};
const citesOf = (text: string, corpusOutlets: string[] = []) =>
  citationsOf(text, corpusOutlets).map((c) => [c.kind, c.cited]);

describe('a known outlet behind a description', () => {
  it("is cited across a place's possessive, a demonym and qualifiers", () => {
    expect(citesOf('The envoy was quoted by Peru ’ s Andes TV on Monday as saying the talks failed .')).toEqual([
      ['outlet', 'Andes TV'],
    ]);
    expect(citesOf('The port was shut , according to Chilean state-funded Andes TV .')).toEqual([
      ['outlet', 'Andes TV'],
    ]);
    expect(citesOf("Two ferries sank , according to Greece 's semi-official Aegean News Agency .")).toEqual([
      ['outlet', 'Aegean News Agency'],
    ]);
    expect(citesOf('The dam held , according to the official Danube News Agency .')).toEqual([
      ['outlet', 'Danube News Agency'],
    ]);
    expect(citesOf("The mayor resigned , according to Norway 's Bloomberg .")).toEqual([['outlet', 'Bloomberg']]);
  });
  it("reads no description across another name, nor a place's possessive before a person", () => {
    expect(citesOf('Officials told Congress Bloomberg was wrong about the tariffs .')).toEqual([]);
    expect(citesOf("The vote is lost , according to Ohio 's Dale Hutton .", ['Dale Hutton'])).toEqual([]);
  });
});

describe('a known name followed by more of its own name', () => {
  it('cites the known outlet with the whole name as its span', () => {
    const c = citationsOf('" It was a grave error , " a senior official told Bloomberg News Agency .');
    expect(c.map((x) => [x.cited, x.text])).toEqual([['Bloomberg', 'told Bloomberg News Agency']]);
    const v = citationsOf('He said so this month in an interview with Vireo News . But the minister declined .', [
      'Vireo',
    ]);
    expect(v.map((x) => [x.cited, x.text])).toEqual([['Vireo', 'in an interview with Vireo News']]);
  });
  it('keeps the known part where the words after it go on as another name', () => {
    const c = citationsOf('The minister told Vireo News Corp shareholders were wrong .', ['Vireo']);
    expect(c.map((x) => x.text)).toEqual(['told Vireo']);
  });
});

describe('what someone said on an outlet', () => {
  it('cites the outlet an appearance, a broadcast or an interview was on', () => {
    expect(citesOf('The senator defended the levy during an appearance on Bloomberg Television on Monday .')).toEqual([
      ['outlet', 'Bloomberg'],
    ]);
    expect(citesOf('" We will not yield , " the general said in remarks broadcast on Andes TV .')).toEqual([
      ['outlet', 'Andes TV'],
    ]);
    expect(citesOf('Last week , the premier was interviewed by Peru ’ s Andes TV .')).toEqual([['outlet', 'Andes TV']]);
  });
  it('reads no outlet where none is named', () => {
    expect(citesOf('The minister appeared on the steps of the court on Monday .')).toEqual([]);
  });
});
