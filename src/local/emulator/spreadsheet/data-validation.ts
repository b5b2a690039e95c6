/**
 * DataValidation: a built rule, and how rules map onto xlsx
 * <dataValidation> entries as exceljs models them.
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
import type { Assert, Conforms } from '../conformance';
import type { DataValidation as XlsxValidation } from 'exceljs';
import { quoteSheetName } from './a1';
import { DataValidationBuilderEmu } from './data-validation-builder';
import type { CriteriaType } from './data-validation-criteria';
import type { RangeLike, RangeResolver, ValidationRule } from './validation-rule';
import { instantToWallClock, isDate, wallClockToInstant } from './values';

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

export class DataValidationEmu {
  readonly gasType = 'DataValidation';
  constructor(private readonly rule: ValidationRule) {}

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

// Compile-time: DataValidation keeps to Apps Script's DataValidation (see ../conformance.ts). toXlsx is the
// emulator's own: Range writes a rule into the .xlsx with it.
type _DataValidationConforms = Assert<Conforms<DataValidationEmu, GoogleAppsScript.Spreadsheet.DataValidation, 'toXlsx'>>;
