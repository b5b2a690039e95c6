/** A mistake in how the command was called or in its input: one line, exit code 2, no file touched. */
export class UsageError extends Error {
  readonly exitCode = 2;
}
