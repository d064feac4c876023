// Political ideologies and movements of ideas, and the words for their followers: "Zionism" and "Zionists",
// "Marxism" and "Marxist", "Nazism" and "Nazi", "Trumpism". An ideology is no faith, no person, no organisation and
// no place ("the founder of modern Zionism", "a Zionist from Haifa"). The project's type set has no type of its own
// for ideas, so, like faiths (faiths.ts) and peoples (peoples.ts), they are typed 'demonym': the bucket of named
// things that are no actor and no place (CoNLL's MISC), kept apart and counted only when asked.
// Written from general knowledge of English. Left out: words that mostly open a party's name or name its members
// ("Communist", "Socialist", "Conservative", "Labour"), and "-ist" words that also name a publication or a poll
// ("Federalist", "Marist").

/** Each ideology and the singular word for its followers (also its adjective), or '' when English has none in use. */
const IDEOLOGIES: readonly (readonly [string, string])[] = [
  ['Zionism', 'Zionist'],
  ['Anti-Zionism', 'Anti-Zionist'],
  ['Islamism', ''],
  ['Jihadism', 'Jihadist'],
  ['Salafism', 'Salafist'],
  ['Wahhabism', 'Wahhabist'],
  ['Baathism', 'Baathist'],
  ['Marxism', 'Marxist'],
  ['Leninism', 'Leninist'],
  ['Marxism-Leninism', 'Marxist-Leninist'],
  ['Maoism', 'Maoist'],
  ['Stalinism', 'Stalinist'],
  ['Trotskyism', 'Trotskyist'],
  ['Bolshevism', 'Bolshevik'],
  ['Fascism', 'Fascist'],
  ['Nazism', 'Nazi'],
  ['Neo-Nazism', 'Neo-Nazi'],
  ['Peronism', 'Peronist'],
  ['Kemalism', 'Kemalist'],
  ['Nasserism', 'Nasserist'],
  ['Gaullism', 'Gaullist'],
  ['Thatcherism', 'Thatcherite'],
  ['Reaganism', ''],
  ['Trumpism', ''],
  ['McCarthyism', ''],
  ['Chavismo', 'Chavista'],
  ['Islamofascism', 'Islamofascist'],
  ['Antisemitism', ''],
  ['Anti-Semitism', ''],
  ['Islamophobia', ''],
];

/** Every ideology word as written -> its canonical form: the ideology, its follower word and that word's plural. */
export function ideologyWords(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [idea, follower] of IDEOLOGIES) {
    m.set(idea, idea);
    if (!follower) continue;
    m.set(follower, follower);
    m.set(follower + 's', follower);
  }
  return m;
}

let words: ReadonlyMap<string, string> | null = null;

/** An ideology word of this list ("Nazi", "Marxists", "Zionism"), as written. */
export function isIdeologyWord(w: string): boolean {
  words ??= ideologyWords();
  return words.has(w);
}
