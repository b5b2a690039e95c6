import { UsageError } from '../errors';

/** Says plainly that a command's feature is not built yet; prints no invented results. */
export function notBuilt(command: string, issue: string): never {
  const e = new UsageError(`"${command}" is not built yet (${issue}); nothing was done`);
  throw e;
}
