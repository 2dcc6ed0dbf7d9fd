/**
 * Folds Vietnamese text to lower-case ASCII: strips combining marks after NFD and maps đ/Đ
 * to d (đ has no decomposition). "Nuôi ong mật" → "nuoi ong mat".
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** A URL- and id-safe slug of a name: "Huyện Than Uyên" stays "huyen-than-uyen". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Characters a web page carries that no reader sees: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Horizontal white space of every kind (tab, no-break, thin, ideographic…), not line breaks. */
const SPACES = /[^\S\n\r\f\v\u2028\u2029]+/g;

/**
 * An article as the ingest reads it and the quote checks compare it: NFC, line breaks as `\n`,
 * invisible characters dropped, every run of horizontal white space one plain space, none at a
 * line's start or end. Text copied from a web page carries no-break spaces, zero-width spaces and
 * double spaces that a reader never sees; rules written with plain spaces must read it the same.
 * Idempotent.
 */
export function plainText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(SPACES, " ").replace(/^ | $/gm, "");
}
