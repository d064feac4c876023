// Month and weekday names (English, lowercase): one list for the date parser, the stopwords, the entity rules and the
// report's dates. "may" is both a month and a modal verb: code that reads names decides by the date context
// (lib/entities/mentions.ts isMonthMay); for term counts it is a stopword either way.

/** Month names, January first. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month abbreviations with their full stop ("jan.", "sept."); May has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
];

/** Month abbreviations without a full stop that are not also ordinary words ("mar", "jun" are left out). */
export const MONTH_ABBREVIATIONS_UNDOTTED: readonly string[] = ['jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec'];

/** Weekday names, Monday first. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Weekday abbreviations with their full stop. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  'mon.',
  'tue.',
  'tues.',
  'wed.',
  'thu.',
  'thur.',
  'thurs.',
  'fri.',
  'sat.',
  'sun.',
];

/** Month number (1-12) by lowercase name or abbreviation without full stop: "january", "jan", "sep", "sept". */
export const MONTH_NUMBER: Readonly<Record<string, number>> = Object.fromEntries(
  MONTHS.flatMap((m, i): [string, number][] => [
    [m, i + 1],
    [m.slice(0, 3), i + 1],
  ]).concat([['sept', 9] as [string, number]]),
);

/** A month's name as written in a date ("December"), from its number (1-12). */
export function monthName(month: number): string {
  const m = MONTHS[month - 1];
  return m[0].toUpperCase() + m.slice(1);
}
