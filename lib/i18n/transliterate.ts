// Staff names written in one script, read into the other when the administrator gave only one
// (docs/decisions/019-court-ready-documents.md). Kazakh passport romanisation, read both ways;
// a fallback only: the administrator can correct either form.

const CYRILLIC = /[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
export const isCyrillicText = (value: string) => CYRILLIC.test(value);
export const isLatinText = (value: string) => /^[A-Za-z' .-]+$/.test(value);

const LATIN_PAIRS: [string, string][] = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
];
const LATIN_SINGLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
};
const CYRILLIC_SINGLE: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

const withCase = (source: string, target: string) =>
  source[0] === source[0].toUpperCase() && source[0] !== source[0].toLowerCase() ? target.charAt(0).toUpperCase() + target.slice(1) : target;

/** "Marat Politsiyev" → "Марат Полициев". */
export function latinToCyrillic(value: string): string {
  let out = '';
  for (let i = 0; i < value.length;) {
    const pair = LATIN_PAIRS.find(([lat]) => value.slice(i, i + lat.length).toLowerCase() === lat);
    if (pair) {
      out += withCase(value.slice(i, i + pair[0].length), pair[1]);
      i += pair[0].length;
      continue;
    }
    const ch = value[i];
    const mapped = LATIN_SINGLE[ch.toLowerCase()];
    out += mapped === undefined ? ch : withCase(ch, mapped);
    i++;
  }
  return out;
}

/** "Гульнара Сәрсенова" → "Gulnara Sarsenova". */
export function cyrillicToLatin(value: string): string {
  return [...value]
    .map((ch) => {
      const mapped = CYRILLIC_SINGLE[ch.toLowerCase()];
      return mapped === undefined ? ch : withCase(ch, mapped);
    })
    .join('');
}

/** Both script forms of a name: the ones given, the other read from the display name. */
export function staffNameForms(fullName: string, given: { fullNameCyr?: string | null; fullNameLat?: string | null }) {
  const name = fullName.trim();
  const cyr = given.fullNameCyr || (isCyrillicText(name) ? name : isLatinText(name) ? latinToCyrillic(name) : null);
  const lat = given.fullNameLat || (isLatinText(name) ? name : isCyrillicText(name) ? cyrillicToLatin(name) : null);
  return { fullNameCyr: cyr, fullNameLat: lat };
}
