/**
 * Inflection of lexicon entries. Dutch adjectives: from a base form in the lexicon, the forms customers write
 * (slecht → slechte, slechter, slechtst(e); groot → grote; dik → dikke; boos → boze; lief → lieve).
 * Pattern lists base forms only, so without this "slechte service" would not score.
 */
const VOWELS = 'aeiouy';
const LONG = /(aa|ee|oo|uu|ie|ij|ei|ui|ou|au|eu|oe)[^aeiouy]$/;

function vowelGroups(word: string): number {
  let groups = 0;
  for (let i = 0; i < word.length; i++) if (VOWELS.includes(word[i] as string) && !VOWELS.includes(word[i - 1] ?? '')) groups++;
  return groups;
}

/** The stem an ending starting with a vowel attaches to. */
function stem(base: string): string {
  if (base.endsWith('e')) return base.slice(0, -1);
  const long = LONG.exec(base);
  let s = base;
  if (long) {
    const pair = long[1] as string;
    // A doubled vowel is written single in an open syllable: groot → grot(e), raar → rar(e).
    if (pair[0] === pair[1]) s = base.slice(0, -3) + pair[0] + base.slice(-1);
    if (s.endsWith('f')) s = `${s.slice(0, -1)}v`;
    else if (s.endsWith('s')) s = `${s.slice(0, -1)}z`;
    return s;
  }
  // A short vowel keeps its sound by doubling the consonant, in one-syllable words: dik → dikk(e).
  const last = base[base.length - 1] as string;
  const beforeLast = base[base.length - 2] ?? '';
  if (vowelGroups(base) === 1 && !VOWELS.includes(last) && VOWELS.includes(beforeLast) && !'wxh'.includes(last))
    return base + last;
  return base;
}

export function inflections(base: string): string[] {
  if (base.length < 3 || base.includes(' ')) return [];
  const s = stem(base);
  const forms = [`${s}e`, base.endsWith('r') ? `${base}der` : `${s}er`, base.endsWith('s') ? `${base}t` : `${base}st`];
  forms.push(`${forms[2]}e`);
  return forms;
}

/**
 * English verb and noun forms AFINN lists only in part ("crash" but not "crashes", "crashing",
 * "crashed"): -s/-es, -ed/-d and -ing (a final silent e dropped). Forms that are no words do no harm:
 * nobody writes them.
 */
export function englishForms(base: string): string[] {
  if (base.length < 3 || !/^[a-z]+$/.test(base)) return [];
  const sibilant = /(s|sh|ch|x|z)$/.test(base);
  const silentE = base.endsWith('e') && !base.endsWith('ee');
  return [
    sibilant ? `${base}es` : `${base}s`,
    base.endsWith('e') ? `${base}d` : `${base}ed`,
    silentE ? `${base.slice(0, -1)}ing` : `${base}ing`,
  ];
}
