// A poll's or a headline's yes-no question ("Should Obama Order Strikes on ISIS ?") capitalises the bare verb after
// its subject, and the run of capitals went on from the name into the verb. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

const body =
  'Halvorsen said Hillary Rodham would order a run on the banks , and officials order strikes and run polls . ' +
  'They order food , run errands and order more . ';

describe('a question opened by a modal', () => {
  it('ends the name before the bare verb', () => {
    const r = run(
      'Urgent : Should Hillary Run in 2016 ? Vote Now .\n' + body,
      'Should Halvorsen Order Strikes on Dorrland ? Vote Here .\n' + body,
    );
    const names = r.mentions.flat().map((m) => m.text);
    expect(names).not.toContain('Hillary Run');
    expect(names.join('|')).not.toMatch(/Order|Strikes/);
    expect(names).toContain('Hillary');
    expect(r.mentions[1][0].text).toBe('Halvorsen');
  });

  it('keeps a name whose next word is no ordinary word', () => {
    const r = run('Should Ann Vale Harbourton win the vote on the ferry plan this year ?\n' + body);
    expect(r.mentions[0][0].text).toBe('Ann Vale Harbourton');
  });
});
