/**
 * PropertiesService over JSON files of the emulated Google side (state.ts):
 *  - script properties: ONE store for the whole add-on project, shared by
 *    every user on every spreadsheet (500 KB in all), as on Google;
 *  - user properties: per user, across every spreadsheet they use it on;
 *  - document properties: per spreadsheet; null where the execution has no
 *    containing document (a time-driven trigger or a web app of an add-on).
 *
 * Every read goes to the file and every write lands in it at once, as Apps
 * Script's stores are shared live between executions.
 *
 * The service lives in ./properties/, one module per Apps Script class:
 * properties-service.ts PropertiesService, properties.ts Properties.
 */
export { createPropertiesService } from './properties/properties-service';
export { PROPERTY_VALUE_LIMIT } from './properties/properties';
