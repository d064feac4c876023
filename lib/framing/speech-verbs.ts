// The verbs that mark a statement: verbs of saying in their finite forms and participles, and verbs of judging,
// describing and writing whose subject speaks when a statement follows. A general list of English written for the
// project (newsroom and style-guide knowledge, no corpus words), and the regex alternations built from it once.

/** Reporting verbs (finite forms) that introduce or close a quote or reported speech. */
export const REPORTING_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'adds',
  'noted',
  'notes',
  'stated',
  'states',
  'emphasized',
  'emphasised',
  'emphasizes',
  'stressed',
  'stresses',
  'explained',
  'explains',
  'revealed',
  'reveals',
  'confirmed',
  'confirms',
  'announced',
  'announces',
  'declared',
  'asserted',
  'insisted',
  'argued',
  'warned',
  'warns',
  'pointed out',
  'points out',
  'wrote',
  'writes',
  'reported',
  'reports',
  'continued',
  'commented',
  'remarked',
  'replied',
  'responded',
  'claimed',
  'claims',
  'affirmed',
  'reiterated',
  'clarified',
  'indicated',
  'mentioned',
  'acknowledged',
  'concluded',
  'highlighted',
  'underlined',
  'underscored',
  'disclosed',
  'denied',
  'cautioned',
  'observed',
  'recalled',
  'urged',
  'asked',
  'believes',
  'believed',
  'predicted',
  'estimated',
  'alleged',
  'admitted',
  'suggested',
  'tweeted',
  // verbs of saying that also carry how it was said ("“…,” he vowed"; "He would, he conceded, “…”")
  // ("complained" is not one: "complained of guards who called them “dogs”" reports no words of the subject's)
  ...'vowed vows conceded concedes countered counters lamented laments'.split(' '),
  ...'joked jokes quipped quips boasted boasts'.split(' '),
  // the present forms of common verbs of saying listed above only in the past ("Critics argue that …", "Doe insists
  // …"), and three more verbs of stating a case: contend, allege, testify
  // ("tell" is none: "Someone should tell that to …", "instincts tell him that …")
  ...'argue argues insist insists assert asserts warn denies admits acknowledges'.split(' '),
  ...'contend contends contended allege alleges testified testifies'.split(' '),
];
/** Participles that continue an earlier speaker ("…, adding, “…”"). */
export const REPORTING_PARTICIPLES = [
  'saying',
  'adding',
  'noting',
  'stating',
  'stressing',
  'emphasizing',
  'emphasising',
  'explaining',
  'warning',
  'pointing out',
  'asserting',
  'insisting',
  'arguing',
  'affirming',
  'reiterating',
  'declaring',
  'confirming',
  'indicating',
  'clarifying',
  'revealing',
  'telling',
  'writing',
  'tweeting',
  ...'contending alleging acknowledging conceding'.split(' '),
];
/**
 * Verbs of judging, attacking and writing: no statement verb alone ("Doe blasted the plan" reports an act, "Doe wrote
 * a bill" a deed), but their subject speaks when a statement follows: ", saying …", "… as reckless", or a quote after
 * "as", a colon or a comma ("Doe slammed the plan as “a farce”"). A general list written for the project: judging
 * (blasted … thanked), describing (described … branded), writing and posting (posted … messaged).
 */
export const STATEMENT_ACTS = [
  ...'blasted slammed criticized criticised attacked lambasted denounced condemned decried derided mocked ridiculed'.split(
    ' ',
  ),
  ...'ripped chided scolded rebuked assailed excoriated berated castigated bashed lashed praised hailed lauded'.split(
    ' ',
  ),
  ...'applauded welcomed defended dismissed rejected disputed challenged accused blamed thanked'.split(' '),
  ...'described characterized characterised branded'.split(' '),
  ...'posted blogged texted emailed messaged retweeted wrote'.split(' '),
];

const alt = (xs: string[]) =>
  xs
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/ /g, '\\s+'))
    .join('|');
export const VERB_ALT = alt(REPORTING_VERBS);
export const PART_ALT = alt(REPORTING_PARTICIPLES);
export const ACT_ALT = alt(STATEMENT_ACTS);
export const ACT_WORDS: ReadonlySet<string> = new Set(STATEMENT_ACTS);
/** Reporting verbs as written alone: a phrase that is one is the verb, caught when the subject was not. */
export const VERB_WORDS: ReadonlySet<string> = new Set(REPORTING_VERBS);

/** Reporting and act verbs: finite verbs of a clause. */
export const CUE_WORDS: ReadonlySet<string> = new Set([...REPORTING_VERBS, ...STATEMENT_ACTS, 'called', 'calls']);
