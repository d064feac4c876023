// A small gazetteer for international news: places, demonyms, well-known groups, titles and name cues.
// Deliberately small and general (not tuned to one corpus); users extend it through data/aliases.json ("entities").
import type { EntityType } from './types.js';
import { worldGazetteer } from './world.js';

/** Countries and territories: surface form -> canonical name. */
const COUNTRIES: Record<string, string> = {
  Afghanistan: 'Afghanistan', Albania: 'Albania', Algeria: 'Algeria', Argentina: 'Argentina', Armenia: 'Armenia',
  Australia: 'Australia', Austria: 'Austria', Azerbaijan: 'Azerbaijan', Bahrain: 'Bahrain', Bangladesh: 'Bangladesh',
  Belarus: 'Belarus', Belgium: 'Belgium', Bolivia: 'Bolivia', Bosnia: 'Bosnia', Brazil: 'Brazil', Bulgaria: 'Bulgaria',
  Cambodia: 'Cambodia', Cameroon: 'Cameroon', Canada: 'Canada', Chad: 'Chad', Chile: 'Chile', China: 'China',
  Colombia: 'Colombia', Croatia: 'Croatia', Cuba: 'Cuba', Cyprus: 'Cyprus', Denmark: 'Denmark', Djibouti: 'Djibouti',
  Ecuador: 'Ecuador', Egypt: 'Egypt', Eritrea: 'Eritrea', Estonia: 'Estonia', Ethiopia: 'Ethiopia', Finland: 'Finland',
  France: 'France', Georgia: 'Georgia', Germany: 'Germany', Ghana: 'Ghana', Greece: 'Greece', Hungary: 'Hungary',
  India: 'India', Indonesia: 'Indonesia', Iran: 'Iran', Iraq: 'Iraq', Ireland: 'Ireland', Israel: 'Israel',
  Italy: 'Italy', Japan: 'Japan', Jordan: 'Jordan', Kazakhstan: 'Kazakhstan', Kenya: 'Kenya', Kosovo: 'Kosovo',
  Kuwait: 'Kuwait', Kurdistan: 'Kurdistan', Latvia: 'Latvia', Lebanon: 'Lebanon', Libya: 'Libya', Lithuania: 'Lithuania',
  Malaysia: 'Malaysia', Mali: 'Mali', Mauritania: 'Mauritania', Mexico: 'Mexico', Moldova: 'Moldova', Morocco: 'Morocco',
  Myanmar: 'Myanmar', Nepal: 'Nepal', Netherlands: 'Netherlands', Niger: 'Niger', Nigeria: 'Nigeria', Norway: 'Norway',
  Oman: 'Oman', Pakistan: 'Pakistan', Palestine: 'Palestine', Peru: 'Peru', Philippines: 'Philippines', Poland: 'Poland',
  Portugal: 'Portugal', Qatar: 'Qatar', Romania: 'Romania', Russia: 'Russia', Rwanda: 'Rwanda', Serbia: 'Serbia',
  Somalia: 'Somalia', Spain: 'Spain', Sudan: 'Sudan', Sweden: 'Sweden', Switzerland: 'Switzerland', Syria: 'Syria',
  Taiwan: 'Taiwan', Tajikistan: 'Tajikistan', Tunisia: 'Tunisia', Turkey: 'Türkiye', Turkiye: 'Türkiye', 'Türkiye': 'Türkiye',
  Turkmenistan: 'Turkmenistan', Uganda: 'Uganda', Ukraine: 'Ukraine', Uzbekistan: 'Uzbekistan', Venezuela: 'Venezuela',
  Vietnam: 'Vietnam', Yemen: 'Yemen', Zimbabwe: 'Zimbabwe', Gaza: 'Gaza', 'West Bank': 'West Bank',
  'United States': 'United States', 'United States of America': 'United States', US: 'United States', 'U.S.': 'United States',
  USA: 'United States', 'U.S.A.': 'United States', America: 'United States',
  'United Kingdom': 'United Kingdom', UK: 'United Kingdom', 'U.K.': 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom',
  'Saudi Arabia': 'Saudi Arabia', 'United Arab Emirates': 'United Arab Emirates', UAE: 'United Arab Emirates',
  'South Korea': 'South Korea', 'North Korea': 'North Korea', 'South Africa': 'South Africa', 'New Zealand': 'New Zealand',
  'South Sudan': 'South Sudan', 'Czech Republic': 'Czech Republic', Czechia: 'Czech Republic',
};

/** Capitals, major cities and regions often in the news. */
const CITIES_REGIONS: string[] = [
  'Baghdad', 'Basra', 'Mosul', 'Erbil', 'Kirkuk', 'Sulaymaniyah', 'Najaf', 'Karbala', 'Fallujah', 'Ramadi', 'Tikrit', 'Duhok', 'Anbar', 'Nineveh', 'Diyala', 'Sinjar',
  'Damascus', 'Aleppo', 'Homs', 'Hama', 'Idlib', 'Latakia', 'Tartus', 'Raqqa', 'Deir ez-Zor', 'Daraa', 'Qamishli', 'Hasakah', 'Kobani', 'Manbij', 'Palmyra',
  'Beirut', 'Amman', 'Tehran', 'Ankara', 'Istanbul', 'Riyadh', 'Jeddah', 'Doha', 'Abu Dhabi', 'Dubai', 'Muscat', 'Manama', 'Kuwait City',
  'Cairo', 'Alexandria', 'Tripoli', 'Tunis', 'Algiers', 'Rabat', 'Khartoum', 'Sanaa', 'Aden', 'Jerusalem', 'Tel Aviv', 'Ramallah', 'Gaza City',
  'Moscow', 'Kyiv', 'Kiev', 'Washington', 'New York', 'London', 'Paris', 'Berlin', 'Brussels', 'Geneva', 'Vienna', 'Rome', 'Madrid', 'Beijing',
  'Tokyo', 'New Delhi', 'Delhi', 'Islamabad', 'Kabul', 'Baku', 'Yerevan', 'Tbilisi',
  'Middle East', 'Gulf', 'Persian Gulf', 'Levant', 'Europe', 'Africa', 'Asia', 'Mediterranean', 'Euphrates', 'Tigris', 'Golan Heights', 'Red Sea',
  // parts of countries and world regions that the country and city packages do not list
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'West Indies', 'Caribbean', 'Latin America', 'South America', 'North America',
  'Central America', 'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'Eastern Europe', 'Western Europe', 'Balkans',
  'Scandinavia', 'Oceania', 'Antarctica', 'Arctic', 'Pacific', 'Atlantic', 'Horn of Africa', 'Sahara', 'Siberia', 'Kashmir',
];

/** Demonyms and group adjectives -> the country or group term they roll up to (roll-up is optional, off by default). */
const DEMONYMS: Record<string, string> = {
  Iraqi: 'Iraq', Iraqis: 'Iraq', Syrian: 'Syria', Syrians: 'Syria', Lebanese: 'Lebanon', Jordanian: 'Jordan', Jordanians: 'Jordan',
  Iranian: 'Iran', Iranians: 'Iran', Turkish: 'Türkiye', Turk: 'Türkiye', Turks: 'Türkiye', Saudi: 'Saudi Arabia', Saudis: 'Saudi Arabia',
  Egyptian: 'Egypt', Egyptians: 'Egypt', Israeli: 'Israel', Israelis: 'Israel', Palestinian: 'Palestine', Palestinians: 'Palestine',
  Kuwaiti: 'Kuwait', Qatari: 'Qatar', Emirati: 'United Arab Emirates', Yemeni: 'Yemen', Libyan: 'Libya', Sudanese: 'Sudan',
  American: 'United States', Americans: 'United States', British: 'United Kingdom', French: 'France', German: 'Germany',
  Russian: 'Russia', Russians: 'Russia', Chinese: 'China', Ukrainian: 'Ukraine', Afghan: 'Afghanistan', Pakistani: 'Pakistan',
  Indian: 'India', European: 'Europe', Arab: 'Arab', Arabs: 'Arab', Arabic: 'Arab', Persian: 'Iran',
  Kurdish: 'Kurds', Kurd: 'Kurds', Kurds: 'Kurds', Shia: 'Shia', "Shi'a": 'Shia', Shiite: 'Shia', Shiites: 'Shia', "Shi'ite": 'Shia',
  Shii: 'Shia', Sunni: 'Sunni', Sunnis: 'Sunni', Alawite: 'Alawite', Alawites: 'Alawite', Druze: 'Druze', Yazidi: 'Yazidi',
  Yazidis: 'Yazidi', Christian: 'Christian', Christians: 'Christian', Muslim: 'Muslim', Muslims: 'Muslim', Turkmen: 'Turkmen',
  Assyrian: 'Assyrian', Jewish: 'Jewish', Western: 'West', Islamic: 'Islam',
};

/** Well-known armed groups, parties and coalitions (type 'group'), with canonical names. */
const GROUPS: Record<string, string> = {
  ISIS: 'ISIS', ISIL: 'ISIS', Daesh: 'ISIS', 'Islamic State': 'ISIS', IS: 'ISIS',
  'Al-Qaeda': 'Al-Qaeda', 'al-Qaeda': 'Al-Qaeda', 'Al-Qaida': 'Al-Qaeda', 'al-Qaida': 'Al-Qaeda', 'Al Qaeda': 'Al-Qaeda',
  Hezbollah: 'Hezbollah', Hizbollah: 'Hezbollah', Hizballah: 'Hezbollah', Hamas: 'Hamas', Taliban: 'Taliban', Houthis: 'Houthis',
  Houthi: 'Houthis', PKK: 'PKK', YPG: 'YPG', 'Hayat Tahrir al-Sham': 'Hayat Tahrir al-Sham', 'Hay’at Tahrir al-Sham': 'Hayat Tahrir al-Sham',
  'Kataib Hezbollah': 'Kataib Hezbollah', 'Muslim Brotherhood': 'Muslim Brotherhood', NATO: 'NATO',
};

/** News agencies and wire services (type 'org'): they are named in datelines and credits on every beat. */
const NEWS_AGENCIES: string[] = [
  'Reuters', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Bloomberg', 'Xinhua', 'Interfax', 'Tass',
  'Itar-Tass', 'Kyodo', 'Yonhap', 'Anadolu', 'Anadolu Agency', 'Dow Jones', 'UPI', 'United Press International',
];

/** Parties known by another name (type 'group'): alias -> party. Plural and adjective forms merge by rule (merge/party-forms.ts). */
const PARTY_ALIASES: Record<string, string> = {
  GOP: 'Republican Party', 'Grand Old Party': 'Republican Party', 'Republican Party': 'Republican Party',
  'Democratic Party': 'Democratic Party', 'Labour Party': 'Labour Party', 'Conservative Party': 'Conservative Party', Tories: 'Conservative Party',
};

/** Titles and roles (lowercase, one to three words) that precede a person's name; stripped from mention spans. */
export const TITLES: ReadonlySet<string> = new Set([
  'prime minister', 'deputy prime minister', 'foreign minister', 'defense minister', 'defence minister', 'interior minister', 'finance minister',
  'minister', 'president', 'vice president', 'king', 'queen', 'prince', 'crown prince', 'emir', 'sheikh', 'shaikh', 'sultan', 'ayatollah',
  'general', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'colonel', 'major', 'captain', 'lieutenant', 'commander', 'chief', 'head', 'leader',
  'intelligence chief', 'spy chief', 'army chief', 'security chief', 'police chief', 'chief of staff', 'speaker', 'ambassador', 'envoy',
  'spokesperson', 'spokesman', 'spokeswoman', 'lawmaker', 'mp', 'senator', 'sen.', 'rep.', 'governor', 'gov.', 'mayor', 'judge', 'cleric',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'secretary', 'secretary-general', 'secretary general', 'chairman', 'director', 'official',
  'analyst', 'correspondent', 'reporter', 'editor', 'adviser', 'advisor', 'deputy', 'member', 'mp.', 'imam', 'pope', 'patriarch', 'cardinal',
  'agent', 'patrol agent', 'special agent', 'officer', 'sergeant', 'sgt.', 'detective', 'attorney general', 'attorney', 'coach', 'manager',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'counsel', 'special counsel', 'chancellor', 'premier', 'rabbi', 'rev.', 'sir', 'dame',
  'lord', 'lady', 'representative', 'congressman', 'congresswoman', 'chief executive', 'ceo', 'founder', 'owner', 'candidate', 'nominee',
]);

/** Lowercase role words that, right before a capitalised word, mark a person ("lawmaker Issam al-Kreiti", "chief Shatri"). */
export const ROLE_CUES: ReadonlySet<string> = new Set([
  'lawmaker', 'spokesperson', 'spokesman', 'spokeswoman', 'chief', 'minister', 'president', 'leader', 'commander', 'head', 'official',
  'mp', 'cleric', 'analyst', 'envoy', 'ambassador', 'general', 'colonel', 'director', 'adviser', 'advisor', 'deputy', 'governor', 'mayor',
  'judge', 'sheikh', 'premier', 'secretary', 'chairman', 'journalist', 'correspondent', 'researcher', 'professor', 'activist', 'politician',
]);

/** Last words that make a capitalised span an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'service', 'agency', 'ministry', 'committee', 'command', 'council', 'parliament', 'assembly', 'government', 'administration', 'office',
  'department', 'bureau', 'commission', 'court', 'bank', 'fund', 'university', 'institute', 'company', 'corporation', 'group', 'news',
  'network', 'times', 'post', 'press', 'media', 'tv', 'channel', 'radio', 'union', 'league', 'organization', 'organisation', 'authority',
  'board', 'cabinet', 'senate', 'congress', 'centre', 'center', 'foundation', 'association', 'intelligence', 'police', 'operations',
  'directorate', 'secretariat', 'mission', 'embassy', 'consulate', 'nations', 'federation', 'guard', 'navy', 'airways', 'herald', 'journal',
  // company and club suffixes
  'inc', 'inc.', 'corp', 'corp.', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'nv', 'bhd', 'fc', 'afc', 'bancorp', 'bancshares', 'holdings',
  'airlines', 'motors', 'exchange', 'club', 'systems', 'industries', 'partners', 'securities', 'reserve', 'institution', 'academy',
  'school', 'college', 'society', 'trust', 'foods', 'energy', 'petroleum', 'pharmaceuticals', 'telecom', 'communications', 'entertainment',
  'records', 'studios', 'magazine', 'gazette', 'tribune', 'daily', 'broadcasting', 'forum', 'institute', 'laboratories', 'ministries',
]);

/** Last words that make a capitalised span a group (armed faction, party, coalition). */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'coalition', 'framework', 'forces', 'units', 'front', 'party', 'movement', 'brigades', 'brigade', 'army', 'militia', 'militias',
  'alliance', 'bloc', 'faction', 'factions', 'battalion', 'battalions', 'division', 'corps', 'mobilization', 'mobilisation', 'resistance', 'rebels',
]);

/** Last words that make a capitalised span a place. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'palace', 'square', 'street', 'airport', 'province', 'governorate', 'district', 'city', 'region', 'river', 'valley', 'mountains', 'mountain',
  'sea', 'camp', 'crossing', 'border', 'prison', 'port', 'county', 'state', 'park', 'lake', 'bay', 'canyon', 'ocean', 'peninsula', 'bridge', 'gate', 'hospital', 'mosque', 'shrine', 'island', 'islands', 'desert', 'zone', 'strip', 'heights',
]);

/** Common first names (Arabic, Kurdish, Persian, Turkish, English): a capitalised word from this list starts a person name. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  'abdul', 'abdullah', 'abdel', 'abd', 'adel', 'adil', 'ahmad', 'ahmed', 'ali', 'amer', 'amir', 'ammar', 'anas', 'asaad', 'asad', 'assad',
  'ayad', 'ayman', 'bashar', 'basim', 'bassem', 'basem', 'fadhil', 'faisal', 'falih', 'fuad', 'hadi', 'haidar', 'haider', 'hamid', 'hamed',
  'hassan', 'hasan', 'hussein', 'husain', 'ibrahim', 'issam', 'essam', 'jaafar', 'jafar', 'jamal', 'karim', 'khaled', 'khalid', 'mahmoud',
  'masoud', 'masrour', 'mohammed', 'mohammad', 'muhammad', 'mohamed', 'muhammed', 'mustafa', 'moustafa', 'nechirvan', 'nouri', 'nuri', 'omar',
  'osama', 'qais', 'qasim', 'qassem', 'rashid', 'saad', 'saddam', 'salah', 'salih', 'saleh', 'sami', 'talal', 'tariq', 'walid', 'yasser',
  'yousef', 'youssef', 'yusuf', 'ziad', 'recep', 'hakan', 'ebrahim', 'abbas', 'hakim', 'mohsen', 'muqtada', 'ammar', 'hadi', 'fayiq', 'faiq',
  'joe', 'joseph', 'donald', 'john', 'james', 'david', 'michael', 'robert', 'william', 'antony', 'anthony', 'mike', 'mark', 'paul', 'peter',
  'vladimir', 'emmanuel', 'olaf', 'keir', 'rishi', 'boris', 'benjamin', 'kamala', 'hillary', 'barack', 'george', 'tom', 'jake', 'lloyd', 'marco',
]);

/** Name particles: lowercase forms that join name parts ("al-", "bin", "ibn", "abu", "bint", "de", "van", "von", "el-"). */
export const PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ez', 'bin', 'ibn', 'abu', 'bint', 'de', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le', 'bani', 'abd']);

/** Weekdays and months (long and short forms, lowercase): never entities. */
export const CALENDAR: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon.', 'tue.', 'tues.', 'wed.', 'thu.', 'thur.', 'thurs.', 'fri.', 'sat.', 'sun.',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
]);

/** Byline, caption and page words that are capitalised but never entities. */
export const PAGE_WORDS: ReadonlySet<string> = new Set([
  'newsroom', 'desk', 'news desk', 'staff', 'photo', 'photos', 'video', 'image', 'file', 'read', 'more', 'related', 'advertisement', 'comment',
  'comments', 'share', 'update', 'updated', 'editor', "editor's", 'note', 'source', 'sources', 'reuters/', 'afp/', 'ap/',
]);

/** Gazetteer entry: a known name, its type and canonical form. */
export interface GazetteerEntry {
  type: EntityType;
  canonical: string;
  /** how sure the type is: 3 (default) country, hand list or user entry; 2 a city or region from a data package */
  strength?: number;
}

/** The built-in gazetteer as one map from exact surface form to entry (demonyms typed 'demonym'). */
export function builtinGazetteer(): Map<string, GazetteerEntry> {
  const m = new Map<string, GazetteerEntry>();
  for (const [k, v] of Object.entries(COUNTRIES)) m.set(k, { type: 'place', canonical: v });
  for (const k of CITIES_REGIONS) m.set(k, { type: 'place', canonical: k });
  for (const [k, v] of Object.entries(GROUPS)) m.set(k, { type: 'group', canonical: v });
  for (const k of NEWS_AGENCIES) m.set(k, { type: 'org', canonical: k });
  for (const [k, v] of Object.entries(PARTY_ALIASES)) m.set(k, { type: 'group', canonical: v });
  for (const [k, v] of Object.entries(DEMONYMS)) m.set(k, { type: 'demonym', canonical: v });
  for (const [k, v] of worldGazetteer()) if (!m.has(k)) m.set(k, v);
  return m;
}

/** The gazetteer by exact surface form and by lowercase form (first entry wins). */
export interface GazetteerMaps {
  exact: ReadonlyMap<string, GazetteerEntry>;
  lower: ReadonlyMap<string, GazetteerEntry>;
}

let cached: GazetteerMaps | null = null;

function withLower(exact: ReadonlyMap<string, GazetteerEntry>): GazetteerMaps {
  const lower = new Map<string, GazetteerEntry>();
  for (const [k, v] of exact) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v);
  return { exact, lower };
}

/** The built-in gazetteer plus the user's entries (which win), built once when there are none. */
export function gazetteerMaps(extra?: ReadonlyMap<string, GazetteerEntry>): GazetteerMaps {
  if (!extra?.size) return (cached ??= withLower(builtinGazetteer()));
  const m = builtinGazetteer();
  for (const [k, v] of extra) m.set(k, v);
  return withLower(m);
}

/** Demonym -> country/group term, for the optional roll-up. */
export function demonymTargets(): Map<string, string> {
  return new Map(Object.entries(DEMONYMS));
}
