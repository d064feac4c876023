// The parts of an embedded social-media post's signature ("— Donald J. Trump (@realDonaldTrump) October 22, 2018",
// "A post shared by X (@x) on …"), as regex sources: the overlap layer (a shared passage on a post's lines is the
// poster's text) and the voice layer (a post printed without quote marks is not the outlet's voice) build their
// patterns from these, so both read the same signature. Spaced "( @ handle )" is the pre-tokenised form.

/** The dash that opens a signature. */
export const POST_DASH = '[\\u2014\\u2013-]';
/** The poster's name between the dash and the handle: up to 60 characters, no bracket, dash or line break. */
export const POST_NAME = '[^\\n()\\u2014\\u2013]{1,60}';
/** The handle in brackets: "(@handle)" or "( @ handle )". */
export const POST_HANDLE = '\\(\\s*@\\s*\\w{1,30}\\s*\\)';
/** The post's date after the handle: "October 22, 2018", "Jan. 28 , 2017". */
export const POST_DATE = '\\p{L}+\\.?\\s+\\d{1,2}\\s*,\\s*\\d{4}';
/** The lead of Instagram's embed line. */
export const POST_SHARED_BY = 'A post shared by ';
