import { citationsText, csvField } from '../../src/ingest/formats/csvText';
import { escapeCell, parseTsv, tsvRow, unescapeCell } from '../../src/ingest/formats/tsv';

describe('cells of the CSV and TSV exports', () => {
  it('CSV: quotes what needs it and keeps spreadsheets from running text as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1 point')).toBe("'-1 point");
    expect(citationsText([{ source: 's', locator: '"A" ¶1', role: 'DISPUTES' }])).toBe('s "A" ¶1 (disputes)');
  });

  it('TSV: tabs, line breaks and backslashes survive a write and a read', () => {
    const text = 'one\ttwo\nthree\\four\r';
    expect(escapeCell(text)).not.toMatch(/[\t\n\r]/);
    expect(unescapeCell(escapeCell(text))).toBe(text);
    const file = `${['a', 'b'].join('\t')}\n${tsvRow(['a', 'b'], { a: text, b: 'x' })}\n\n`;
    expect(parseTsv(file)).toEqual([{ a: text, b: 'x' }]);
  });
});
