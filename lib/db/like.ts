// LIKE patterns from user input: the input's own % and _ match themselves, not "anything".
const escape = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `%term%`, for ILIKE "contains" (served by the trigram indexes). */
export function containsPattern(term: string): string {
  return `%${escape(term)}%`;
}

/** `term%`, for prefixes (IIN). */
export function prefixPattern(term: string): string {
  return `${escape(term)}%`;
}
