// Finds a cluster or organisation by id or name as a person would type it (any case, å/ä/ö or not).
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export function findByName<T extends { id: string; name: string }>(
  items: readonly T[],
  typed: string,
): T | undefined {
  const wanted = fold(typed);
  if (!wanted) return undefined;
  return items.find((i) => fold(i.id) === wanted || fold(i.name) === wanted);
}
