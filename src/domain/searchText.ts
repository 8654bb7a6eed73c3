/**
 * Turning what a user typed into a full-text query. User text never reaches Lucene as syntax:
 * it is cut into words of letters and digits only, and the query is built from those words with
 * fixed operators, so `NF-kB (p65)`, `a:b~`, quotes, `*`, `\`, `AND OR NOT` and `((((` are all
 * plain words or nothing.
 */

const maxTokens = 8;
const maxTokenLength = 40;

/** Lower-case words of letters and digits, in order, at most maxTokens of them. */
export function searchTokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .map((token) => token.slice(0, maxTokenLength))
    .slice(0, maxTokens);
}

/**
 * The form in which a name or alias counts as an exact match: lower case, letters and digits
 * only. `NF-kB`, `nfkb` and `NFkB` share one key.
 */
export function searchKey(text: string): string {
  return searchTokens(text).join('');
}

/** Edits forgiven per word: none for short words (too many false friends), more for long ones. */
function fuzziness(token: string): number {
  if (token.length <= 3) return 0;
  return token.length <= 7 ? 1 : 2;
}

/**
 * One clause per word: the exact word (boost 4), the word as a prefix for search-as-you-type
 * (boost 2) and, for longer words, the word with typos forgiven (boost 1). Words are alternatives
 * (an entity matching more of them scores higher), searched in names and aliases.
 */
export function luceneQuery(tokens: string[], kinds: string[] | null): string | null {
  if (tokens.length === 0) return null;
  const clauses = tokens
    .map((token) => {
      const parts = [`${token}^4`, `${token}*^2`];
      const edits = fuzziness(token);
      if (edits > 0) parts.push(`${token}~${edits}`);
      return `(${parts.join(' ')})`;
    })
    .join(' ');
  const text = `(name:(${clauses}) aliasText:(${clauses}))`;
  if (!kinds || kinds.length === 0) return text;
  // Kinds come from the EntityKind enum, never from user text.
  return `+${text} +kind:(${kinds.map((kind) => kind.toLowerCase()).join(' ')})`;
}
