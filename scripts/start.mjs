// `npm start`: builds and opens the desktop app. Where no Electron binary can be had (it is
// downloaded on first use, and some machines cannot reach the download), say so and point at
// `quire serve`, which serves the same app to a browser.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Resolving the electron package downloads the binary on first use; do it in a child so a failed
// download ends in the message below rather than a stack trace.
const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
  encoding: 'utf8',
});
const binary = probe.status === 0 ? probe.stdout.trim() : null;
if (!binary || !fs.existsSync(binary)) {
  console.error(`
Quire's desktop window needs the Electron binary, and it is not installed on this machine
(Electron downloads it on first use; that download is not possible here).

Use the same app in your browser instead:

    npm run build && npx quire serve

then open the address it prints (http://127.0.0.1:PORT/?token=…).
`);
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// better-sqlite3 as installed is built for Node's ABI (the CLI and the tests need that one);
// Electron needs its own build, kept beside it rather than rebuilding in place.
const electronVersion = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')).version;
const nativeDir = path.resolve('node_modules/.cache', `better-sqlite3-electron-${electronVersion}`);
const binding = path.join(nativeDir, 'build/Release/better_sqlite3.node');
if (!fs.existsSync(binding)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
  fs.rmSync(nativeDir, { recursive: true, force: true });
  fs.cpSync('node_modules/better-sqlite3', nativeDir, { recursive: true });
  const gyp = spawnSync(
    'npx',
    [
      'node-gyp',
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: nativeDir, stdio: 'inherit' },
  );
  if (gyp.status !== 0) {
    console.error('Could not build better-sqlite3 for Electron; `npx quire serve` works without it.');
    process.exit(1);
  }
}
const run = spawnSync(binary, ['.'], {
  stdio: 'inherit',
  env: { ...process.env, QUIRE_SQLITE_BINDING: binding },
});
process.exit(run.status ?? 0);
