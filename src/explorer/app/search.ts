import { SearchDocument, request } from './operations';

export interface Choice {
  id: string;
  name: string;
}

/**
 * Search as you type on an input with a listbox under it (the ARIA combobox pattern): ArrowDown
 * and ArrowUp move through the results, Enter chooses, Escape closes. Used by the page's search
 * and by "path to…".
 */
export function searchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  endpoint: string,
  run: (action: () => Promise<void>) => Promise<void>,
  onChoose: (choice: Choice) => Promise<void>,
  onNoMatch: (text: string) => void,
): void {
  let timer: number | undefined;
  let serial = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (choice: Choice) => {
    close();
    input.value = choice.name;
    return run(() => onChoose(choice));
  };

  const search = async () => {
    const text = input.value;
    const mine = ++serial;
    const data = await request(endpoint, SearchDocument, { text });
    if (mine !== serial) return; // a newer keystroke already asked again
    list.replaceChildren(
      ...data.search.map(({ entity }, index) => {
        const item = document.createElement('li');
        item.id = `${list.id}-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.dataset.id = entity.id;
        item.dataset.label = entity.name;
        const name = document.createElement('span');
        name.textContent = entity.name;
        const kind = document.createElement('span');
        kind.className = 'kind';
        kind.textContent = entity.kind.toLowerCase();
        item.append(name, kind);
        item.addEventListener('click', () => void choose({ id: entity.id, name: entity.name }));
        return item;
      }),
    );
    // What the list answers: keys act on it only while the box still holds that text.
    list.dataset.text = text;
    list.hidden = data.search.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (data.search.length === 0 && text.trim() !== '') onNoMatch(text.trim());
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(search), 150);
  });

  const highlighted = () => list.querySelector<HTMLLIElement>('li[aria-selected="true"]');
  const highlight = (item: HTMLLIElement) => {
    highlighted()?.setAttribute('aria-selected', 'false');
    item.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', item.id);
    item.scrollIntoView({ block: 'nearest' });
  };
  input.addEventListener('keydown', (event) => {
    // Results still shown for an earlier text (the answer for the latest is on its way) are not
    // chosen from: Enter would open what the user no longer asks for.
    const fresh = list.dataset.text === input.value;
    const items = fresh ? [...list.querySelectorAll<HTMLLIElement>('li')] : [];
    const current = highlighted();
    const index = current ? items.indexOf(current) : -1;
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      highlight(items[Math.min(index + 1, items.length - 1)]!);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      highlight(items[Math.max(index - 1, 0)]!);
    } else if (event.key === 'Enter' && current && fresh) {
      event.preventDefault();
      void choose({ id: current.dataset.id!, name: current.dataset.label! });
    } else if (event.key === 'Escape') {
      close();
    }
  });
}
