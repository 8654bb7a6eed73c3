import { button, externalLink, heading, words } from './dom';
import type { ClaimQuery, EntityQuery, RelatedQuery } from './gql/graphql';

/*
 * The side panel's parts, each drawn from one API answer: the selected entity (identifiers,
 * actions, its claims in view), the related topics of the focused entity, and the open claim.
 */

export interface EntityActions {
  expand(): void;
  collapse?: () => void;
  remove?: () => void;
  /** Where "path to…" searches: the panel places the search box it is given. */
  pathSearch: HTMLElement;
  /** The claims of this entity that are drawn, as [id, text]; each opens in the claim panel. */
  claims: Array<[string, string]>;
  openClaim(id: string): void;
}

export function entityPanel(
  target: HTMLElement,
  entity: NonNullable<EntityQuery['entity']>,
  actions: EntityActions,
): void {
  const parts: HTMLElement[] = [heading(entity.name)];
  const kind = document.createElement('p');
  kind.className = 'muted';
  kind.textContent = words(entity.kind);
  parts.push(kind);
  if (entity.description) {
    const description = document.createElement('p');
    description.textContent = entity.description;
    parts.push(description);
  }
  if (entity.xrefs.length > 0) {
    const ids = document.createElement('p');
    ids.className = 'xrefs';
    ids.append('Identifiers: ');
    entity.xrefs.forEach((xref, index) => {
      if (index > 0) ids.append(', ');
      const text = xref.match === 'CLOSE' ? `${xref.curie} (close)` : xref.curie;
      ids.append(xref.url ? externalLink(text, xref.url) : text);
    });
    parts.push(ids);
  }
  const tools = document.createElement('div');
  tools.append(button('Expand', actions.expand, `Expand ${entity.name}`));
  if (actions.collapse) tools.append(button('Collapse', actions.collapse, `Collapse ${entity.name}`));
  if (actions.remove) tools.append(button('Remove', actions.remove, `Remove ${entity.name} from the view`));
  parts.push(tools, actions.pathSearch);
  if (actions.claims.length > 0) {
    const list = document.createElement('ul');
    list.className = 'claims';
    list.setAttribute('aria-label', `Claims of ${entity.name} in view`);
    for (const [id, text] of actions.claims) {
      const item = document.createElement('li');
      item.append(button(text, () => actions.openClaim(id)));
      list.append(item);
    }
    const title = document.createElement('h3');
    title.textContent = 'Claims in view';
    parts.push(title, list);
  }
  target.replaceChildren(...parts);
}

export function relatedPanel(
  target: HTMLElement,
  name: string,
  related: RelatedQuery['related'],
  add: (id: string) => void,
  drawn: (id: string) => boolean,
): void {
  const title = document.createElement('h3');
  title.textContent = `Related to ${name}`;
  if (related.length === 0) {
    const none = document.createElement('p');
    none.textContent = 'Nothing related shares enough neighbours or claims.';
    target.replaceChildren(title, none);
    return;
  }
  const list = document.createElement('ul');
  list.className = 'related';
  for (const item of related) {
    const row = document.createElement('li');
    const label = document.createElement('strong');
    label.textContent = item.entity.name;
    const why = document.createElement('span');
    why.className = 'muted';
    const reasons = [
      item.via.length ? `shares ${item.via.map((entity) => entity.name).join(', ')}` : '',
      item.claims.length ? `directly: ${item.claims.map((claim) => words(claim.predicate)).join(', ')}` : '',
    ].filter(Boolean);
    why.textContent = ` (${words(item.entity.kind)}) ${reasons.join('; ')}`;
    row.append(label, why, ' ');
    if (drawn(item.entity.id)) row.append('(in view)');
    else row.append(button('Add', () => add(item.entity.id), `Add ${item.entity.name} to the graph`));
    list.append(row);
  }
  target.replaceChildren(title, list);
}

/** Links to a cited source: its page, PubMed, the DOI resolver; as many as it has. */
function sourceLinks(source: object): Array<[string, string]> {
  // Only Source entities have these; the query asks for them `... on Source`.
  const { url, pmid, doi } = source as { url?: string | null; pmid?: string | null; doi?: string | null };
  const links: Array<[string, string]> = [];
  if (url) links.push(['source', url]);
  if (pmid) links.push([`PMID ${pmid}`, `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`]);
  if (doi) links.push([`DOI ${doi}`, `https://doi.org/${doi}`]);
  return links;
}

export function claimPanel(target: HTMLElement, claim: NonNullable<ClaimQuery['claim']>, close: () => void): void {
  const title = heading(`${claim.subject.name} ${claim.predicate} ${claim.object.name}`);
  const list = document.createElement('dl');
  list.className = 'claim';
  const row = (term: string, value: string, className?: string) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (className) dd.className = className;
    list.append(dt, dd);
  };
  row('Statement', claim.statement);
  row('Evidence', words(claim.evidence.level));
  row('Certainty', claim.evidence.certainty ? words(claim.evidence.certainty) : 'not graded');
  if (claim.evidence.study) row('Study', claim.evidence.study.name);
  row('Status', claim.status, `status-${claim.status}`);
  if (claim.statusNote) row('Why', claim.statusNote);
  row('Claim', `${claim.id} (${claim.kind.toLowerCase()})`);
  for (const citation of claim.citations) {
    const dt = document.createElement('dt');
    dt.textContent = citation.role === 'DISPUTES' ? 'Disputed in' : 'Cited in';
    const dd = document.createElement('dd');
    dd.append(`${citation.source.name}, ${citation.locator}`);
    for (const [label, href] of sourceLinks(citation.source)) dd.append(' ', externalLink(label, href));
    list.append(dt, dd);
  }
  target.replaceChildren(title, list, button('Close claim', close));
}
