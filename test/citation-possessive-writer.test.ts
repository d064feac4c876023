// Citations of a medium through its writer or host at work, and of an acronym named in a list with a known medium.
// Seen on real coverage: "National Review ’ s Rich Lowry makes Rubio out to be …" (a verb no writer's list holds),
// "Conservative Review 's Daniel Horowitz lays out" (a name with no "the" and no table entry), "NBC and CNN quoted US
// officials" (an acronym no table knows, beside one that is known). Fixtures written for these tests (invented
// outlets and people).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const CORPUS = ['Valley Ledger', 'Portland Courier'];
const resolver = outletResolver(readOutletTable(), CORPUS);
const doc = (id: string, text: string) => analyse({ id, outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
const citesOf = (text: string) => extractCitations([doc('d0', text)], resolver).map((c) => [c.cited, c.text]);

describe("a medium's writer at work", () => {
  it('cites a known medium whose writer, named after its possessive, does something in print', () => {
    expect(
      citesOf('In a recent piece , Portland Courier ’ s Kit Marsh makes the mayor out to be a bystander .'),
    ).toEqual([['Portland Courier', 'Portland Courier ’ s Kit Marsh makes']]);
  });
  it('cites a medium no table knows, named by its writer with no "the" inside a sentence', () => {
    expect(
      citesOf("Before that , Tallmere Review 's Daniel Horne lays out , the port had a long history of tolls ."),
    ).toEqual([['Tallmere Review', "Tallmere Review 's Daniel Horne lays out"]]);
  });
  it('leaves a pollster, a speaker and a plural noun before "of" as they were (guards)', () => {
    expect(citesOf('“ Most voters are worried , ” Pollwell ’ s Lydia Saad wrote on Wednesday .')).toEqual([]);
    expect(citesOf("The mayor showed the Portland Courier 's Kit Marsh photographs of the pier .")).toEqual([]);
    expect(citesOf("Later , Donald Grant 's Daniel Horne lays out , the port had a history of tolls .")).toEqual([]);
  });
});

describe('an unknown acronym in a list with a known medium', () => {
  it('cites both names before the verb', () => {
    expect(citesOf('ZBT and Portland Courier quoted officials as saying the samples were clean .')).toEqual([
      ['ZBT', 'ZBT and Portland Courier quoted'],
      ['Portland Courier', 'Portland Courier quoted'],
    ]);
  });
  it('keeps a group before a comma and a body out (guard)', () => {
    expect(citesOf('The coalition is fighting ISIS , the Portland Courier reports .').map((c) => c[0])).toEqual([
      'Portland Courier',
    ]);
    expect(citesOf('The FBI and Portland Courier reported the arrest .').map((c) => c[0])).toEqual([
      'Portland Courier',
    ]);
  });
});
