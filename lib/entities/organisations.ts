// Well-known organisations and their acronyms, so "UN", "U.N." and "United Nations" count as one entity even in a
// corpus that never spells the acronym out (news copy rarely defines "U.N." or "FBI"). Written from general
// knowledge: international bodies, and the national agencies and parties most often named in English-language news.
// An acronym that is also a common word or another body's acronym (WHO, AID, PA, AU, SEC, Fed) is left out, so an
// all-capitals headline or a sports table cannot turn it into the organisation.

/** One organisation: its canonical name, its other names, and its acronyms (written without dots). */
export interface KnownOrganisation {
  name: string;
  acronyms: readonly string[];
  aliases?: readonly string[];
  /** 'group' for armed groups and movements (as the gazetteer's groups); default 'org' */
  type?: 'org' | 'group';
}

/** The list; dotted forms ("U.N.", "F.B.I.") are derived from the acronyms. */
export const ORGANISATIONS: readonly KnownOrganisation[] = [
  // international bodies
  { name: 'United Nations', acronyms: ['UN'] },
  { name: 'United Nations Security Council', acronyms: ['UNSC'], aliases: ['UN Security Council'] },
  { name: 'United Nations General Assembly', acronyms: ['UNGA'], aliases: ['UN General Assembly'] },
  { name: 'United Nations High Commissioner for Refugees', acronyms: ['UNHCR'], aliases: ['UN refugee agency'] },
  { name: 'UNICEF', acronyms: [], aliases: ["United Nations Children's Fund"] },
  { name: 'UNESCO', acronyms: [] },
  { name: 'UNRWA', acronyms: [] },
  { name: 'European Union', acronyms: ['EU'] },
  { name: 'International Monetary Fund', acronyms: ['IMF'] },
  { name: 'World Trade Organization', acronyms: ['WTO'] },
  { name: 'World Health Organization', acronyms: [] },
  { name: 'World Food Programme', acronyms: ['WFP'], aliases: ['World Food Program'] },
  { name: 'International Atomic Energy Agency', acronyms: ['IAEA'] },
  { name: 'Organisation for the Prohibition of Chemical Weapons', acronyms: ['OPCW'] },
  { name: 'International Criminal Court', acronyms: ['ICC'] },
  { name: 'International Committee of the Red Cross', acronyms: ['ICRC'] },
  // humanitarian and rights organisations named in every beat's news, usually without an acronym
  { name: 'Red Cross', acronyms: [], aliases: ['International Red Cross'] },
  { name: 'Red Crescent', acronyms: [] },
  { name: 'Amnesty International', acronyms: [] },
  { name: 'Human Rights Watch', acronyms: ['HRW'] },
  { name: 'Doctors Without Borders', acronyms: ['MSF'], aliases: ['Medecins Sans Frontieres'] },
  { name: 'Greenpeace', acronyms: [] },
  { name: 'Oxfam', acronyms: [] },
  { name: 'Organization of the Petroleum Exporting Countries', acronyms: ['OPEC'] },
  { name: 'Organisation for Economic Co-operation and Development', acronyms: ['OECD'] },
  { name: 'Organization for Security and Co-operation in Europe', acronyms: ['OSCE'] },
  { name: 'Gulf Cooperation Council', acronyms: ['GCC'] },
  { name: 'Palestine Liberation Organization', type: 'group', acronyms: ['PLO'] },
  { name: 'Kurdistan Regional Government', acronyms: ['KRG'] },
  { name: 'Syrian Democratic Forces', type: 'group', acronyms: ['SDF'] },
  { name: 'Free Syrian Army', type: 'group', acronyms: ['FSA'] },
  { name: 'Islamic Revolutionary Guard Corps', acronyms: ['IRGC'], aliases: ['Revolutionary Guard'] },
  // United States
  { name: 'Federal Bureau of Investigation', acronyms: ['FBI'] },
  { name: 'Central Intelligence Agency', acronyms: ['CIA'] },
  { name: 'National Security Agency', acronyms: ['NSA'] },
  { name: 'Department of Homeland Security', acronyms: ['DHS'], aliases: ['Homeland Security Department'] },
  { name: 'Immigration and Customs Enforcement', acronyms: ['ICE'] },
  { name: 'Customs and Border Protection', acronyms: ['CBP'] },
  { name: 'Citizenship and Immigration Services', acronyms: ['USCIS'] },
  { name: 'Department of Justice', acronyms: ['DOJ'], aliases: ['Justice Department'] },
  { name: 'Department of Defense', acronyms: ['DOD'], aliases: ['Defense Department', 'Pentagon'] },
  { name: 'Department of Health and Human Services', acronyms: ['HHS'] },
  { name: 'Drug Enforcement Administration', acronyms: ['DEA'] },
  { name: 'Federal Emergency Management Agency', acronyms: ['FEMA'] },
  { name: 'Transportation Security Administration', acronyms: ['TSA'] },
  { name: 'Centers for Disease Control and Prevention', acronyms: ['CDC'] },
  { name: 'Food and Drug Administration', acronyms: ['FDA'] },
  { name: 'Environmental Protection Agency', acronyms: ['EPA'] },
  { name: 'Internal Revenue Service', acronyms: ['IRS'] },
  { name: 'National Aeronautics and Space Administration', acronyms: ['NASA'] },
  { name: 'Congressional Budget Office', acronyms: ['CBO'] },
  { name: 'Government Accountability Office', acronyms: ['GAO'] },
  { name: 'Bureau of Alcohol, Tobacco, Firearms and Explosives', acronyms: ['ATF'] },
  { name: 'American Civil Liberties Union', acronyms: ['ACLU'] },
  { name: 'National Rifle Association', acronyms: ['NRA'] },
  { name: 'Democratic National Committee', acronyms: ['DNC'] },
  { name: 'Republican National Committee', acronyms: ['RNC'] },
  // United Kingdom
  { name: 'National Health Service', acronyms: ['NHS'] },
  // companies and platforms the news names as sources and actors ("wrote on Twitter", "YouTube removed"), typed by
  // no cue of the sentence; a name that is also a common word, a place or a person's name (Amazon, Apple, Ford,
  // Tesla, Meta, Target) is left out
  { name: 'Twitter', acronyms: [] },
  { name: 'Facebook', acronyms: [] },
  { name: 'YouTube', acronyms: [] },
  { name: 'Instagram', acronyms: [] },
  { name: 'WhatsApp', acronyms: [] },
  { name: 'Snapchat', acronyms: [] },
  { name: 'TikTok', acronyms: [] },
  { name: 'Reddit', acronyms: [] },
  { name: 'LinkedIn', acronyms: [] },
  { name: 'Google', acronyms: [] },
  { name: 'Microsoft', acronyms: [] },
  { name: 'Netflix', acronyms: [] },
  { name: 'Uber', acronyms: [] },
  { name: 'Airbnb', acronyms: [] },
  { name: 'Walmart', acronyms: [], aliases: ['Wal-Mart'] },
  { name: 'Boeing', acronyms: [] },
  { name: 'ExxonMobil', acronyms: [], aliases: ['Exxon Mobil'] },
];

/** "UN" -> "U.N.": the dotted spelling of an undotted acronym. */
export function dotted(acronym: string): string {
  return acronym.split('').join('.') + '.';
}

/** Every surface form of the list (name, aliases, acronyms with and without dots) -> canonical name and type. */
export function organisationForms(): Map<string, { canonical: string; type: 'org' | 'group' }> {
  const out = new Map<string, { canonical: string; type: 'org' | 'group' }>();
  for (const o of ORGANISATIONS) {
    const entry = { canonical: o.name, type: o.type ?? 'org' };
    out.set(o.name, entry);
    for (const a of o.aliases ?? []) out.set(a, entry);
    for (const a of o.acronyms) {
      out.set(a, entry);
      out.set(dotted(a), entry);
    }
  }
  return out;
}
