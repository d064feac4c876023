// "notably" as a signpost ("in particular": "most notably", "notably the harbour", "notably Lisbon") is not the
// writer's judgement; before an adjective or a verb ("notably absent") it grades the fact and stays marked.
// Invented wording; the signpost cases fail on the code before this rule.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('"notably" as a signpost', () => {
  it('leaves "notably" that picks out an example unmarked', () => {
    expect(marked('Several ports reopened, most notably the one at Sines.')).toEqual([]);
    expect(marked('Inspectors visited three sites, notably the Parchin facility.')).toEqual([]);
    expect(marked('Farms in several states, notably California and Florida, hired fewer workers.')).toEqual([]);
    expect(marked('Fighting went on elsewhere, notably in the northern districts.')).toEqual([]);
  });

  it('still marks "notably" that grades a fact', () => {
    expect(marked('The mayor was notably absent from the ceremony.')).toEqual(['notably']);
    expect(marked('The governor was notably at ease with the reporters.')).toEqual(['notably']);
    expect(marked('Notably, the minister did not mention the strike.')).toEqual(['Notably']);
  });
});
