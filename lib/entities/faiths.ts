// Faiths and deities: the names of religions and of the God or gods they worship ("Judaism", "Hinduism", "God",
// "Allah"). They name no person, organisation or place: "in Judaism" and "to God" are not "in Paris" and "to Ann".
// Typed 'demonym' like the faith words of peoples.ts ("Jew", "Catholic"): kept apart, counted only when asked.
// Written from general knowledge of English; names that are also common given names or surnames ("Christian",
// "Jesus" as a name in Spanish copy, "Krishna") are left out, and so is "Islam": the gazetteer's demonyms already name
// it the canonical form of "Islamic", and an entry of its own would fold the faith into the adjective's row. An
// epithet ("Almighty") is left out too: it would split "Allah Almighty". Political ideologies ("Zionism") are no
// faiths: ideologies.ts.

/** Religions and schools of religion, as written in English news. */
const FAITHS = [
  'Judaism',
  'Christianity',
  'Hinduism',
  'Buddhism',
  'Sikhism',
  'Jainism',
  'Zoroastrianism',
  'Shintoism',
  'Taoism',
  'Confucianism',
  'Catholicism',
  'Protestantism',
  'Anglicanism',
  'Methodism',
  'Lutheranism',
  'Mormonism',
  'Evangelicalism',
  'Wahhabism',
  'Salafism',
  'Sufism',
  'Hasidism',
  'Scientology',
];

/** Names of God or gods in monotheistic and well-known faiths. */
const DEITIES = ['God', 'Allah', 'Yahweh', 'Jehovah'];

/** Every faith or deity name, as written. */
export function faithNames(): string[] {
  return [...FAITHS, ...DEITIES];
}
