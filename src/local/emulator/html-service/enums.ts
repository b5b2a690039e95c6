/** HtmlService's enums, as the bundle reads them (HtmlService.XFrameOptionsMode.ALLOWALL, ...). */
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;
export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
