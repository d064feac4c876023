// Holidays and feasts named by one word or a fixed phrase with no head word ("Christmas", "Thanksgiving", "Ramadan",
// "Yom Kippur"): the named days and seasons of the calendar, which types.ts puts with events (no actor and no place).
// Holidays ending in "Day" are typed by their head word already. Written from general knowledge of English; left out:
// names that are also given names or places on their own ("Easter" of "Easter Island" is kept: the island is a
// gazetteer name of its own, matched whole first).

/** Holiday names as written in English news. */
const HOLIDAYS = [
  'Christmas',
  'Christmas Eve',
  'Easter',
  'Lent',
  'Pentecost',
  'Thanksgiving',
  'Halloween',
  'Juneteenth',
  'Kwanzaa',
  'Mardi Gras',
  'Cinco de Mayo',
  'Hogmanay',
  'Passover',
  'Hanukkah',
  'Chanukah',
  'Purim',
  'Sukkot',
  'Yom Kippur',
  'Rosh Hashanah',
  'Ramadan',
  'Eid',
  'Eid al-Fitr',
  'Eid al-Adha',
  'Diwali',
  'Nowruz',
];

/** Every holiday name, as written. */
export function holidayNames(): readonly string[] {
  return HOLIDAYS;
}
