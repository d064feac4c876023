// Capitals headlines: "TRUMP ADMINISTRATION TO DEPLOY ..." named nothing, since "TRUMP" counted as a plain word in
// capitals once the corpus wrote "trump" in lower case anywhere ("a trump card"); "WHY IS THE ..." read "IS" as the
// Islamic State. A capitals word the corpus capitalises inside sentences ten times as often as it writes it in lower
// case is the name it knows; a function word in capitals beside plain capitals is the word. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typesOf } from './helpers/entities.js';

const BODY =
  Array.from({ length: 12 }, (_, i) => `President Varga spoke on day ${i + 1} .`).join(' ') +
  ' He played his varga card , critics said .';
const HEADLINES =
  'The agency said it would act on Monday .\nVARGA ADMINISTRATION TO SEND AGENTS TO CITIES\n' +
  'The agency said it would send agents .\nWHY IS THE VARGA ADMINISTRATION ENDING IT ?\n' +
  'The program ends in March .';

describe('capitals words the corpus knows as names', () => {
  it('reads VARGA in a capitals headline as the person', () => {
    const r = run(BODY, HEADLINES);
    expect(typesOf(r, 'VARGA')).toEqual(['person', 'person']);
  });

  it('reads IS between capitals words as the verb', () => {
    const r = run(BODY, HEADLINES);
    expect(typesOf(r, 'IS')).toEqual([]);
  });

  it('keeps IS beside lower-case words the group (guard)', () => {
    const r = run('Kurdish forces fought IS fighters near the town , and the Islamic State ( IS ) retreated .');
    expect(typesOf(r, 'IS')).toEqual(['group', 'group']);
  });
});
