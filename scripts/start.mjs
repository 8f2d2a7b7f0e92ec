// `npm start`: builds and opens the desktop app. Where no Electron binary can be had (it is
// downloaded on first use, and some machines cannot reach the download), say so and point at
// `quire serve`, which serves the same app to a browser.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

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
const run = spawnSync(binary, ['.'], { stdio: 'inherit' });
process.exit(run.status ?? 0);
