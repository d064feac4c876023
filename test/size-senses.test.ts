// Size words that state how many (loaded14): "massive protests", "a huge crowd", "a huge number of", "by massive
// margins" report the size of something counted; "a massive giveaway", "enormous influence" are the writer's
// emphasis. Invented wording; the plain cases fail on the code before this rule, the loaded ones stay marked.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('size words before a crowd or an amount', () => {
  it('leaves a size word that counts people or an amount unmarked', () => {
    expect(marked('Massive protests filled the harbour square on Sunday.')).toEqual([]);
    expect(marked('A huge crowd gathered at the ferry terminal.')).toEqual([]);
    expect(marked('The port hired a huge number of seasonal workers.')).toEqual([]);
    expect(marked('Dockers backed the strike by enormous margins.')).toEqual([]);
  });

  it('still marks a size word of emphasis', () => {
    expect(marked('The harbour bill is a massive giveaway to shipping firms.')).toContain('massive');
    expect(marked('The board has enormous influence over the town.')).toEqual(['enormous']);
    expect(marked('It was a huge mistake.')).toEqual(['huge']);
  });
});
