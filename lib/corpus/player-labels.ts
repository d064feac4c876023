// Pure: the label of a video player's close button, scraped at the start of the player's caption line.
//
// A news page's embedded video has a "CLOSE" button above its caption; scraped, the label opens the caption's line:
// "CLOSE The mayor of Harbourton opened the bridge on Monday …". Left in, it joins the next name
// ("CLOSE Ivo Dorr" as a person). Only the label is cut: the caption is the page's text.

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
