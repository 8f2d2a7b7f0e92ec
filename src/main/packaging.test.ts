import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The packaged app flips Electron's fuses off for everything Quire does not use; this pins them.
const config = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.json'), 'utf8'),
);

describe('packaging', () => {
  it('burns the fuses of the Electron security checklist', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });
});
