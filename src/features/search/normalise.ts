/**
 * Search text folding: case- and accent-insensitive, so "Lulea" finds "Luleå", "Malmo" "Malmö" and
 * "Tromso" "Tromsø". Letters that Unicode does not decompose (ß, ø, æ, ł, đ, …) are folded by hand.
 * Punctuation and runs of spaces become one space (apostrophes vanish: "Xi'an" → "xian").
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ĸ: 'k',
};
const LETTERS = /[ßøæœłđðþıħŧŀĸ]/g;
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;
const APOSTROPHES = /['’ʻʼ`´]/g;

/** The folded form of `text` that the index holds and queries are matched in. */
export function fold(text: string): string {
  let t = text.toLowerCase();
  if (NOT_PRINTABLE_ASCII.test(t)) {
    t = t
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(LETTERS, (c) => LETTER_FOLDS[c]);
    return t
      .replace(APOSTROPHES, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  }
  return t
    .replace(APOSTROPHES, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
