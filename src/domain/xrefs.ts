/**
 * Identifiers of entities in public vocabularies, as CURIEs (`MESH:D002349`) with the prefixes
 * of the Biolink Model's prefix map (biolink_model_prefix_map.json), spelt as it spells them, and
 * ROR for organizations (the Research Organization Registry's own prefix). Each expands to a page
 * about the identifier. docs/model.md, "Identifiers", lists them.
 */
export const xrefVocabularies = {
  MESH: { vocabulary: 'Medical Subject Headings', expansion: 'https://id.nlm.nih.gov/mesh/' },
  HGNC: { vocabulary: 'HUGO Gene Nomenclature Committee', expansion: 'https://identifiers.org/hgnc/' },
  UniProtKB: { vocabulary: 'UniProt Knowledgebase', expansion: 'https://purl.uniprot.org/uniprot/' },
  UBERON: { vocabulary: 'Uberon anatomy ontology', expansion: 'https://purl.obolibrary.org/obo/UBERON_' },
  DOID: { vocabulary: 'Human Disease Ontology', expansion: 'https://purl.obolibrary.org/obo/DOID_' },
  HP: { vocabulary: 'Human Phenotype Ontology', expansion: 'https://purl.obolibrary.org/obo/HP_' },
  GO: { vocabulary: 'Gene Ontology', expansion: 'https://purl.obolibrary.org/obo/GO_' },
  CHEBI: {
    vocabulary: 'Chemical Entities of Biological Interest',
    expansion: 'https://purl.obolibrary.org/obo/CHEBI_',
  },
  MONDO: { vocabulary: 'Mondo Disease Ontology', expansion: 'https://purl.obolibrary.org/obo/MONDO_' },
  NCIT: { vocabulary: 'NCI Thesaurus', expansion: 'https://purl.obolibrary.org/obo/NCIT_' },
  SNOMEDCT: { vocabulary: 'SNOMED CT', expansion: 'http://snomed.info/id/' },
  UMLS: { vocabulary: 'Unified Medical Language System', expansion: 'https://identifiers.org/umls/' },
  NCBIGene: { vocabulary: 'NCBI Gene', expansion: 'https://identifiers.org/ncbigene/' },
  PMID: { vocabulary: 'PubMed', expansion: 'https://pubmed.ncbi.nlm.nih.gov/' },
  PMC: { vocabulary: 'PubMed Central', expansion: 'https://europepmc.org/articles/PMC' },
  doi: { vocabulary: 'Digital Object Identifier', expansion: 'https://doi.org/' },
  WIKIDATA: { vocabulary: 'Wikidata', expansion: 'https://www.wikidata.org/entity/' },
  ORCID: { vocabulary: 'ORCID researcher identifiers', expansion: 'https://orcid.org/' },
  ROR: { vocabulary: 'Research Organization Registry', expansion: 'https://ror.org/' },
} as const;
export type XrefPrefix = keyof typeof xrefVocabularies;

const byLowerCase = new Map(
  Object.keys(xrefVocabularies).map((prefix) => [prefix.toLowerCase(), prefix as XrefPrefix]),
);

/** A local id: printable, no spaces, at most 100 characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const localIdPattern = /^[^\s\u0000-\u001f\u007f]{1,100}$/;

export interface Xref {
  curie: string;
  prefix: XrefPrefix;
  localId: string;
  url: string;
}

/**
 * The CURIE in its canonical spelling (the prefix as the prefix map writes it, the local id as
 * given), or a sentence saying what is wrong. Prefixes match case-insensitively, so
 * `mesh:D002349` is `MESH:D002349`.
 */
export function parseXref(text: string): Xref | string {
  const colon = text.indexOf(':');
  if (colon <= 0) return `"${text}" is not a CURIE (prefix:id, e.g. MESH:D002349)`;
  const prefix = byLowerCase.get(text.slice(0, colon).toLowerCase());
  if (!prefix) return `"${text.slice(0, colon)}" is not a known prefix (${Object.keys(xrefVocabularies).join(', ')})`;
  const localId = text.slice(colon + 1);
  if (!localIdPattern.test(localId) || !localId.isWellFormed())
    return `"${text}" has no valid local id after the prefix`;
  return { curie: `${prefix}:${localId}`, prefix, localId, url: `${xrefVocabularies[prefix].expansion}${localId}` };
}

export type XrefMatch = 'EXACT' | 'CLOSE';

/** An entity's stored identifiers as the API shows them: exact matches first, each parsed. */
export function shownXrefs(exact: readonly string[], close: readonly string[]): Array<Xref & { match: XrefMatch }> {
  const shown = (curie: string, match: XrefMatch) => {
    const parsed = parseXref(curie);
    // Stored identifiers were validated when written; one that no longer parses is a broken store.
    if (typeof parsed === 'string') throw new Error(`stored identifier ${curie}: ${parsed}`);
    return { ...parsed, match };
  };
  return [...exact.map((curie) => shown(curie, 'EXACT')), ...close.map((curie) => shown(curie, 'CLOSE'))];
}

/** The key an entity is looked up by: prefix lower-cased, local id as it is. */
export function xrefKey(curie: string): string {
  const colon = curie.indexOf(':');
  return `${curie.slice(0, colon).toLowerCase()}:${curie.slice(colon + 1)}`;
}

/**
 * How an entity's identifiers are stored for lookup, in one text-indexed string: exact matches as
 * `|mesh:D002349|`, close ones marked `|~chebi:28087|`, so `CONTAINS '|mesh:D002349|'` finds
 * exact matches only.
 */
export function xrefKeys(exact: readonly string[], close: readonly string[]): string | null {
  const keys = [...exact.map(xrefKey), ...close.map((curie) => `~${xrefKey(curie)}`)];
  return keys.length === 0 ? null : `|${keys.join('|')}|`;
}
