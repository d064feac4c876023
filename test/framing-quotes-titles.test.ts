// A programme's title in quote marks ("said on Valdor TV 's “Morning Harbour” Monday", "told “Harbour Sunday”") is a
// name, not a quote: no one speaks it, and the sentence around it is the speaker's reported speech. A short quote in
// title case that follows no "on", "told" or "with" is still a quote. Fixtures written for these tests (invented
// people and programmes).
import { describe, expect, it } from 'vitest';
import { docVoice } from '../lib/framing/voice.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

const quotesOf = (text: string) => {
  const d = fixtureDoc('tq', text);
  return docVoice(d).quotes.map((q) => [d.text.slice(q.inner[0], q.inner[1]).trim(), q.speaker]);
};

describe('titles in quote marks', () => {
  it('a programme named after "on", "told" or "with" has no speaker', () => {
    expect(
      quotesOf(
        "`` It 's an atrocious policy , '' Ivo Brenn said on Valdor TV 's `` New Day '' Monday .\n\n" +
          "Ana Doe told `` Harbour Sunday '' that the plan would fail .\n\n" +
          "In an interview with `` Face the Harbour , '' Kira Loft said the talks were over .",
      ),
    ).toEqual([
      ["It 's an atrocious policy ,", 'Ivo Brenn'],
      ['New Day', null],
      ['Harbour Sunday', null],
      ['Face the Harbour ,', null],
    ]);
  });

  it('the speaker read before the title speaks the quote before it, and the quotes after it', () => {
    expect(
      quotesOf(
        "`` We will not pass this alone , '' Ivo Brenn , a Valdor Republican , said on Harbour TV 's `` Meet the " +
          "Harbour . '' `` If you want to solve this , come to the table . ''",
      ),
    ).toEqual([
      ['We will not pass this alone ,', 'Ivo Brenn'],
      ['Meet the Harbour .', null],
      ['If you want to solve this , come to the table .', 'Ivo Brenn'],
    ]);
  });

  it('the sentence naming the programme is its speaker’s statement', () => {
    const d = fixtureDoc('tq2', "Ana Doe told `` Harbour Sunday '' that the plan would fail .");
    expect(rows(d, [person(d, 'Ana Doe')])).toEqual([['Ana Doe', 'named', 'Ana Doe']]);
  });

  it('a short title-case quote after a verb of saying is still spoken', () => {
    expect(quotesOf("Ivo Brenn said : `` Never Again . ''\n\n`` Build The Wall , '' Ana Doe said .")).toEqual([
      ['Never Again .', 'Ivo Brenn'],
      ['Build The Wall ,', 'Ana Doe'],
    ]);
  });
});
