// Pure: a media player's furniture scraped into the text: the label of its close button at the start of the caption's
// line, and the whole box of a player whose line holds only its controls and the title of a video or a recording.
//
// A news page's embedded video has a "CLOSE" button above its caption; scraped, the label opens the caption's line:
// "CLOSE The mayor of Harbourton opened the bridge on Monday …". Left in, it joins the next name
// ("CLOSE Ivo Dorr" as a person). Only the label is cut: the caption is the page's text.
//
// A player box is a line of its own made of the player's labels, a title and a duration: "JUST WATCHED <title> Replay
// More Videos ... MUST WATCH <title> 06:22", "Play Video 2:11 <title> – video", "<title> Listen · 2:09 2:09". The title
// is another video's or the recording's, listed by the page, not a sentence of the article; left in, the labels read
// as names ("JUST WATCHED Steve King", "Syria Replay") and the title counts as the outlet's words.

/** "CLOSE" opening a line (after its indentation), before a capital, a digit or a quote mark. */
const CLOSE_LABEL = /^\s*(CLOSE\s+)(?=[\p{Lu}\d“"‘'])/u;

/** The [start, end) span of a player's close label opening `line` (the label and the spaces after it), or null. */
export function playerLabel(line: string): [number, number] | null {
  if (!line.includes('CLOSE')) return null;
  const m = CLOSE_LABEL.exec(line);
  if (!m) return null;
  const start = m[0].length - m[1].length;
  return [start, m[0].length];
}

/** A duration as players print it: "2:09", "06:22", "1:02:09". */
const DURATION = String.raw`\d{1,2}(?::\d{2}){1,2}`;

/** The shapes of a player's box, each a whole (trimmed) line: the labels and a duration around a title. */
const PLAYER_BOXES: readonly RegExp[] = [
  new RegExp(String.raw`^JUST WATCHED \S.* Replay More Videos \.\.\. MUST WATCH \S.* ${DURATION}$`),
  new RegExp(String.raw`^Play Video ${DURATION} \S.* [–—-] video$`),
  new RegExp(String.raw`^\S.* Listen · (${DURATION}) \1$`),
];

/** Whether `line` (its text, trimmed or not) is a whole player box: labels, a title and a duration, nothing else. */
export function isPlayerBox(line: string): boolean {
  if (!line.includes('WATCH') && !line.includes('Play Video') && !line.includes('Listen ·')) return false;
  const t = line.trim();
  return PLAYER_BOXES.some((re) => re.test(t));
}
