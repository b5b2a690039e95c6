/**
 * Runs asynchronous Node work (composing a message, talking SMTP) from inside
 * a synchronous Apps Script call: the bundle runs synchronously, and on
 * Google `MailApp.sendEmail` has delivered (or thrown) by the time it returns.
 *
 * How: one worker thread per process does the work; the calling thread blocks
 * on Atomics.wait until the worker signals, then takes the answer with
 * receiveMessageOnPort (which needs no event loop turn).
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export type BridgeJob =
  | { kind: 'compose'; mail: Record<string, unknown>; keepBcc: boolean }
  | { kind: 'smtp'; url: string; envelope: { from: string; to: string[] }; raw: Uint8Array; timeoutMs: number }
  | { kind: 'xlsxModel'; file: string; exceljs: string };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const nodemailer = require(workerData.nodemailer);
const MailComposer = require(workerData.composer);
async function run(job) {
  if (job.kind === 'xlsxModel') {
    const ExcelJS = require(job.exceljs);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(job.file);
    return wb.model;
  }
  if (job.kind === 'compose') {
    const mail = Object.assign({}, job.mail, {
      attachments: (job.mail.attachments || []).map((a) => Object.assign({}, a, { content: Buffer.from(a.content) })),
    });
    const node = new MailComposer(mail).compile();
    node.keepBcc = job.keepBcc;
    return await node.build();
  }
  const url = new URL(job.url);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 25,
    secure: url.protocol === 'smtps:',
    ignoreTLS: url.protocol === 'smtp:',
    connectionTimeout: job.timeoutMs, greetingTimeout: job.timeoutMs, socketTimeout: job.timeoutMs,
  });
  try {
    const info = await transport.sendMail({ envelope: job.envelope, raw: Buffer.from(job.raw) });
    return info.messageId || '';
  } finally {
    transport.close();
  }
}
parentPort.on('message', async ({ signal, port, job }) => {
  let answer;
  try { answer = { ok: true, value: await run(job) }; }
  catch (e) { answer = { ok: false, error: (e && e.message) || String(e) }; }
  port.postMessage(answer);
  port.close();
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

let worker: Worker | null = null;

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { nodemailer: require.resolve('nodemailer'), composer: require.resolve('nodemailer/lib/mail-composer') },
    });
    // The process may end while the worker idles.
    worker.unref();
    worker.on('error', () => {
      worker = null;
    });
  }
  return worker;
}

/** Runs `job` in the worker and waits for it; throws the worker's error message. */
export function runSync<T>(job: BridgeJob, timeoutMs = 60_000): T {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  theWorker().postMessage({ signal, port: port2, job }, [port2]);
  const waited = Atomics.wait(signal, 0, 0, timeoutMs);
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (waited === 'timed-out' || !message) throw new Error(`timed out after ${timeoutMs} ms`);
  const answer = message.message as { ok: boolean; value?: T; error?: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as T;
}
