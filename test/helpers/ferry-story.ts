// One council story told three ways, for the overlap tests of rewritten pairs (invented for these tests): the first
// article, the same story from its own angle (names and titles recur, no sentence is the first one's rewritten), and
// the first article retold sentence by sentence in other words (a rewritten pair with no passage).

/** The first article. */
export const FIRST = [
  'Harbour Council leader Mara Vale won a vote on Tuesday to close the Eastside Ferry Terminal by the end of March .',
  'The Coastal Works Board will pay for a new pier at Gull Point , the council said .',
  'Vale told councillors the Eastside Ferry Terminal had lost money for nine straight years .',
  'Opposition councillor Ben Okafor called the plan a betrayal of Eastside families .',
  'About 40 protesters gathered outside the Harbour Council chamber before the vote .',
  'The Gull Point pier is expected to open in the autumn of next year .',
  'Ferry users will be offered a free shuttle bus while the work goes on .',
].join(' ');

/** The same story from its own angle: the names and titles recur, no sentence is the first one's rewritten. */
export const OWN_ANGLE = [
  'Commuters in Eastside face longer journeys after Harbour Council leader Mara Vale won her ferry vote on Tuesday .',
  'Nurses who cross the bay each morning fear missed shifts at the general hospital .',
  'Opposition councillor Ben Okafor called the closure cruel to shift workers .',
  'A petition against the closure has gathered twelve thousand names since January .',
  'The last ferry is due to sail from the Eastside Ferry Terminal on a Sunday evening .',
  'Shop owners near the quay say trade will fall by half .',
  'The Coastal Works Board declined to comment .',
].join(' ');

/** The first article retold sentence by sentence in other words. */
export const RETOLD = [
  'Commuters in Eastside face longer journeys after Harbour Council leader Mara Vale won her ferry vote on Tuesday .',
  'Under her plan the Eastside Ferry Terminal shuts at the end of March and services move to Gull Point .',
  'Money for the move comes from the Coastal Works Board , officials confirmed .',
  'Opposition councillor Ben Okafor called the closure cruel to Eastside families .',
  'Dozens of protesters waited outside the Harbour Council chamber to hear the result .',
  'Vale said losses at the old terminal over nine years could no longer be carried .',
  'A free replacement shuttle bus will run until the new pier opens next autumn .',
].join(' ');

/** The first article (Harbour Post) and a second one (Valley Herald, `second` as its text) as corpus records. */
export function ferryRecords(second: string) {
  return [
    {
      id: 'hp',
      outlet: 'Harbour Post',
      date: '2026-03-01',
      title: 'Council votes to shut ferry terminal',
      text: FIRST,
    },
    {
      id: 'vh',
      outlet: 'Valley Herald',
      date: '2026-03-01',
      title: 'Eastside commuters lose their ferry',
      text: second,
    },
  ];
}
