// The words that end or head a newsroom's name ("… News", "… Times", "… Agency", "… TV"): one list for the citation
// reader's outlet-like names (citations.ts) and its test of a spelled-out name as a newsroom's (body-names.ts).

/** A regex source matching one word of a newsroom's name, as written (capitalised). */
export const OUTLET_WORD =
  '(?:News|Agency|Times|Post|Media|TV|Television|Radio|Press|Network|Journal|Herald|Tribune|Gazette|Channel|Broadcasting|Daily|Telegraph|Guardian|Monitor|Observer|Wire|Magazine)';
