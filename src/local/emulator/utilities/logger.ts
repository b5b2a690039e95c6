/** Logger: the execution's log lines (and on stderr with options.verbose). */
import type { Assert, Conforms } from '../conformance';
import type { ServiceContext } from '../state';

/** Apps Script's Logger.log(format, values...) understands Java's %s-style placeholders. */
function formatLog(args: unknown[]): string {
  const show = (v: unknown) => (typeof v === 'object' && v !== null && !(v instanceof Date) ? JSON.stringify(v) : String(v));
  if (args.length > 1 && typeof args[0] === 'string' && /%[sdfo%]/.test(args[0])) {
    let i = 1;
    return args[0].replace(/%(\d*\.?\d*)([sdfo%])/g, (all, _w, kind) => {
      if (kind === '%') return '%';
      if (i >= args.length) return all;
      return show(args[i++]);
    });
  }
  return args.map(show).join(' ');
}

export class Logger {
  readonly gasType = 'Logger';
  private readonly lines: string[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  log(...args: unknown[]): Logger {
    const line = formatLog(args);
    this.lines.push(line);
    if (this.ctx.options.verbose) process.stderr.write(`[Logger] ${line}\n`);
    return this;
  }

  getLog(): string {
    return this.lines.length ? `${this.lines.join('\n')}\n` : '';
  }

  clear(): void {
    this.lines.length = 0;
  }
}

// Compile-time: Logger keeps to Apps Script's Logger (see ../conformance.ts).
type _LoggerConforms = Assert<Conforms<Logger, GoogleAppsScript.Base.Logger>>;

export function createLogger(ctx: ServiceContext): Logger {
  return new Logger(ctx);
}
