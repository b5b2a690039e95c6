/**
 * UrlFetchApp as the bundle sees it, emulating only the Drive API v3
 * multipart upload endpoints (the documents' parallel writes); every other
 * URL is refused as not emulated. One module per Apps Script class under
 * ./url-fetch/: url-fetch-app.ts UrlFetchApp, http-response.ts HTTPResponse;
 * and what they share: drive-upload.ts (the endpoints, answered by the
 * advanced Drive service's Files collection), multipart.ts (the body).
 */
export { createUrlFetchApp } from './url-fetch/url-fetch-app';
