/** What a sample row holds: a value per column key, as an organiser would type it. */
type SampleValue = string | number | boolean;
export type SampleRow = Record<string, SampleValue>;
