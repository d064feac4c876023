// A label finding names an outlet that writes both sides of a contrast with its uses of each. "Sentinel uses both, 1
// and 1 times" is how a table speaks, not a reader: the finding says "once each", and names each side's word when the
// uses differ ("“alien” twice and “newcomer” once"). Invented outlets and labels.
import { describe, expect, it } from 'vitest';
import type { ContrastRow } from '../lib/framing/label-contrast.js';
import { labelFindings } from '../lib/report/label-findings.js';

const g = (outlet: string, label: string, own: number, evaluative: number): ContrastRow => ({
  entity: 'settlers',
  outlet,
  label,
  kind: 'group',
  own,
  event: 'e1',
  evaluative,
});

// one story: two outlets write "alien settlers", two "newcomer settlers", every outlet the bare head
const story = [
  g('Ledger', 'alien settlers', 9, 0.625),
  g('Courier', 'alien settlers', 4, 0.625),
  g('Tribune', 'newcomer settlers', 4, 0),
  g('Observer', 'newcomer settlers', 3, 0),
  g('Tribune', 'settlers', 12, 0),
  g('Observer', 'settlers', 9, 0),
  g('Herald', 'settlers', 14, 0),
];

const finding = (alien: number, newcomer: number) =>
  labelFindings([
    ...story,
    g('Sentinel', 'alien settlers', alien, 0.625),
    g('Sentinel', 'newcomer settlers', newcomer, 0),
  ])[0].text;

describe('the outlet writing both sides of a label contrast', () => {
  it('says "once each", not "1 and 1 times"', () => {
    expect(finding(1, 1)).toContain('Sentinel uses both, once each');
    expect(finding(3, 3)).toContain('Sentinel uses both, 3 times each');
  });

  it('names each side with its uses when they differ', () => {
    expect(finding(2, 1)).toContain('Sentinel uses both, “alien” twice and “newcomer” once');
    expect(finding(2, 1)).not.toMatch(/\d and \d times/);
  });

  it("says each outlet's words when several write both, not bare number pairs", () => {
    const text = labelFindings([
      ...story,
      g('Sentinel', 'alien settlers', 2, 0.625),
      g('Sentinel', 'newcomer settlers', 1, 0),
      g('Gazette', 'alien settlers', 1, 0.625),
      g('Gazette', 'newcomer settlers', 1, 0),
    ])[0].text;
    expect(text).toContain('outlets using both: Gazette (once each) and Sentinel (“alien” twice and “newcomer” once)');
    expect(text).not.toMatch(/uses of each: \w+ \d and \d/);
  });
});
