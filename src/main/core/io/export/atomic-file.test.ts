import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../../test/support/temp-dir';
import { AtomicFile } from './atomic-file';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('AtomicFile', () => {
  it('shows the file under its name only once committed, replacing an older one', () => {
    const target = path.join(dir, 'list.md');
    fs.writeFileSync(target, 'old');
    const f = new AtomicFile(target);
    f.write('new ');
    f.write(Buffer.from('content'));
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    f.commit();
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    expect(fs.readdirSync(dir)).toEqual(['list.md']);
  });

  it('leaves nothing behind when aborted', () => {
    const f = new AtomicFile(path.join(dir, 'list.md'));
    f.write('half');
    f.abort();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a missing folder or a folder as the target, clearly', () => {
    expect(() => new AtomicFile(path.join(dir, 'nope', 'x.md'))).toThrow(/folder does not exist/);
    expect(() => new AtomicFile(dir)).toThrow(/is a folder/);
  });
});
