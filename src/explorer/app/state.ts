import { gradedLevels } from '../../domain/evidence';
import type { EvidenceLevel } from './gql/graphql';

/** A filter level from a URL must be one the API grades by; anything else means no filter. */
const filterLevels: readonly string[] = gradedLevels;

/**
 * What the page shows, as data: the drawing is derived from it, the URL holds it (so a link or a
 * reload restores the view), and undo and redo step through its past values.
 */
export interface ViewState {
  /** The entity searched for: its neighbourhood is drawn first. */
  focus: string | null;
  /** Entities whose neighbourhoods were added, in order. */
  expanded: string[];
  /** Entities added alone (from the related panel), with their claims to what is drawn. */
  added: string[];
  /** Entities the user removed from the drawing. */
  removed: string[];
  minEvidence: EvidenceLevel | null;
  /** The claim open in the panel. */
  claim: string | null;
  /** The two ends of the path shown. */
  path: [string, string] | null;
}

export const emptyState: ViewState = {
  focus: null,
  expanded: [],
  added: [],
  removed: [],
  minEvidence: null,
  claim: null,
  path: null,
};

const listOf = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** `#focus=a&expand=b,c&add=d&remove=e&min=LEVEL&claim=id&path=a,b`: short, readable, shareable. */
export function toHash(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  if (state.added.length) params.set('add', state.added.join(','));
  if (state.removed.length) params.set('remove', state.removed.join(','));
  if (state.minEvidence) params.set('min', state.minEvidence);
  if (state.claim) params.set('claim', state.claim);
  if (state.path) params.set('path', state.path.join(','));
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function fromHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const path = listOf(params.get('path'));
  return {
    focus: params.get('focus'),
    expanded: listOf(params.get('expand')),
    added: listOf(params.get('add')),
    removed: listOf(params.get('remove')),
    minEvidence: filterLevels.includes(params.get('min') ?? '') ? (params.get('min') as EvidenceLevel) : null,
    claim: params.get('claim'),
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
  };
}

/** Past and undone states: every change the user makes is one step. */
export class Timeline {
  private past: ViewState[] = [];
  private future: ViewState[] = [];

  constructor(public current: ViewState) {}

  commit(next: ViewState): ViewState {
    this.past.push(this.current);
    this.future = [];
    this.current = next;
    return next;
  }

  undo(): ViewState | null {
    const previous = this.past.pop();
    if (!previous) return null;
    this.future.push(this.current);
    this.current = previous;
    return previous;
  }

  redo(): ViewState | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push(this.current);
    this.current = next;
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
