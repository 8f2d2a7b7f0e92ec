import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesOf, thrown } from '../test-fixtures';
import { ImportFileError } from '../types';
import { isZip, listZip, readZip } from './zip';

describe('readZip', () => {
  const zip = zipSync({ 'a.csv': bytesOf('x,y\n'), 'dir/b.json': bytesOf('[]'), 'dir/': new Uint8Array() });

  it('recognises a zip by its signature', () => {
    expect(isZip(zip)).toBe(true);
    expect(isZip(zipSync({}))).toBe(true);
    expect(isZip(bytesOf('PK but text'))).toBe(false);
  });

  it('inflates only the wanted members, and lists names without inflating', () => {
    const files = readZip(zip, 'pocket-csv', 'x.zip', (n) => n.endsWith('.json'));
    expect([...files.keys()]).toEqual(['dir/b.json']);
    expect(new TextDecoder().decode(files.get('dir/b.json'))).toBe('[]');
    expect(listZip(zip, null, 'x.zip')).toEqual(['a.csv', 'dir/b.json']);
  });

  it('refuses a damaged zip with a clear message naming the file', () => {
    const cut = zip.subarray(0, zip.length - 30);
    const err = thrown(() => readZip(cut, 'omnivore', 'export.zip')) as ImportFileError;
    expect(err).toBeInstanceOf(ImportFileError);
    expect(err.message).toMatch(/^The zip archive is damaged or incomplete: .* \(export\.zip\)$/);
  });

  it('refuses a zip that says it unpacks to more than 2 GB, before inflating anything', () => {
    const big = zipSync({ 'a.json': bytesOf('[1]') });
    // Forge the uncompressed size in the central directory entry (offset 24 from its signature).
    const view = new DataView(big.buffer, big.byteOffset, big.byteLength);
    let cd = big.length - 22;
    cd = view.getUint32(cd + 16, true);
    view.setUint32(cd + 24, 0xffff_fff0, true);
    const err = thrown(() => readZip(big, 'omnivore', 'bomb.zip')) as ImportFileError;
    expect(err.message).toBe('The zip would unpack to more than 2 GB (bomb.zip)');
  });
});
