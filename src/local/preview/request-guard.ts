/**
 * Who may reach the preview. It serves real guests' medical notes and runs
 * writing server functions, on a laptop whose browser also visits other sites.
 * So it answers only requests addressed to itself (defeats DNS rebinding, where
 * a foreign name resolves to 127.0.0.1 and the page reads the answers) and sent
 * from its own pages or from no page at all (defeats cross-site requests, which
 * carry a foreign Origin or Sec-Fetch-Site). Scripts on the same machine send
 * neither header and may still call POST /api/run (CONTRACT.md).
 */
import type { IncomingMessage } from 'node:http';

/** The hosts the preview may listen on: loopback names only. */
const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'] as const;

export function isLoopbackHost(host: string): boolean {
  return (LOOPBACK_HOSTS as readonly string[]).includes(host.toLowerCase());
}

/** The Host header values that address this preview; port 80 may be left out, as browsers do. */
function ownAuthorities(port: number): string[] {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  return [...names.map((n) => `${n}:${port}`), ...(port === 80 ? names : [])];
}

function ownOrigins(port: number): string[] {
  return ownAuthorities(port).map((a) => `http://${a}`);
}

export interface Refusal {
  status: number;
  /** One short plain-text line for the response body. */
  reason: string;
}

/**
 * Why a request must not be answered, or undefined when it may be. `port` is
 * the port the connection arrived on (the real one, also when 0 was asked).
 */
export function refusalOf(req: IncomingMessage, port: number): Refusal | undefined {
  const hosts = req.headersDistinct.host ?? [];
  const own = ownAuthorities(port);
  if (hosts.length !== 1 || !own.includes(hosts[0].toLowerCase())) {
    return { status: 421, reason: `This preview answers only requests addressed to ${own.slice(0, 3).join(', ')}.` };
  }
  // Browsers send Origin on every POST and cross-origin fetch; "null" is a sandboxed or file page.
  const origin = req.headers.origin;
  if (origin !== undefined && !ownOrigins(port).includes(origin.toLowerCase())) {
    return { status: 403, reason: 'This preview answers only its own pages: the request came from another origin.' };
  }
  // Sec-Fetch-Site also covers navigations and frames, which carry no Origin. "same-site" is
  // another port on the same machine: not one of the preview's own pages either.
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') {
    return { status: 403, reason: 'This preview answers only its own pages: the request came from another site.' };
  }
  // A preflight is answered with a refusal and no Access-Control-Allow-* headers, so no other
  // origin can ever send the JSON a call needs.
  if (req.method === 'OPTIONS') {
    return { status: 403, reason: 'This preview takes no cross-origin requests.' };
  }
  return undefined;
}

/** True when the body is declared JSON: an HTML form cannot declare that without a preflight. */
export function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'] ?? '';
  return type.split(';')[0].trim().toLowerCase() === 'application/json';
}
