/** Small DOM helpers: the page builds its panels from these, never from HTML strings. */

export const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const control = document.createElement('button');
  control.type = 'button';
  control.textContent = text;
  if (label) control.setAttribute('aria-label', label);
  control.addEventListener('click', onClick);
  return control;
}

export function heading(text: string): HTMLHeadingElement {
  const title = document.createElement('h2');
  title.textContent = text;
  return title;
}

/** A link to another site, opened apart from the explorer. */
export function externalLink(text: string, href: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  link.rel = 'noopener';
  link.target = '_blank';
  return link;
}

export const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');
