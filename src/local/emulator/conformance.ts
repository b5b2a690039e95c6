/**
 * Compile-time checks that an emulated Apps Script class keeps to the real
 * one's shape as @types/google-apps-script declares it:
 *
 *   - every public member of the fake (but `gasType` and `_`-prefixed
 *     internals, and the emulator-only members named) exists on the real
 *     interface, so a script that runs here cannot call what Apps Script
 *     lacks;
 *   - every method of the fake accepts every argument list the real one
 *     accepts (each overload's), so a call that type-checks against Apps
 *     Script is one the fake takes.
 *
 * Return types are not compared: fakes return fakes.
 *
 * Use one line per class, next to it (a type alias: nothing reaches the
 * built code):
 *   type _ParagraphConforms = Assert<Conforms<Paragraph, GoogleAppsScript.Document.Paragraph>>;
 * A mismatch fails the type check with the offending member and argument
 * lists spelled out in the error.
 */

/**
 * Every argument list of a method, one tuple per overload (Parameters<F>
 * sees only the last overload). Matching against ten call signatures infers
 * each of F's overloads, the missing ones repeating the first; a method with
 * more than ten would lose its first ones (the most in
 * @types/google-apps-script is eight, Spreadsheet.insertSheet).
 */
export type OverloadParameters<F> = F extends {
  (...args: infer A1): unknown;
  (...args: infer A2): unknown;
  (...args: infer A3): unknown;
  (...args: infer A4): unknown;
  (...args: infer A5): unknown;
  (...args: infer A6): unknown;
  (...args: infer A7): unknown;
  (...args: infer A8): unknown;
  (...args: infer A9): unknown;
  (...args: infer A10): unknown;
}
  ? A1 | A2 | A3 | A4 | A5 | A6 | A7 | A8 | A9 | A10
  : never;

type AnyFunction = (...args: never[]) => unknown;

/** The public members a fake is held to: not its `gasType` tag, not `_` internals, not the emulator-only ones. */
type HeldKeys<Fake, EmulatorOnly extends PropertyKey> = Exclude<keyof Fake, 'gasType' | `_${string}` | EmulatorOnly>;

type MemberProblem<Fake, Real, K extends keyof Fake> = K extends keyof Real
  ? Fake[K] extends AnyFunction
    ? Real[K] extends AnyFunction
      ? [Exclude<OverloadParameters<Real[K]>, Parameters<Fake[K]>>] extends [never]
        ? never
        : { method: K; rejects: Exclude<OverloadParameters<Real[K]>, Parameters<Fake[K]>> }
      : { member: K; problem: 'a method here, not a method in Apps Script' }
    : Real[K] extends AnyFunction
      ? { member: K; problem: 'a method in Apps Script, not a method here' }
      : never
  : { member: K; problem: 'not in Apps Script' };

/** Re-maps each problem so a type error spells it out instead of naming this alias. */
type Spelled<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;

type Problems<Fake, Real, EmulatorOnly extends PropertyKey> = Spelled<
  {
    [K in HeldKeys<Fake, EmulatorOnly>]-?: MemberProblem<Fake, Real, K>;
  }[HeldKeys<Fake, EmulatorOnly>]
>;

/**
 * `true` if the fake keeps to the real interface, else the problems (a union
 * of `{ method, rejects }` and `{ member, problem }`). EmulatorOnly names
 * public members the emulator adds on purpose (e.g. DocumentApp.commit).
 */
export type Conforms<Fake, Real, EmulatorOnly extends keyof Fake = never> = [Problems<Fake, Real, EmulatorOnly>] extends [never]
  ? true
  : Problems<Fake, Real, EmulatorOnly>;

/** Fails the type check unless T is `true`; the error shows what T is instead. */
export type Assert<T extends true> = T;
