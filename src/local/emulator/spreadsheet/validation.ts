/**
 * Data validation rules: one module per Apps Script class,
 * data-validation.ts DataValidation (and its .xlsx mapping),
 * data-validation-builder.ts DataValidationBuilder; and
 * data-validation-criteria.ts, validation-rule.ts (what a rule holds).
 */
export { DataValidationEmu } from './data-validation';
export { DataValidationBuilderEmu } from './data-validation-builder';
export { DataValidationCriteria, type CriteriaType } from './data-validation-criteria';
export type { RangeLike, RangeResolver } from './validation-rule';
