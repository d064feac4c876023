// The lowercase words that name a kind of newsroom ("the newspaper", "Spanish-language network", "news agency"), one
// list for every reader of a name beside them: a name after a described medium word (medium-names.ts), a bare
// description before a name the reader knows (described-names.ts) and a name before its medium ("the Hurriyet
// newspaper", described-names.ts). Two copies of the list had drifted apart: "daily", "magazine" or "TV" passed a cue
// over to a new name but not to a known one ("according to the daily Haaretz").

/** Medium words after which a name is a newsroom's, whatever describes them (or nothing: "the newspaper Le Monde"). A
 * regex source, no groups. */
export const STRONG_MEDIUM =
  'news\\s+agency|news\\s+service|newspaper|daily|weekly|tabloid|magazine|broadcaster|' +
  '(?:TV|television|radio|news|cable|satellite)\\s+(?:station|channel|network)|news\\s+(?:website|site|outlet)|' +
  'media\\s+outlet|newsroom|news\\s+organi[sz]ation|TV|television|radio';

/** Medium words that also head other bodies ("the advocacy network", "a police station", "its website"): a newsroom's
 * only behind a describing word ("the Spanish-language network", "the Saudi-owned channel", "the local station") or
 * before a name the reader knows already. A regex source, no groups. */
export const WEAK_MEDIUM = 'network|channel|station|outlet';

/** A quick test before a scan: every STRONG_MEDIUM or WEAK_MEDIUM match holds one of these words. */
export const ANY_MEDIUM =
  /news|daily|weekly|tabloid|magazine|broadcaster|station|channel|network|outlet|TV|television|radio/;

/**
 * Medium words that close a name written before them ("the Tasnim news agency", "the Hurriyet newspaper", "the
 * private CBC TV station"). Fewer than after a name: "daily", "network" or "magazine" after capitalised words close a
 * body's or an event's name as often ("the White House daily briefing", "the Haqqani network"). A regex source, no
 * groups.
 */
export const MEDIUM_AFTER_NAME =
  'news\\s+(?:agency|service)|newspaper|broadcaster|(?:TV|television|radio)(?:\\s+station)?';

/** A quick test before a MEDIUM_AFTER_NAME scan. */
export const ANY_MEDIUM_AFTER_NAME = /ne(?:ws|wspaper)|broadcaster|TV|television|radio/;

/** A medium word, strong or weak, ending right before `$` (a bare description before a known name). */
export const MEDIUM_BEFORE_NAME = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${STRONG_MEDIUM}|${WEAK_MEDIUM})\\s+$`, 'u');
