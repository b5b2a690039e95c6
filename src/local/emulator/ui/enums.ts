/** Ui's Button and ButtonSet enums, as the bundle reads them (ui.ButtonSet.YES_NO, ...). */
export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export const Button = Object.freeze({ OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const);
export const ButtonSet = Object.freeze({
  OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const);
export type ButtonSetName = keyof typeof ButtonSet;
