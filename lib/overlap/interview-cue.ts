// A citation whose cue names the outlet as an interview's venue: "told NBC 's Chuck Todd", "in an interview with CNN",
// "said on Fox News Sunday", "spoke to the BBC". What follows is what someone said to the outlet: the words come from
// that interview, and a broadcast interview leaves no article of the outlet's to add to a corpus.

/** The cues of speaking to or on an outlet, as a citation's text opens (citations.ts writes the cue first). */
const INTERVIEW_CUE =
  /^(?:told|tells|telling|tell|speaking\s+(?:to|with)|spoke\s+(?:to|with)|talking\s+to|talked\s+to|said\s+to|(?:in\s+)?(?:an?\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+)?interview\s+with|interviewed\s+by|(?:said|says|saying|spoke|speaking)(?:\s+[A-Za-z]+)?\s+on|(?:appeared|appearing|an\s+appearance)\s+on)\s/i;

/** Whether a citation's cue names its outlet as the venue of an interview ("told NBC", "in an interview with CNN"). */
export function isInterviewCitation(c: { text: string }): boolean {
  return INTERVIEW_CUE.test(c.text);
}
