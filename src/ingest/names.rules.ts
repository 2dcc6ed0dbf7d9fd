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

/**
 * (orgs8) Ede and Jarai names of the Central Highlands, which no Kinh family-name list holds.
 *
 * - Ede: a man's name opens with "Y", a woman's with "H'" glued to the first given name ("Y Bhin Niê", "H'Nga Êban");
 *   the family name comes last. "H'<Name> <Name>" is a name by its shape; "Y <Name> …" only after an honorific or when
 *   it ends in an Ede family name ("Y Tế Cơ Sở" in a headline is no person).
 * - Jarai: the family name comes first ("Ksor Nhông", "Rơ Mah H'Lim", "Siu Blơi"), then one or two given names.
 * `words` are the capitalised words from the name's start, spaces only between them; the answer is how many make the
 * name (at least two), or 0.
 */
const EDE_FAMILY = new Set(
  "niê nie êban eban mlô mlo ayun byă bya hđơk hdok kbuôr kbuor adrơng adrong knul mjâu mjau ktla êñuôl kđoh êya eya mđrang mdrang bkrông bkrong".split(" "),
);
/** Jarai family names, one word or two ("Rơ Mah"), lower case as written and unaccented (English texts). */
const JARAI_FAMILY = new Set(["ksor", "siu", "kpă", "kpa", "rmah", "rcom", "puih", "kpuih", "rơ mah", "ro mah", "rơ châm", "ro cham", "rơ lan", "rah lan"]);
const GIVEN = /^(?:H['’])?\p{Lu}[\p{Ll}\p{M}]+$/u;
/** "H'<Name>": an Ede woman's first name; not the peoples written so ("H'Mông", "H'Rê"). */
const H_NAME = /^H['’](?!(?:Mông|Mong|Rê|Re)$)\p{Lu}[\p{Ll}\p{M}]+$/u;

export function highlandNameLength(words: readonly string[], honored: boolean): number {
  const w = words.slice(0, 5);
  const lower = w.map((x) => x.normalize("NFC").toLowerCase());
  const family = JARAI_FAMILY.has(`${lower[0]} ${lower[1] ?? ""}`) ? 2 : JARAI_FAMILY.has(lower[0]) ? 1 : 0;
  if (family) {
    let n = family;
    while (n < w.length && n < family + 2 && GIVEN.test(w[n])) n++;
    return n > family ? n : 0;
  }
  if (!H_NAME.test(w[0]) && w[0] !== "Y") return 0;
  let n = 1;
  while (n < w.length && n < 4 && GIVEN.test(w[n])) n++;
  if (n < 2) return 0;
  if (H_NAME.test(w[0]) || honored) return n;
  // "Y …" with no honorific: the longest run that ends in an Ede family name
  for (let k = n; k >= 2; k--) if (EDE_FAMILY.has(lower[k - 1])) return k;
  return 0;
}
