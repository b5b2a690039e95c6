/** What a data validation rule holds, shared by DataValidation and DataValidationBuilder. */
import type { CriteriaType } from './data-validation-criteria';

/** What a range needs from its sheet to resolve VALUE_IN_RANGE rules. */
export interface RangeLike {
  gasType: 'Range';
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

/** Resolves "Sheet!$A$2:$A$9" back to a Range; null when the sheet is gone. */
export type RangeResolver = (a1: string) => RangeLike | null;

/** A rule's content: DataValidation holds one, DataValidationBuilder edits a copy. */
export interface ValidationRule {
  criteria: CriteriaType;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}
