/**
 * Data validation rules: one module per Apps Script class,
 * data-validation.ts DataValidation (and its .xlsx mapping),
 * data-validation-builder.ts DataValidationBuilder; and
 * data-validation-criteria.ts, validation-rule.ts (what a rule holds).
 */
export { DataValidationEmu } from './data-validation';
export { DataValidationBuilderEmu } from './data-validation-builder';
export { DataValidationCriteria } from './data-validation-criteria';
export type { RangeResolver } from './validation-rule';
