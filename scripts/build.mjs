// Builds what `clasp push` deploys (dist/) and the local command line (build/).
//
// Apps Script only sees top-level `function` declarations, so the add-on is
// bundled as an IIFE under one global name and every export of the entry gets
// a one-line top-level stub that forwards to it (names read from esbuild's
// metafile, so a new export needs no list kept by hand).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, readdir, copyFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(root, 'build');
const GLOBAL = 'LoDesk';

/**
 * Code only one run needs, built as its own bundle into dist/part-<name>.html
 * (an HTML file of the project is read only when asked for; every script file
 * is parsed on every execution) and loaded by src/addon/parts.ts on first use.
 */
const PARTS = [
  { name: 'documents', entry: 'src/addon/documents.ts' },
  { name: 'reminders', entry: 'src/addon/reminder-run.ts' },
];
const SHARED_MODULE = path.join(root, 'src/addon/parts-shared.ts');
const OPTIONS = {
  bundle: true,
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  absWorkingDir: root,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
};
const MINIFY = { minify: true, keepNames: false };

/** src/addon/parts-shared.ts as the build writes it: the exports each part takes from Code.js (`shared`: file → names). */
function sharedPlugin(shared, id) {
  return {
    name: 'parts-shared',
    setup(b) {
      b.onLoad({ filter: /parts-shared\.ts$/ }, (args) => {
        if (args.path !== SHARED_MODULE) return undefined;
        const imports = [];
        const table = [];
        let n = 0;
        for (const [file, names] of shared) {
          const from = JSON.stringify(path.join(root, file));
          if (names.includes('*')) {
            imports.push(`import * as s${n} from ${from};`);
            table.push(`s${n++}`);
            continue;
          }
          const local = names.map((name) => [name, `s${n++}`]);
          imports.push(`import { ${local.map(([a, b]) => `${a} as ${b}`).join(', ')} } from ${from};`);
          table.push(`{ ${local.map(([a, b]) => `${a}: ${b}`).join(', ')} }`);
        }
        return {
          contents: `${imports.join('\n')}\nexport const SHARED = [${table.join(', ')}];\nexport const SHARED_ID = ${JSON.stringify(id)};\n`,
          loader: 'js',
          resolveDir: root,
        };
      });
    },
  };
}

/** In a part's bundle, a module Code.js has is not bundled: `host(file)` says what stands for it. */
function hostPlugin(inMain, host) {
  return {
    name: 'host-modules',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'host-modules' || args.kind === 'entry-point') return undefined;
        const r = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'host-modules' });
        if (r.errors.length) return { errors: r.errors };
        const file = path.relative(root, r.path).split(path.sep).join('/');
        return inMain.has(file) ? host(file) : { path: r.path, sideEffects: r.sideEffects };
      });
    },
  };
}

/** The source files that put code into an output (a module only tree-shaken into it has none). */
const filesOf = (meta) =>
  new Set(Object.entries(Object.values(meta.outputs)[0].inputs).filter(([, v]) => v.bytesInOutput > 0).map(([f]) => f));

/** 2. The names each part imports from the modules of Code.js (an ES module build with them external lists them): [file, names][]. */
async function sharedTable(inMain) {
  const shared = new Map();
  for (const part of PARTS) {
    if (inMain.has(part.entry)) throw new Error(`${part.entry} is in dist/Code.js: import only types from a part (src/addon/parts.ts loads it)`);
    const esm = await build({
      ...OPTIONS, entryPoints: [path.join(root, part.entry)], format: 'esm', outfile: path.join(out, `part-${part.name}.mjs`),
      plugins: [hostPlugin(inMain, (file) => ({ path: `host:${file}`, external: true }))],
    });
    for (const m of esm.outputFiles[0].text.matchAll(/^import\s*(.*?)\s*from\s*"host:([^"]+)";$/gms)) {
      const [, what, file] = m;
      const names = shared.get(file) ?? new Set();
      shared.set(file, names);
      // `* as x` lends the module's namespace (all its exports), `{ a, b as c }` those names.
      if (/^\*\s+as\s+[\w$]+$/.test(what)) names.add('*');
      else {
        const named = /^\{([^}]*)\}$/s.exec(what);
        if (!named) throw new Error(`${part.entry} imports ${file} as "${what}": a part may take only named exports or a namespace from Code.js`);
        for (const spec of named[1].split(',').map((x) => x.trim()).filter(Boolean)) names.add(spec.split(/\s+as\s+/)[0]);
      }
    }
  }
  return [...shared].sort(([a], [b]) => a.localeCompare(b)).map(([file, names]) => [file, [...names].sort()]);
}

/** A TypeScript module of src/ run here (its exports), for what the build writes with the product's own functions. */
async function loadTs(file) {
  const r = await build({ entryPoints: [path.join(root, file)], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
  return mod.exports;
}

async function buildAddon() {
  const { partFile, partHtml } = await loadTs('src/addon/part-file.ts');
  const entry = path.join(root, 'src/addon/main.ts');
  // 1. Which modules Code.js has (its parts only typed), and so which a part takes from it.
  const first = await build({ ...OPTIONS, entryPoints: [entry], format: 'iife', metafile: true, outfile: path.join(dist, 'Code.js') });
  let inMain = filesOf(first.metafile);
  let table;
  let id;
  let result;
  for (;;) {
    table = await sharedTable(inMain);
    id = createHash('sha256').update(JSON.stringify(table)).digest('hex').slice(0, 12);
    // 3. Code.js, lending those exports.
    result = await build({
      ...OPTIONS, ...MINIFY, entryPoints: [entry], format: 'iife', globalName: GLOBAL, metafile: true,
      outfile: path.join(dist, 'Code.js'), plugins: [sharedPlugin(table, id)],
    });
    // Lending an export Code.js did not use may bring a module in with it: then a part takes that one from Code.js too.
    const now = filesOf(result.metafile);
    if ([...now].every((f) => inMain.has(f))) break;
    inMain = now;
  }
  const index = new Map(table.map(([file], i) => [file, i]));
  const output = result.outputFiles[0];
  // An IIFE output lists no exports in the metafile; an ESM build of the same entry does.
  const esm = await build({
    ...OPTIONS, entryPoints: [entry], format: 'esm', metafile: true, outfile: path.join(out, 'exports.js'), logLevel: 'silent',
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
    output.text +
    `\n// Entry points Apps Script can see (menu, triggers, google.script.run).\n${stubs}\n`;
  await writeFile(path.join(dist, 'Code.js'), code);
  // 4. Each part: a function body that checks it was built with this Code.js and returns the entry's exports.
  const parts = [];
  const sizes = { 'dist/Code.js': bySource(result.metafile) };
  for (const part of PARTS) {
    const r = await build({
      ...OPTIONS, ...MINIFY, entryPoints: [path.join(root, part.entry)], format: 'iife', globalName: 'part', metafile: true,
      outfile: path.join(out, `part-${part.name}.js`),
      banner: { js: `if (host.id !== ${JSON.stringify(id)}) throw new Error(${JSON.stringify(`dist/${partFile(part.name)}.html was built with another dist/Code.js: build and push dist/ again.`)});` },
      footer: { js: 'return part;' },
      plugins: [hostPlugin(inMain, (file) => ({ path: file, namespace: 'host' })), {
        name: 'host-shims',
        setup(b) {
          b.onLoad({ filter: /.*/, namespace: 'host' }, (args) => ({ contents: `module.exports = host.m[${index.get(args.path)}];`, loader: 'js' }));
        },
      }],
    });
    const twice = [...filesOf(r.metafile)].filter((f) => inMain.has(f));
    if (twice.length) throw new Error(`dist/${partFile(part.name)}.html and dist/Code.js would both hold ${twice.join(', ')}`);
    const html = partHtml(r.outputFiles[0].text);
    await writeFile(path.join(dist, `${partFile(part.name)}.html`), html);
    parts.push({ name: partFile(part.name), bytes: Buffer.byteLength(html) });
    sizes[`dist/${partFile(part.name)}.html`] = bySource(r.metafile);
  }
  await writeFile(path.join(out, 'bundle-sizes.json'), JSON.stringify(sizes, null, 2));
  return { bytes: Buffer.byteLength(code), entryPoints: names, parts };
}

/** Bytes of an output by source folder (src/core/i18n, node_modules/zod, …), largest first: build/bundle-sizes.json. */
function bySource(meta) {
  const by = {};
  for (const [file, v] of Object.entries(Object.values(meta.outputs)[0].inputs)) {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const src = /^(?:host:)?(src\/[^/]+\/[^/.]+)\//.exec(file);
    const key = nm ? `node_modules/${nm[1]}` : src ? src[1] : path.dirname(file);
    by[key] = (by[key] ?? 0) + v.bytesInOutput;
  }
  return Object.fromEntries(Object.entries(by).filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]));
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
  pages.push(help, ...addon.parts);
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
