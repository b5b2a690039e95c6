/**
 * HtmlService: pages are the inlined HTML files of dist/.
 *
 * There is deliberately no createTemplateFromFile: the product serves its
 * bundled pages as they are, and a call to it must fail here as a bug.
 *
 * The service lives in ./html-service/, one module per Apps Script class:
 * html-service.ts HtmlService, html-output.ts HtmlOutput; and enums.ts.
 */
export { createHtmlService } from './html-service/html-service';


