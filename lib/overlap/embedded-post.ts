// Rule 1 of the passage kinds, by a post's signature: a passage on the lines of an embedded social-media post is the
// post's author's words, carried by both articles.
import { QUOTED_SOURCE } from './quoted-share.js';
import { squash } from './attribution.js';
import { POST_DASH, POST_DATE, POST_HANDLE, POST_NAME, POST_SHARED_BY } from '../text/post-signature.js';

// the signature line of an embedded social-media post, at the end of the post's line: "— Donald J. Trump
// (@realDonaldTrump) October 22, 2018" (spaced "( @ handle )" in pre-tokenised text), "A post shared by X (@x) on …"
const POST_SIGNATURE = new RegExp(
  `(?:${POST_DASH}\\s*${POST_NAME}${POST_HANDLE}\\s*(?:${POST_DATE})?|${POST_SHARED_BY}[^\\n]{1,80})\\s*$`,
  'u',
);

/** The share of the span [s, e) on lines of embedded social-media posts, and the first such line's signature. */
function postShare(text: string, s: number, e: number): { share: number; signature: string } {
  let onPosts = 0;
  let signature = '';
  for (let at = text.lastIndexOf('\n', s - 1) + 1; at < e;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const m = POST_SIGNATURE.exec(text.slice(Math.max(at, end - 160), end));
    if (m) {
      onPosts += Math.min(end, e) - Math.max(at, s);
      signature ||= squash(m[0]).replace(/^[\u2014\u2013-]\s*/u, '');
    }
    at = end + 1;
  }
  return { share: onPosts / Math.max(1, e - s), signature };
}

/**
 * The passage is a third party's own words on one side: QUOTED_SOURCE of it lies on lines of embedded social-media
 * posts, each ending with the post's signature, or inside quote marks and on such lines together (a post both quoted
 * and embedded, one after the other). Carried by both (rule 1), never narration one outlet took from the other.
 * `quoted` is the passage's quoted share on that side (0 when unknown).
 */
export function embeddedPost(text: string, [s, e]: readonly [number, number], quoted = 0): string | null {
  const { share, signature } = postShare(text, s, e);
  if (!signature || share + quoted < QUOTED_SOURCE) return null;
  return `${quoted > 0.05 ? 'quoted and ' : ''}an embedded social-media post, signed "${signature}"`;
}
