// Label rows a reader of a Middle East cut checks first: a description between two names is the first name's, a
// "military" before a noun is an adjective ("the Parchin military base"), a creed's adjective the entities could not
// type names no armed group ("Islamofascist terrorists"), and one person's government is one row however the outlet
// writes the name ("a Mitt Romney administration" and "a Romney administration"; "the Qaddafi government" and "Moammar
// Gadhafi's regime"). Short articles written for these tests.
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';

const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2024-03-04', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

const labels = (articles: Article[]) =>
  runFraming(articles, { withOverlap: false, events: Object.fromEntries(articles.map((a) => [a.id, 'e'])) }).framing
    .labels;

describe('label rows of real copy', () => {
  it('give a bare description between two names to neither the name after it', () => {
    const rows = labels([
      art(
        'a',
        'Ledger',
        'Senator Dan Vole spoke on Monday. Ambassador Susan Pike defended the account on Sunday.\n\n' +
          '"Think of the statements after the attack: Jay Harlow, White House spokesman, Susan Pike, the State ' +
          'Department," Vole said. Ambassador Susan Pike said the account was right.',
      ),
      art('b', 'Tribune', 'Ambassador Susan Pike spoke on Monday. Susan Pike said the account was right.'),
    ]);
    const pike = rows.filter((r) => r.entity === 'Susan Pike').map((r) => r.label);
    expect(pike).not.toContain('White House spokesman');
    expect(pike).toContain('Susan Pike');
  });

  it('read "military" before a noun as an adjective, and a creed\'s adjective as no armed group', () => {
    const rows = labels([
      art(
        'a',
        'Ledger',
        'Inspectors asked to visit the Parchin military base on Monday. Iranian troops guarded the gates. ' +
          'Any U.S. military action would take weeks, officials said. Islamofascist terrorists were blamed for the blast.',
      ),
      art('b', 'Tribune', 'Iranian troops guarded the Parchin site on Monday. The U.S. military said it was ready.'),
    ]);
    const actors = rows.filter((r) => r.kind === 'actor').map((r) => `${r.outlet}: ${r.label}`);
    expect(actors).toContain('Ledger: Iranian troops');
    expect(actors).toContain('Tribune: U.S. military');
    expect(actors).not.toContain('Ledger: Parchin military');
    expect(actors).not.toContain('Ledger: U.S. military');
    expect(actors).not.toContain('Ledger: Islamofascist terrorists');
  });

  it("put one person's government under one referent: the surname, and another spelling of it", () => {
    const rows = labels([
      art(
        'a',
        'Ledger',
        'Mitt Romney spoke in Ohio on Monday. Iran expects either a second Obama term or a Mitt Romney ' +
          'administration. Whether an Obama or Romney administration, the sanctions will stay, experts said.',
      ),
      art(
        'b',
        'Tribune',
        'The revolution against Moammar Gadhafi’s regime began in Benghazi. Moammar Gadhafi fled the city in August.',
      ),
      art(
        'c',
        'Courier',
        'The assault was devastating to the Qaddafi government. Colonel Qaddafi had ruled for decades.',
      ),
    ]);
    const actors = rows.filter((r) => r.kind === 'actor').map((r) => `${r.entity}: ${r.label}`);
    expect(actors).toContain('Mitt Romney (government): Romney administration');
    expect(actors).toContain('Moammar Gadhafi (government): Qaddafi government');
    expect(actors.some((a) => a.startsWith('Romney (') || a.startsWith('Qaddafi ('))).toBe(false);
  });
});
