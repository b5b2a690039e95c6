#!/usr/bin/env node
'use strict';
// Apps Script runs a script in its manifest's time zone; the emulator does too.
process.env.TZ = 'Asia/Bangkok';
const path = require('node:path');
const fs = require('node:fs');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'build', 'cli.js');
if (!fs.existsSync(cli) || !fs.existsSync(path.join(root, 'dist', 'Code.js'))) {
  // A fresh checkout without a build: build once, so `npx lo-desk` always runs what ships.
  require('node:child_process').execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
require(cli)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`lo-desk: ${err?.message ? err.message : err}\n`);
      process.exitCode = 1;
    },
  );
