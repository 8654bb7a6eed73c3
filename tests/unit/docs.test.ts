import { readFileSync } from 'node:fs';
import path from 'node:path';
import { joinsText, predicateRules, predicates } from '../../src/domain/predicates';
import { xrefVocabularies } from '../../src/domain/xrefs';
import { categoryKind, kindCategory, predicateEdge } from '../../src/ingest/formats/biolink';
import { projectRoot } from '../../src/paths';

const model = readFileSync(path.join(projectRoot, 'docs', 'model.md'), 'utf8');

/** The rows between a table's markers, as arrays of cells. */
function table(name: string): string[][] {
  const body = model.split(`<!-- ${name}:`)[1]?.split(`<!-- /${name} -->`)[0];
  if (!body) throw new Error(`no ${name} in docs/model.md`);
  return body
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('| ') &&
        !/^\| (predicate|prefix|kind|Biolink category) \|/.test(line) &&
        !line.startsWith('|---'),
    )
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('docs/model.md says what src/domain enforces', () => {
  it('lists every predicate with its claim kind, the kinds it joins and its meaning', () => {
    const expected = predicates.map((predicate) => {
      const rule = predicateRules[predicate];
      return [predicate, rule.kind, joinsText(predicate), rule.description];
    });
    expect(table('predicate-table')).toEqual(expected);
  });

  it('lists every identifier prefix with its vocabulary and expansion', () => {
    const expected = Object.entries(xrefVocabularies).map(([prefix, { vocabulary, expansion }]) => [
      prefix,
      vocabulary,
      expansion,
    ]);
    expect(table('prefix-table')).toEqual(expected);
  });

  it('maps every kind and predicate to Biolink as the KGX section says', () => {
    expect(table('category-table')).toEqual(Object.entries(kindCategory));
    expect(table('kgx-category-table')).toEqual(Object.entries(categoryKind));
    const edgeText = ({ predicate, qualifiedPredicate, objectDirection, negated }: (typeof predicateEdge)['TREATS']) =>
      [
        predicate,
        qualifiedPredicate && `qualified_predicate ${qualifiedPredicate}`,
        objectDirection && `object_direction_qualifier ${objectDirection}`,
        negated && 'negated true',
      ]
        .filter(Boolean)
        .join(', ');
    expect(table('biolink-predicate-table')).toEqual(predicates.map((p) => [p, edgeText(predicateEdge[p])]));
  });
});
