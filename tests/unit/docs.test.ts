import { readFileSync } from 'node:fs';
import path from 'node:path';
import { predicateRules, predicates, type PredicateRule } from '../../src/domain/predicates';
import { projectRoot } from '../../src/paths';

const model = readFileSync(path.join(projectRoot, 'docs', 'model.md'), 'utf8');

/** The rows between a table's markers, as arrays of cells. */
function table(name: string): string[][] {
  const body = model.split(`<!-- ${name}:`)[1]?.split(`<!-- /${name} -->`)[0];
  if (!body) throw new Error(`no ${name} in docs/model.md`);
  return body
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| predicate') && !line.startsWith('|---'))
    .map((line) => line.slice(2, -2).split(' | '));
}

describe('docs/model.md says what src/domain enforces', () => {
  it('lists every predicate with the kinds it joins and its meaning', () => {
    const expected = predicates.map((predicate) => {
      const rule: PredicateRule = predicateRules[predicate];
      const joins = rule.joins.map((join) => `${join.subject.join(' or ')} → ${join.object.join(' or ')}`).join('; ');
      return [predicate, joins, rule.description];
    });
    expect(table('predicate-table')).toEqual(expected);
  });
});
