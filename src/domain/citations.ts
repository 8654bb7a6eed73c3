/**
 * Whether a citation's source asserts the claim or disputes it: a critique cites the claims it
 * disputes with DISPUTES (docs/model.md, "Citations and locators").
 */
export const citationRoles = ['ASSERTS', 'DISPUTES'] as const;
export type CitationRole = (typeof citationRoles)[number];
