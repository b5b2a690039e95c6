/**
 * The execution's OAuth 2.0 access token (ScriptApp.getOAuthToken): "Gets
 * the OAuth 2.0 access token for the effective user" (Google's reference).
 * Here it is a stable string for the user and the project's granted scopes,
 * so UrlFetchApp's emulated Google endpoints can tell a right bearer token
 * from a missing or wrong one, and what the token may do (its scopes).
 */
import { createHash } from 'node:crypto';
import { effectiveUserOf } from '../session';
import type { ServiceContext } from '../state';

export function oauthTokenOf(ctx: ServiceContext, scopes: ReadonlySet<string>): string {
  const seed = [ctx.google.home, effectiveUserOf(ctx), ...[...scopes].sort()].join('\n');
  // Google's access tokens start "ya29."; the rest is opaque to the script.
  return `ya29.emu-${createHash('sha256').update(seed).digest('base64url').slice(0, 40)}`;
}
