/**
 * (orgs6) People's names that are not Kinh name shapes.
 *
 * Khmer names in Vietnam carry a gender word before the given names: "Chau" for a man, "Néang"
 * (also written "Nèang", "Neáng") for a woman ("Chau Sóc Kha", "Néang Thị Ry"). They have no
 * Vietnamese family name, so the full-name reader misses them. A marker is read only when it is
 * spelt exactly so (never "Châu", a Vietnamese family name and the word for a continent) and is
 * followed by one to three capitalised words.
 */

/** The Khmer gender words, lower case with their accents (NFC). */
const KHMER_MARKS = new Set(["chau", "néang", "nèang", "neáng", "neang"]);

/** True when a token (lower case, accents kept) is a Khmer name's gender word. */
export function isKhmerNameMark(lower: string): boolean {
  return KHMER_MARKS.has(lower.normalize("NFC"));
}
