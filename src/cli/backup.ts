import { Command } from 'commander';
import { toApiError } from '../shared/result';
import { backupLibrary, defaultBackupFile } from '../main/core/library/backup';
import { storageError } from '../main/core/library/db';
import type { Library } from '../main/core/library/library';
import { fail, printJson } from './output';

export function backupCommand(open: (cmd: Command) => Library): Command {
  return new Command('backup')
    .description('copy the library to a backup file (safe while Quire is running)')
    .option('-o, --output <file>', 'where to write the backup (default: backups/ beside the library)')
    .option('--json', 'print {"file","bytes"}')
    .action(async (opts: { output?: string; json?: boolean }, cmd: Command) => {
      let lib: Library | null = null;
      try {
        lib = open(cmd);
        const target = opts.output ?? defaultBackupFile(lib.db.name);
        let result;
        try {
          result = await backupLibrary(lib.db, target);
        } catch (err) {
          throw storageError(err, target);
        }
        if (opts.json) printJson(result);
        else
          process.stdout.write(
            `Backed up the library to ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB).\n`,
          );
      } catch (err) {
        fail(toApiError(err), !!opts.json);
        process.exitCode = 1;
      } finally {
        await lib?.close();
      }
    });
}
