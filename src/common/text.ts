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
