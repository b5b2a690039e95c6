/**
 * `lo-desk`: runs dist/Code.js in the local Apps Script emulator against a
 * workbook file. Commands and flags are CONTRACT.md §3.
 */
import { UsageError } from './errors';
import { CommandContext } from './context';
import { COMMANDS, usage } from './commands';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`lo-desk: unknown command "${name}" (commands: ${Object.keys(COMMANDS).filter((c) => !COMMANDS[c].hidden).join(', ')})\n`);
    return 2;
  }
  let ctx: CommandContext | undefined;
  try {
    const parsed = command.parse(rest);
    if (parsed.flags.help) {
      process.stdout.write(usage(name));
      return 0;
    }
    ctx = new CommandContext(name, parsed.flags);
    return await command.run(ctx, parsed.positionals);
  } catch (err) {
    const e = err as Error & { exitCode?: number };
    process.stderr.write(`lo-desk ${name}: ${e.message}\n`);
    if (!e.exitCode && !(err instanceof UsageError) && process.env.LO_DESK_DEBUG) process.stderr.write(`${e.stack}\n`);
    return e.exitCode ?? 1;
  } finally {
    if (ctx?.flags.stats) process.stderr.write(`${ctx.statsLine()}\n`);
  }
}

if (require.main === module) {
  // Apps Script runs in the manifest's zone; so does the emulator.
  process.env.TZ = 'Asia/Bangkok';
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`lo-desk: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
