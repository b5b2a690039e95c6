/**
 * The browser side of google.script.run for the local preview: the same
 * chainable API (withSuccessHandler, withFailureHandler, withUserObject,
 * then any server function name), carried over fetch to /api/run, where the
 * emulator runs the bundle's function as one execution. Injected into every
 * page the preview serves, ahead of the page's own script. It must send
 * Content-Type: application/json: /api/run refuses anything else, so that a
 * cross-site form cannot call it (request-guard.ts).
 */
const SCRIPT_RUN_SHIM = `<script>(function () {
  var params = new URLSearchParams(location.search);
  var as = params.get('as');
  function hasDate(v) {
    if (v instanceof Date) return true;
    if (v && typeof v === 'object') for (var k in v) if (hasDate(v[k])) return true;
    return false;
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var fail = function (message) { if (failure) failure(new Error(message), userObject); else console.error(message); };
          if (hasDate(args)) { setTimeout(function () { fail('google.script.run cannot pass a Date: send an ISO string'); }); return; }
          // The phone page is a web app: its calls run as web-app executions (no active spreadsheet).
          var q = [];
          if (as !== null) q.push('as=' + encodeURIComponent(as));
          if (location.pathname === '/mobile') q.push('ctx=webapp');
          fetch('/api/run' + (q.length ? '?' + q.join('&') : ''), {
            method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ fn: String(name), args: args })
          }).then(function (r) { return r.json(); }).then(function (res) {
            if (res.ok) { if (success) success(res.value, userObject); } else fail(res.error);
          }, function (err) { fail('The server could not be reached: ' + err.message); });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } },
    url: { getLocation: function (cb) { var p = {}; params.forEach(function (v, k) { p[k] = v; }); cb({ parameter: p, hash: location.hash.slice(1) }); } }
  } };
})();</script>`;

/** Puts the shim first in <head> (or at the top when the page has none). */
export function injectShim(html: string): string {
  const i = html.search(/<head[^>]*>/i);
  if (i < 0) return SCRIPT_RUN_SHIM + html;
  const end = html.indexOf('>', i) + 1;
  return html.slice(0, end) + SCRIPT_RUN_SHIM + html.slice(end);
}
