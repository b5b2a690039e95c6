import { parseCommandArgs, parseEmail, parsePort } from '../args';
import type { Command } from './index';
import type { CommandContext } from '../context';
import { checkWorkbookFile } from '../workbook-file';
import { UsageError } from '../errors';
import { createPreviewServer, listen } from '../../preview/server';
import { firstOrganiser } from '../workbook-people';

export async function servePreview(ctx: CommandContext, file: string): Promise<number> {
  checkWorkbookFile(file);
  const port = parsePort(ctx.flags.port as string | undefined, 8787);
  const asUser = parseEmail(ctx.flags.as as string | undefined) ?? (await firstOrganiser(file)) ?? '';
  const emulator = ctx.emulator(file, { user: asUser });
  const server = createPreviewServer({ emulator, defaultUser: asUser, port });
  let url: string;
  try {
    url = await listen(server, port);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  process.stdout.write(`LO Desk preview of ${file} at ${url} (acting as ${asUser || 'no one'}; Ctrl+C stops it)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

export const previewCommand: Command = {
  summary: 'serves the sidebar, dashboard and phone page on the bundle',
  synopsis: 'preview FILE [--port N] [--as EMAIL]',
  parse: (argv) => parseCommandArgs('preview', argv, { port: { type: 'string' } }, 1),
  run: (ctx, [file]) => servePreview(ctx, file),
};
