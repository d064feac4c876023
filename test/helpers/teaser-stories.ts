// Five unrelated stories of one outlet, each with a lede and another story's headline: the shape of a site that puts
// a teaser ("SEE ALSO: <headline>") before a different headline in every article. Written for the furniture tests.

/** [topic, lede, the headline another article's teaser shows] */
export const TEASER_STORIES: readonly (readonly [string, string, string])[] = [
  ['Senate vote', 'The Senate voted on the border bill on Tuesday.', 'Border bill clears first hurdle'],
  ['Storm', 'A storm closed schools across the county.', 'Schools shut as storm hits'],
  ['Budget', 'The council passed a budget with new road money.', 'Council adds road money'],
  ['Election', 'Voters chose a new mayor after a close race.', 'Mayor wins narrow race'],
  ['Court', 'The court blocked the rule pending appeal.', 'Judge pauses rule'],
];
