// Doubt-casting words the reporter uses to check a report (loaded13): a claim a party denies or a newsroom could not
// verify, a toll a side gives, video "purported to show" what it could not confirm, "apparent" as evident, and "lie"
// as a verb of position; "takeover" of a capture and "deeply" of a degree. On a war story these filled outlets'
// own-voice loaded lists ("claims", "lies", "deeply") though none of them casts doubt or judges. Invented wording;
// each plain case fails on the code before this rule, and each loaded case stays marked.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('claims a party denies or a newsroom checks', () => {
  it('leaves a denied, unverified or investigated claim and a claimed toll unmarked', () => {
    expect(marked('The harbour board denies the claim.')).toEqual([]);
    expect(marked('The Courier could not independently verify the claims.')).toEqual([]);
    expect(marked('Inspectors asked to investigate the latest claims at the port.')).toEqual([]);
    expect(marked('Another militia claimed nearly 500 were killed in the shelling.')).toEqual([]);
    expect(marked('Residents of the island claim more than 1,300 people died.')).toEqual([]);
  });

  it('still marks a claim the writer doubts', () => {
    expect(marked('The mayor claims the ferry fares fell.')).toEqual(['claims']);
    expect(marked('Nobody believed the claim that the harbour was safe.')).toEqual(['claim']);
  });
});

describe('"purported" material, evident "apparent", "lie" of position', () => {
  it('leaves the hedge on unchecked video and the evident "apparent" unmarked', () => {
    expect(marked('Video posted to the web purported to show the harbour being shelled.')).toEqual([]);
    expect(marked('A purported recording of the call circulated on Tuesday.')).toEqual([]);
    expect(marked('The shift in tone has become increasingly apparent in recent days.')).toEqual([]);
  });

  it('leaves "lie" of place unmarked and keeps the accusation', () => {
    expect(marked('The danger lies ahead, and the origins of the strike lie in the 1990s.')).toEqual([]);
    expect(marked('The mayor lies about the fares, and his lies cost the island dearly.')).toEqual(['lies', 'lies']);
    expect(marked('Smugglers will lie in order to be granted passage.')).toEqual(['lie']);
  });

  it('still marks doubt on a claim and a seeming aim', () => {
    expect(marked('He purportedly defended the harbour.')).toEqual(['purportedly']);
    expect(marked('In an apparent attempt to divert attention, the board met.')).toEqual(['apparent']);
  });
});

describe('"takeover" and "deeply"', () => {
  it('reads a capture by arms and a degree as plain, the catchphrase as loaded', () => {
    expect(marked('The militia takeover of the harbour dam lasted a week.')).toEqual([]);
    expect(marked('The island is deeply divided over the ferry plan.')).toEqual([]);
    expect(marked('Critics called the plan a government takeover of the ferries.')).toEqual(['government']);
  });
});
