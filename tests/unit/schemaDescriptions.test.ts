import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { loadTypeDefs } from '../../src/schema';

/** Every place of the served schema that lacks a description: types, fields, arguments, enum values. */
function undescribed(types: GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the schema documents itself', () => {
  const schema = buildASTSchema(loadTypeDefs());

  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(Object.values(schema.getTypeMap()))).toEqual([]);
  });

  it('gives an implementing type the interface field description it does not write itself', () => {
    const entityId = schema.getType('Entity');
    const techniqueId = schema.getType('Technique');
    if (!isInterfaceType(entityId) || !isObjectType(techniqueId)) throw new Error('unexpected schema');
    expect(techniqueId.getFields().id!.description).toBe(entityId.getFields().id!.description);
    const claimsFirst = (type: typeof techniqueId | typeof entityId) =>
      type.getFields().claims!.args.find((a) => a.name === 'first');
    expect(claimsFirst(techniqueId)!.description).toBe(claimsFirst(entityId)!.description);
  });

  it('finds what is missing', () => {
    const bare = buildASTSchema(loadTypeDefs(['type Query { "Said." ok(x: Int): Int nope: Int }']));
    expect(undescribed(Object.values(bare.getTypeMap()))).toEqual(['Query', 'Query.ok(x)', 'Query.nope']);
  });
});
