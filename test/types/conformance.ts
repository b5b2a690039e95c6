/**
 * Type-level tests of src/local/emulator/conformance.ts: `npm run typecheck`
 * compiles this file (tsconfig includes test/), jest does not run it (it is
 * not a *.test.ts). Each `@ts-expect-error` line fails the type check if the
 * helper ever stops rejecting what it names; each Equal line pins the problem
 * it reports, so the rejection is for the right reason.
 */
import type { Assert, Conforms, OverloadParameters } from '../../src/local/emulator/conformance';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type RealParagraph = GoogleAppsScript.Document.Paragraph;
type RealText = GoogleAppsScript.Document.Text;

// Every overload's argument list, not only the last one's (which is all Parameters<F> gives).
type _SetBoldArguments = Assert<
  Equal<OverloadParameters<RealText['setBold']>, [bold: boolean] | [startOffset: number, endOffsetInclusive: number, bold: boolean]>
>;
type _GetTextArguments = Assert<Equal<OverloadParameters<RealText['getText']>, []>>;

/** A fake that keeps to the real: a subset of its methods, each taking every real argument list. */
class GoodParagraph {
  readonly gasType = 'Paragraph';
  readonly _model = {};
  getText(): string {
    return '';
  }
  setHeading(_heading: GoogleAppsScript.Document.ParagraphHeading | string): this {
    return this;
  }
  // One signature for both real overloads (string and Text).
  appendText(_text: string | RealText): unknown {
    return null;
  }
  _internal(): void {}
}
type _GoodConforms = Assert<Conforms<GoodParagraph, RealParagraph>>;

/** The heading as a string only: the real's enum argument is rejected. */
class WrongArgumentType {
  readonly gasType = 'Paragraph';
  setHeading(_heading: string): this {
    return this;
  }
}
// @ts-expect-error setHeading does not take a ParagraphHeading
type _WrongArgumentType = Assert<Conforms<WrongArgumentType, RealParagraph>>;
type _WrongArgumentTypeProblem = Assert<
  Equal<Conforms<WrongArgumentType, RealParagraph>, { method: 'setHeading'; rejects: [heading: GoogleAppsScript.Document.ParagraphHeading] }>
>;

/** Only appendText(string): the real's appendText(Text) overload is rejected. */
class MissingOverload {
  readonly gasType = 'Paragraph';
  appendText(_text: string): unknown {
    return null;
  }
}
// @ts-expect-error appendText does not take a Text
type _MissingOverload = Assert<Conforms<MissingOverload, RealParagraph>>;
type _MissingOverloadProblem = Assert<Equal<Conforms<MissingOverload, RealParagraph>, { method: 'appendText'; rejects: [text: RealText] }>>;

/** Only the ranged setBold: the real's first overload, setBold(bold), is rejected (Parameters<F> alone would miss it). */
class MissingFirstOverload {
  readonly gasType = 'Text';
  setBold(_startOffset: number, _endOffsetInclusive: number, _bold: boolean): this {
    return this;
  }
}
// @ts-expect-error setBold does not take (bold)
type _MissingFirstOverload = Assert<Conforms<MissingFirstOverload, RealText>>;
type _MissingFirstOverloadProblem = Assert<Equal<Conforms<MissingFirstOverload, RealText>, { method: 'setBold'; rejects: [bold: boolean] }>>;

/** No parameter where the real has an optional one: a call passing it is rejected. */
class MissingOptionalArgument {
  readonly gasType = 'Paragraph';
  appendPageBreak(): unknown {
    return null;
  }
}
// @ts-expect-error appendPageBreak does not take a PageBreak
type _MissingOptionalArgument = Assert<Conforms<MissingOptionalArgument, RealParagraph>>;

/** A method Apps Script's Paragraph lacks (scripts would pass here and fail there). */
class ExtraMethod {
  readonly gasType = 'Paragraph';
  getParagraphs(): unknown[] {
    return [];
  }
}
// @ts-expect-error Paragraph has no getParagraphs
type _ExtraMethod = Assert<Conforms<ExtraMethod, RealParagraph>>;
type _ExtraMethodProblem = Assert<Equal<Conforms<ExtraMethod, RealParagraph>, { member: 'getParagraphs'; problem: 'not in Apps Script' }>>;

// Naming it as emulator-only lets it through, and only names the fake has are accepted.
type _ExtraMethodAllowed = Assert<Conforms<ExtraMethod, RealParagraph, 'getParagraphs'>>;
// @ts-expect-error 'commit' is not a member of ExtraMethod
type _UnknownExemption = Conforms<ExtraMethod, RealParagraph, 'commit'>;
