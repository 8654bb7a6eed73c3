import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { GraphValidationError, type GraphProblem } from './problems';

export interface ParsedFile {
  /** The path as given or relative to the directory given, for messages. */
  file: string;
  content: unknown;
  /** Problems found while reading it (a KGX row that maps to nothing), reported with the validation's. */
  problems?: GraphProblem[];
  /** Ids of entities the input has but that could not be read (already reported): no claim is told they are missing. */
  unreadIds?: string[];
}

const graphFileExtensions = new Set(['.yaml', '.yml', '.json']);

function listGraphFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listGraphFiles(full);
      return graphFileExtensions.has(path.extname(entry.name)) ? [full] : [];
    })
    .sort();
}

/**
 * Reads one graph file, or every .yaml/.yml/.json file below a directory, in path order. Files
 * that do not parse are all reported together, each with its line and column.
 */
export function readGraphFiles(target: string): ParsedFile[] {
  const isDirectory = statSync(target).isDirectory();
  const files = isDirectory ? listGraphFiles(target) : [target];
  const parsed: ParsedFile[] = [];
  const problems: GraphValidationError['problems'] = [];
  for (const full of files) {
    const file = isDirectory ? path.relative(path.dirname(target), full) : target;
    const document = parseDocument(readFileSync(full, 'utf8'), { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const where = error.linePos?.[0] ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : 'file';
        problems.push({
          file,
          entry: where,
          field: '(syntax)',
          message: `malformed YAML: ${error.message.split('\n')[0]}`,
        });
      }
      continue;
    }
    parsed.push({ file, content: document.toJS() });
  }
  if (problems.length > 0) throw new GraphValidationError(problems);
  if (parsed.length === 0)
    throw new GraphValidationError([
      { file: target, entry: '-', field: '-', message: 'no .yaml, .yml or .json graph files found' },
    ]);
  return parsed;
}
