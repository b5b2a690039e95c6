// Builds what `clasp push` deploys (dist/) and the local command line (build/).
//
// Apps Script only sees top-level `function` declarations, so the add-on is
// bundled as an IIFE under one global name and every export of the entry gets
// a one-line top-level stub that forwards to it (names read from esbuild's
// metafile, so a new export needs no list kept by hand).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, readdir, copyFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'build');
const GLOBAL = 'LoDesk';

async function buildAddon() {
  const result = await build({
    entryPoints: [path.join(root, 'src/addon/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    keepNames: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    outfile: path.join(dist, 'Code.js'),
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  // An IIFE output lists no exports in the metafile; an ESM build of the same entry does.
  const esm = await build({
    entryPoints: [path.join(root, 'src/addon/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    metafile: true,
    write: false,
    outfile: path.join(out, 'exports.js'),
    logLevel: 'silent',
  });
  const names = [...Object.values(esm.metafile.outputs)[0].exports].sort();
  if (names.length === 0) throw new Error('src/addon/main.ts exports no entry point');
  const bad = names.filter((n) => !/^[A-Za-z_$][\w$]*$/.test(n) || n === GLOBAL);
  if (bad.length) throw new Error(`cannot expose ${bad.join(', ')} as Apps Script globals`);
  const stubs = names
    .map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`)
    .join('\n');
  const code =
    `// LO Desk add-on. Built by scripts/build.mjs; do not edit.\n` +
    output.text.replace(/^var /, `var `) +
    `\n// Entry points Apps Script can see (menu, triggers, google.script.run).\n${stubs}\n`;
  await writeFile(path.join(dist, 'Code.js'), code);
  return { bytes: Buffer.byteLength(code), entryPoints: names };
}

/** Each folder of src/ui with an index.html becomes one self-contained dist/<name>.html. */
async function buildPages() {
  const uiDir = path.join(root, 'src/ui');
  const pages = [];
  for (const name of (await readdir(uiDir)).sort()) {
    const dir = path.join(uiDir, name);
    const html = path.join(dir, 'index.html');
    if (!existsSync(html)) continue;
    let page = await readFile(html, 'utf8');
    const entry = ['main.ts', 'main.tsx'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
    let js = '';
    let css = '';
    if (entry) {
      const r = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        target: 'es2020',
        platform: 'browser',
        minify: true,
        legalComments: 'none',
    charset: 'utf8',
        write: false,
        outdir: path.join(out, 'ui', name),
        loader: { '.css': 'css' },
        logLevel: 'warning',
      });
      for (const f of r.outputFiles) {
        if (f.path.endsWith('.js')) js += f.text;
        if (f.path.endsWith('.css')) css += f.text;
      }
    }
    // A literal "</script" or "</style" inside inlined code would end the tag early.
    js = js.replace(/<\/(script)/gi, '<\\/$1');
    css = css.replace(/<\/(style)/gi, '<\\/$1');
    page = page.replace('<!-- inline:style -->', () => `<style>${css}</style>`);
    page = page.replace('<!-- inline:script -->', () => `<script>${js}</script>`);
    await writeFile(path.join(dist, `${name}.html`), page);
    pages.push({ name, bytes: Buffer.byteLength(page) });
  }
  return pages;
}

async function buildLocal() {
  await build({
    entryPoints: [path.join(root, 'src/local/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    outfile: path.join(out, 'cli.js'),
    logLevel: 'warning',
  });
}

/**
 * The header notes only set-up writes, as dist/column-help.html (an HTML file
 * of the project is read only when asked for, unlike the code, which Apps
 * Script parses on every execution). Written by the core's own function.
 */
async function buildColumnHelp() {
  const r = await build({
    stdin: {
      contents: "import { COLUMN_HELP, columnHelpHtml } from './src/core/schema/column-help'; export const html = columnHelpHtml(COLUMN_HELP);",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
  const html = mod.exports.html;
  await writeFile(path.join(dist, 'column-help.html'), html);
  return { name: 'column-help', bytes: Buffer.byteLength(html) };
}

async function main() {
  const t0 = Date.now();
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  await mkdir(out, { recursive: true });
  const [addon, pages, help] = await Promise.all([buildAddon(), buildPages(), buildColumnHelp(), buildLocal()]);
  pages.push(help);
  await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  const report = {
    'dist/Code.js': addon.bytes,
    ...Object.fromEntries(pages.map((p) => [`dist/${p.name}.html`, p.bytes])),
  };
  await writeFile(path.join(out, 'build-report.json'), JSON.stringify({ ...report, entryPoints: addon.entryPoints }, null, 2));
  if (!process.env.LO_DESK_QUIET_BUILD) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.error(
      `built in ${Date.now() - t0} ms: ` + Object.entries(report).map(([f, b]) => `${f} ${kb(b)}`).join(', '),
    );
  }
}

main().catch((err) => {
  console.error(`build failed: ${err.message}`);
  process.exit(1);
});
