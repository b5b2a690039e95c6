/**
 * Data validation rules (DataValidationBuilder / DataValidation) and how they
 * map onto xlsx <dataValidation> entries as exceljs models them.
 *
 * Mapping:
 *  - VALUE_IN_LIST   -> type list, formula1 "a,b,c" (quoted literal)
 *  - VALUE_IN_RANGE  -> type list, formula1 Sheet!$A$2:$A$1000
 *  - CHECKBOX        -> type list, formula1 "TRUE,FALSE" (xlsx has no checkbox rule)
 *  - NUMBER_*        -> type decimal with the matching operator
 *  - DATE_*          -> type date with the matching operator
 *  - CUSTOM_FORMULA  -> type custom
 *  - allowInvalid false -> showErrorMessage (reject input); true -> warning only
 *  - helpText        -> input prompt
 * xlsx cannot say "no dropdown" through exceljs, so showDropdown reads back true.
 */
import type { DataValidation as XlsxValidation } from 'exceljs';
import { quoteSheetName } from './a1';
import { instantToWallClock, isDate, wallClockToInstant } from './values';

export const DataValidationCriteria = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
});
export type CriteriaType = keyof typeof DataValidationCriteria;

/** What a range needs from its sheet to resolve VALUE_IN_RANGE rules. */
export interface RangeLike {
  gasType: 'Range';
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

/** Resolves "Sheet!$A$2:$A$9" back to a Range; null when the sheet is gone. */
export type RangeResolver = (a1: string) => RangeLike | null;

interface Rule {
  criteria: CriteriaType;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

const NUMBER_OPS: Partial<Record<CriteriaType, string>> = {
  NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween', NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual', NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};
const DATE_OPS: Partial<Record<CriteriaType, string>> = {
  DATE_BETWEEN: 'between', DATE_NOT_BETWEEN: 'notBetween', DATE_EQUAL_TO: 'equal',
  DATE_AFTER: 'greaterThan', DATE_ON_OR_AFTER: 'greaterThanOrEqual', DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

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

export class DataValidationEmu {
  readonly gasType = 'DataValidation';
  constructor(private readonly rule: Rule) {}

  getCriteriaType(): CriteriaType {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return this.rule.values.map((v) => (Array.isArray(v) ? [...v] : isDate(v) ? new Date(v.getTime()) : v));
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string | null {
    return this.rule.helpText === '' ? null : this.rule.helpText;
  }

  copy(): DataValidationBuilderEmu {
    return new DataValidationBuilderEmu({ ...this.rule, values: this.getCriteriaValues() });
  }

  /** The rule as exceljs stores it; dates are written as wall-clock days in `tz`. */
  toXlsx(tz: string): XlsxValidation {
    const r = this.rule;
    const base = {
      allowBlank: true,
      showErrorMessage: !r.allowInvalid,
      ...(r.allowInvalid ? {} : { errorStyle: 'stop' as const }),
      ...(r.helpText ? { showInputMessage: true, prompt: r.helpText } : {}),
    };
    const dayOf = (d: Date): Date => {
      const wall = instantToWallClock(d, tz);
      return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
    };
    switch (r.criteria) {
      case 'VALUE_IN_LIST':
        return { ...base, type: 'list', formulae: [`"${(r.values[0] as string[]).join(',')}"`] };
      case 'CHECKBOX':
        return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] };
      case 'VALUE_IN_RANGE': {
        const range = r.values[0] as RangeLike;
        const [a, b] = range.getA1Notation().split(':');
        const abs = (x: string): string => x.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
        const ref = `${quoteSheetName(range.getSheet().getName())}!${abs(a)}${b ? `:${abs(b)}` : ''}`;
        return { ...base, type: 'list', formulae: [ref] };
      }
      case 'CUSTOM_FORMULA':
        return { ...base, type: 'custom', formulae: [String(r.values[0]).replace(/^=/, '')] };
      default: {
        const numberOp = NUMBER_OPS[r.criteria];
        if (numberOp) {
          return { ...base, type: 'decimal', operator: numberOp as never, formulae: r.values as number[] };
        }
        const dateOp = DATE_OPS[r.criteria];
        if (dateOp) {
          return {
            ...base, type: 'date', operator: dateOp as never, formulae: (r.values as Date[]).map(dayOf),
          };
        }
        throw new Error(`Data validation ${r.criteria} cannot be stored in an .xlsx file by the local emulator.`);
      }
    }
  }

  /** Reads an exceljs validation back; null for kinds Apps Script has no rule for. */
  static fromXlsx(v: XlsxValidation, tz: string, resolve: RangeResolver): DataValidationEmu | null {
    const allowInvalid = !v.showErrorMessage || (v.errorStyle !== undefined && v.errorStyle !== 'stop');
    const helpText = v.showInputMessage || v.prompt ? (v.prompt ?? '') : '';
    const make = (criteria: CriteriaType, values: unknown[]): DataValidationEmu =>
      new DataValidationEmu({ criteria, values, allowInvalid, helpText });
    const f = v.formulae ?? [];
    const op = (v.operator ?? 'between') as string;
    switch (v.type) {
      case 'list': {
        const formula = String(f[0] ?? '');
        const literal = /^"(.*)"$/s.exec(formula);
        if (literal) {
          const items = literal[1] === '' ? [] : literal[1].split(',');
          if (items.length === 2 && items[0].toUpperCase() === 'TRUE' && items[1].toUpperCase() === 'FALSE') {
            return make('CHECKBOX', []);
          }
          return make('VALUE_IN_LIST', [items, true]);
        }
        const range = resolve(formula.replace(/^=/, ''));
        if (range) return make('VALUE_IN_RANGE', [range, true]);
        return make('CUSTOM_FORMULA', [`=${formula}`]);
      }
      case 'custom':
        return make('CUSTOM_FORMULA', [`=${String(f[0] ?? '')}`]);
      case 'decimal':
      case 'whole': {
        const criteria = (Object.keys(NUMBER_OPS) as CriteriaType[]).find((k) => NUMBER_OPS[k] === op);
        return criteria ? make(criteria, f.map(Number)) : null;
      }
      case 'date': {
        const criteria = (Object.keys(DATE_OPS) as CriteriaType[]).find((k) => DATE_OPS[k] === op);
        const dates = f.map((x) => (isDate(x) ? wallClockToInstant(x, tz) : new Date(NaN)));
        return criteria ? make(criteria, dates) : null;
      }
      default:
        return null;
    }
  }
}

export class DataValidationBuilderEmu {
  readonly gasType = 'DataValidationBuilder';
  private rule: Rule;

  constructor(rule?: Rule) {
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
    if (!r || r.gasType !== 'Range') {
      throw new Error('DataValidationBuilder.requireValueInRange: expected a Range.');
    }
    return this.set('VALUE_IN_RANGE', [r, Boolean(showDropdown)]);
  }

  requireCheckbox(): this {
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

  requireDateAfter(date: Date): this {
    return this.set('DATE_AFTER', [requireDateArg(date, 'requireDateAfter')]);
  }

  requireDateBefore(date: Date): this {
    return this.set('DATE_BEFORE', [requireDateArg(date, 'requireDateBefore')]);
  }

  requireDateOnOrAfter(date: Date): this {
    return this.set('DATE_ON_OR_AFTER', [requireDateArg(date, 'requireDateOnOrAfter')]);
  }

  requireDateOnOrBefore(date: Date): this {
    return this.set('DATE_ON_OR_BEFORE', [requireDateArg(date, 'requireDateOnOrBefore')]);
  }

  requireDateEqualTo(date: Date): this {
    return this.set('DATE_EQUAL_TO', [requireDateArg(date, 'requireDateEqualTo')]);
  }

  requireDateBetween(start: Date, end: Date): this {
    return this.set('DATE_BETWEEN', [requireDateArg(start, 'requireDateBetween'), requireDateArg(end, 'requireDateBetween')]);
  }

  requireDateNotBetween(start: Date, end: Date): this {
    return this.set('DATE_NOT_BETWEEN', [requireDateArg(start, 'requireDateNotBetween'), requireDateArg(end, 'requireDateNotBetween')]);
  }

  withCriteria(criteria: CriteriaType, args: unknown[]): this {
    if (!(criteria in DataValidationCriteria)) {
      throw new Error(`DataValidationBuilder.withCriteria: unknown criteria ${String(criteria)}.`);
    }
    return this.set(criteria, Array.isArray(args) ? [...args] : []);
  }
}
