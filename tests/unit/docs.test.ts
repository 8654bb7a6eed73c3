import { readFileSync } from 'node:fs';
import path from 'node:path';
import { joinsText, predicateRules, predicates } from '../../src/domain/predicates';
import { xrefVocabularies } from '../../src/domain/xrefs';
import { projectRoot } from '../../src/paths';

const model = readFileSync(path.join(projectRoot, 'docs', 'model.md'), 'utf8');

/** The rows between a table's markers, as arrays of cells. */
function table(name: string): string[][] {
  const body = model.split(`<!-- ${name}:`)[1]?.split(`<!-- /${name} -->`)[0];
  if (!body) throw new Error(`no ${name} in docs/model.md`);
  return body
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\| (predicate|prefix) \|/.test(line) && !line.startsWith('|---'))
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
});
