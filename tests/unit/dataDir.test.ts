import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirError, prepareDataDir } from '../../src/dataDir';

describe('the data directory is checked before anything starts there', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fascia-datadir-'));

  it('creates missing levels and accepts a writable directory', () => {
    const dir = path.join(root, 'a', 'b', 'c');
    prepareDataDir(dir);
    expect(existsSync(dir)).toBe(true);
  });

  it('refuses a path under a pseudo file system at once, in one line', () => {
    expect(() => prepareDataDir('/proc/fascia-data')).toThrow(DataDirError);
    expect(() => prepareDataDir('/proc/fascia-data')).toThrow(
      /^FASCIA_DATA_DIR \/proc\/fascia-data is not usable: ENOENT/,
    );
  });

  it('refuses a file where a directory should be', () => {
    const file = path.join(root, 'file');
    writeFileSync(file, 'x');
    expect(() => prepareDataDir(path.join(file, 'data'))).toThrow(/ENOTDIR/);
    expect(() => prepareDataDir(file)).toThrow(/is not a directory/);
  });
});
