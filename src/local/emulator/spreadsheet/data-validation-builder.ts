/** DataValidationBuilder: SpreadsheetApp.newDataValidation() and DataValidation.copy(), up to build(). */
import type { Assert, Conforms } from '../conformance';
import { DataValidationEmu } from './data-validation';
import { DataValidationCriteria, type CriteriaType } from './data-validation-criteria';
import type { RangeLike, ValidationRule } from './validation-rule';
import { isDate } from './values';

function requireNumber(v: unknown, method: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new Error(`DataValidationBuilder.${method}: expected a number, got ${JSON.stringify(v)}.`);
  }
  return v;
}

function requireDateArg(v: unknown, method: string): Date {
  if (!isDate(v) || Number.isNaN(v.getTime())) {
    throw new Error(`DataValidationBuilder.${method}: expected a Date.`);
  }
  return new Date(v.getTime());
}

export class DataValidationBuilderEmu {
  readonly gasType = 'DataValidationBuilder';
  private rule: ValidationRule;

  constructor(rule?: ValidationRule) {
    this.rule = rule ?? { criteria: 'VALUE_IN_LIST', values: [], allowInvalid: true, helpText: '' };
    this.hasCriteria = rule !== undefined;
  }

  private hasCriteria: boolean;

  private set(criteria: CriteriaType, values: unknown[]): this {
    this.rule = { ...this.rule, criteria, values };
    this.hasCriteria = true;
    return this;
  }

  build(): DataValidationEmu {
    if (!this.hasCriteria) {
      throw new Error('You must specify a criteria for the data validation rule (e.g. requireValueInList).');
    }
    return new DataValidationEmu({ ...this.rule, values: [...this.rule.values] });
  }

  copy(): DataValidationBuilderEmu {
    const b = new DataValidationBuilderEmu({ ...this.rule, values: [...this.rule.values] });
    b.hasCriteria = this.hasCriteria;
    return b;
  }

  getCriteriaType(): CriteriaType | null {
    return this.hasCriteria ? this.rule.criteria : null;
  }

  getCriteriaValues(): unknown[] {
    return [...this.rule.values];
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    return this.rule.helpText === '' ? null : this.rule.helpText;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.rule = { ...this.rule, allowInvalid: Boolean(allowInvalidData) };
    return this;
  }

  setHelpText(helpText: string): this {
    this.rule = { ...this.rule, helpText: helpText == null ? '' : String(helpText) };
    return this;
  }

  requireValueInList(values: unknown, showDropdown = true): this {
    if (!Array.isArray(values)) {
      throw new Error('DataValidationBuilder.requireValueInList: expected an array of strings.');
    }
    const items = values.map((v) => String(v));
    // An .xlsx list literal is one comma-separated string with no escaping.
    const unstorable = items.find((v) => v.includes(',') || v.includes('"'));
    if (unstorable !== undefined) {
      throw new Error(
        `DataValidationBuilder.requireValueInList: "${unstorable}" contains a comma or a double quote, which an `
        + '.xlsx list cannot hold (use requireValueInRange with a sheet range instead).',
      );
    }
    const text = items.join(',');
    // Excel caps a literal list at 255 characters; a longer one would corrupt the file.
    if (text.length > 255) {
      throw new Error(
        `DataValidationBuilder.requireValueInList: the list is ${text.length} characters long; an .xlsx list `
        + 'holds at most 255 (use requireValueInRange with a sheet range instead).',
      );
    }
    return this.set('VALUE_IN_LIST', [items, Boolean(showDropdown)]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    const r = range as RangeLike | undefined;
    if (r?.gasType !== 'Range') {
      throw new Error('DataValidationBuilder.requireValueInRange: expected a Range.');
    }
    return this.set('VALUE_IN_RANGE', [r, Boolean(showDropdown)]);
  }

  /** Custom checked/unchecked values are not emulated (an .xlsx checkbox is TRUE/FALSE): refused, not dropped. */
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    if (checkedValue !== undefined || uncheckedValue !== undefined) {
      throw new Error('DataValidationBuilder.requireCheckbox: custom checked and unchecked values are not emulated locally (an .xlsx checkbox is TRUE/FALSE).');
    }
    return this.set('CHECKBOX', []);
  }

  requireFormulaSatisfied(formula: string): this {
    const f = String(formula ?? '');
    if (!f.startsWith('=')) {
      throw new Error('DataValidationBuilder.requireFormulaSatisfied: the formula must start with "=".');
    }
    return this.set('CUSTOM_FORMULA', [f]);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.set('NUMBER_BETWEEN', [requireNumber(start, 'requireNumberBetween'), requireNumber(end, 'requireNumberBetween')]);
  }

  requireNumberNotBetween(start: number, end: number): this {
    return this.set('NUMBER_NOT_BETWEEN', [requireNumber(start, 'requireNumberNotBetween'), requireNumber(end, 'requireNumberNotBetween')]);
  }

  requireNumberEqualTo(n: number): this {
    return this.set('NUMBER_EQUAL_TO', [requireNumber(n, 'requireNumberEqualTo')]);
  }

  requireNumberNotEqualTo(n: number): this {
    return this.set('NUMBER_NOT_EQUAL_TO', [requireNumber(n, 'requireNumberNotEqualTo')]);
  }

  requireNumberGreaterThan(n: number): this {
    return this.set('NUMBER_GREATER_THAN', [requireNumber(n, 'requireNumberGreaterThan')]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [requireNumber(n, 'requireNumberGreaterThanOrEqualTo')]);
  }

  requireNumberLessThan(n: number): this {
    return this.set('NUMBER_LESS_THAN', [requireNumber(n, 'requireNumberLessThan')]);
  }

  requireNumberLessThanOrEqualTo(n: number): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [requireNumber(n, 'requireNumberLessThanOrEqualTo')]);
  }

  requireDateAfter(date: Date | GoogleAppsScript.Base.Date): this {
    return this.set('DATE_AFTER', [requireDateArg(date, 'requireDateAfter')]);
  }

  requireDateBefore(date: Date | GoogleAppsScript.Base.Date): this {
    return this.set('DATE_BEFORE', [requireDateArg(date, 'requireDateBefore')]);
  }

  requireDateOnOrAfter(date: Date | GoogleAppsScript.Base.Date): this {
    return this.set('DATE_ON_OR_AFTER', [requireDateArg(date, 'requireDateOnOrAfter')]);
  }

  requireDateOnOrBefore(date: Date | GoogleAppsScript.Base.Date): this {
    return this.set('DATE_ON_OR_BEFORE', [requireDateArg(date, 'requireDateOnOrBefore')]);
  }

  requireDateEqualTo(date: Date | GoogleAppsScript.Base.Date): this {
    return this.set('DATE_EQUAL_TO', [requireDateArg(date, 'requireDateEqualTo')]);
  }

  requireDateBetween(start: Date | GoogleAppsScript.Base.Date, end: Date | GoogleAppsScript.Base.Date): this {
    return this.set('DATE_BETWEEN', [requireDateArg(start, 'requireDateBetween'), requireDateArg(end, 'requireDateBetween')]);
  }

  requireDateNotBetween(start: Date | GoogleAppsScript.Base.Date, end: Date | GoogleAppsScript.Base.Date): this {
    return this.set('DATE_NOT_BETWEEN', [requireDateArg(start, 'requireDateNotBetween'), requireDateArg(end, 'requireDateNotBetween')]);
  }

  /** The criteria as SpreadsheetApp.DataValidationCriteria holds it here, a name (@types declares Apps Script's enum). */
  withCriteria(criteria: CriteriaType | GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): this {
    if (!(criteria in DataValidationCriteria)) {
      throw new Error(`DataValidationBuilder.withCriteria: unknown criteria ${String(criteria)}.`);
    }
    return this.set(criteria as CriteriaType, Array.isArray(args) ? [...args] : []);
  }
}

// Compile-time: DataValidationBuilder keeps to Apps Script's DataValidationBuilder (see ../conformance.ts).
type _DataValidationBuilderConforms = Assert<Conforms<DataValidationBuilderEmu, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>;
