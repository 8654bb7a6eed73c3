/** One thing wrong with an input graph: where (file, entry, field) and what. */
export interface GraphProblem {
  file: string;
  /** e.g. `claims[3] (massage-therapy TREATS osteoporosis)`, or a line for syntax errors. */
  entry: string;
  field: string;
  message: string;
}

export function describeProblem(problem: GraphProblem): string {
  return `${problem.file}: ${problem.entry}: ${problem.field}: ${problem.message}`;
}

/** Thrown before anything is written: the input as a whole is rejected. */
export class GraphValidationError extends Error {
  constructor(readonly problems: GraphProblem[]) {
    const shown = problems.slice(0, 20).map(describeProblem);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`${problems.length} problem(s) in the graph files; nothing was written:\n${shown.join('\n')}${more}`);
    this.name = 'GraphValidationError';
  }
}
