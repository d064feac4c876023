// What the people of each US state are called, written from general knowledge of English (the forms of the US
// Government Publishing Office's Style Manual, "Residents of the States", with the everyday "Michigander"), not
// from any corpus. A lone "Arizonan" or "Ohioans" is a demonym like "Texan", not a name of unknown type.
// Left out: the forms that are also the name of a publication when written after "the" ("the New Yorker", "the
// Oregonian", "the Oklahoman", "the Tennessean", "the Washingtonian") and state nicknames ("Hoosier"); their plurals
// are kept, since no publication is named so.

const SINGULAR = [
  'Alabamian',
  'Alaskan',
  'Arizonan',
  'Arkansan',
  'Californian',
  'Coloradan',
  'Connecticuter',
  'Delawarean',
  'Floridian',
  'Hawaiian',
  'Idahoan',
  'Illinoisan',
  'Indianan',
  'Iowan',
  'Kansan',
  'Kentuckian',
  'Louisianian',
  'Louisianan',
  'Mainer',
  'Marylander',
  'Michigander',
  'Michiganian',
  'Minnesotan',
  'Mississippian',
  'Missourian',
  'Montanan',
  'Nebraskan',
  'Nevadan',
  'New Hampshirite',
  'New Jerseyan',
  'New Mexican',
  'North Carolinian',
  'North Dakotan',
  'Ohioan',
  'Pennsylvanian',
  'Rhode Islander',
  'South Carolinian',
  'South Dakotan',
  'Texan',
  'Utahn',
  'Vermonter',
  'Virginian',
  'West Virginian',
  'Wisconsinite',
  'Wyomingite',
];

/** Written only in the plural here: the singular also names a publication (see above). */
const PLURAL_ONLY = ['New Yorker', 'Oregonian', 'Oklahoman', 'Tennessean', 'Washingtonian'];

/** Each state demonym and its plural -> the singular (the demonym's canonical form). */
export function stateDemonyms(): Map<string, string> {
  const m = new Map<string, string>();
  for (const w of SINGULAR) m.set(w, w).set(w + 's', w);
  for (const w of PLURAL_ONLY) m.set(w + 's', w + 's');
  return m;
}
