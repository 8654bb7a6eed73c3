import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  Kind,
  parse,
  printSchema,
  visit,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type StringValueNode,
} from 'graphql';
import { schemaDir } from './paths';

/** The SDL of schema/*.graphql, in file-name order, as codegen also reads it. */
export function schemaSources(): string[] {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(path.join(schemaDir, name), 'utf8'));
}

type Described = { description?: StringValueNode };

/**
 * The schema as the service serves it: the files' SDL, where a field of a type that implements
 * an interface (and each of its arguments) takes the interface field's description when it has
 * none of its own. GraphQL makes every implementing type repeat the interface's fields; their
 * meaning is written once, on the interface.
 */
export function loadTypeDefs(sources: string[] = schemaSources()): DocumentNode {
  const document = parse(sources.join('\n'));
  const interfaceFields = new Map<string, Map<string, FieldDefinitionNode>>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_EXTENSION) {
      const fields = interfaceFields.get(definition.name.value) ?? new Map<string, FieldDefinitionNode>();
      for (const field of definition.fields ?? []) fields.set(field.name.value, field);
      interfaceFields.set(definition.name.value, fields);
    }
  }
  const inherit = <T extends Described>(node: T, from: Described | undefined): T =>
    node.description || !from?.description ? node : { ...node, description: from.description };

  return visit(document, {
    ObjectTypeDefinition(type) {
      const interfaces = (type.interfaces ?? []).map((named) => interfaceFields.get(named.name.value));
      const fields = type.fields?.map((field) => {
        const inherited = interfaces.map((fields) => fields?.get(field.name.value)).find(Boolean);
        if (!inherited) return field;
        const args = field.arguments?.map((arg) =>
          inherit<InputValueDefinitionNode>(
            arg,
            inherited.arguments?.find((other) => other.name.value === arg.name.value),
          ),
        );
        return inherit({ ...field, arguments: args }, inherited);
      });
      return { ...type, fields };
    },
  });
}

/** The whole schema printed as one SDL document: what `schema.graphql` holds and /schema.graphql serves. */
export function printedSchema(): string {
  return `${printSchema(buildASTSchema(loadTypeDefs()))}\n`;
}
