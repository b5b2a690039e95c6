// Screenshots of documents as their .docx files render: a transport manifest, a
// rooming list and an LO brief of the sample event, written to docs/screenshots/.
//
//   node scripts/docx-screenshots.mjs
//
// It writes the sample event's documents through the emulator (`lo-desk init`,
// then `lo-desk docs`), renders each chosen .docx in Debian's Chromium with
// docx-preview (which lays out pages, orientation, footers and fonts from the
// file itself), and saves the first page. Needs chromium and fonts-thai-tlwg.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'lo-desk.js');
const shots = path.join(root, 'docs', 'screenshots');

/** Which document of each kind, by the start of its file name (the sample is a Thai event). */
const WANTED = [
  { prefix: 'ตารางการเดินรถ_ อา. 6', out: 'doc-transport-manifest.png' },
  { prefix: 'รายชื่อผู้เข้าพัก', out: 'doc-rooming-list.png' },
  { prefix: 'ข้อมูลสำหรับ LO_ สมชาย', out: 'doc-lo-brief.png' },
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'lodesk-docshots-'));
try {
  const file = path.join(dir, 'event.xlsx');
  execFileSync(process.execPath, [cli, 'init', file], { stdio: 'ignore' });
  execFileSync(process.execPath, [cli, 'docs', file, '--out', path.join(dir, 'docs')], { stdio: 'ignore' });
  const folder = path.join(dir, 'docs', readdirSync(path.join(dir, 'docs'))[0]);
  const files = readdirSync(folder);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1240, height: 1000 }, deviceScaleFactor: 1 });
    await page.setContent('<!DOCTYPE html><html><body style="margin:0;background:#777"><div id="doc"></div></body></html>');
    await page.addScriptTag({ path: path.join(root, 'node_modules', 'jszip', 'dist', 'jszip.min.js') });
    await page.addScriptTag({ path: path.join(root, 'node_modules', 'docx-preview', 'dist', 'docx-preview.min.js') });
    for (const want of WANTED) {
      const name = files.find((f) => f.startsWith(want.prefix) && f.endsWith('.docx'));
      if (!name) throw new Error(`no document starting "${want.prefix}" in ${folder}`);
      const b64 = readFileSync(path.join(folder, name)).toString('base64');
      await page.evaluate(async (data) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const el = document.getElementById('doc');
        el.innerHTML = '';
        await window.docx.renderAsync(bytes, el, undefined, { inWrapper: true, ignoreWidth: false, ignoreHeight: false });
      }, b64);
      await page.evaluate(() => document.fonts.ready);
      const first = page.locator('section.docx').first();
      await first.screenshot({ path: path.join(shots, want.out) });
      process.stdout.write(`${want.out} ← ${name}\n`);
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
