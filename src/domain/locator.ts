/**
 * Citation locators: `"<section heading>" ¶<n>`, or a quoted section alone for a whole section
 * (`"Abstract"`, `"whole"` for a whole short document). docs/model.md, "Citations and locators".
 */
const locatorPattern = /^"([^"]+)"(?: ¶([1-9][0-9]*))?$/;

export interface Locator {
  section: string;
  paragraph?: number;
}

export function parseLocator(text: string): Locator | null {
  const match = locatorPattern.exec(text);
  if (!match) return null;
  return { section: match[1]!, paragraph: match[2] === undefined ? undefined : Number(match[2]) };
}

export const locatorFormatHint = 'a locator like "Myofascial release" ¶2, "Abstract" or "whole"';
