/**
 * A real SMTP server (smtp-server) in a worker thread. MailApp.sendEmail in
 * the emulator delivers within the call, blocking the thread it runs on, so a
 * server in the same thread could never answer; one in a worker does.
 */
import { Worker } from 'node:worker_threads';

interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface SmtpWorker {
  port: number;
  received(): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { SMTPServer } = require(workerData.smtpServer);
const received = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, session, cb) {
    if (workerData.refuse) return cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    cb();
  },
  onData(stream, session, cb) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
      cb();
    });
  },
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }));
parentPort.on('message', (m) => {
  if (m === 'received') parentPort.postMessage({ received });
  if (m === 'close') server.close(() => parentPort.postMessage({ closed: true }));
});
`;

/** Starts the server; `refuse` makes it refuse every recipient (550). */
export function startSmtpWorker(opts: { refuse?: boolean } = {}): Promise<SmtpWorker> {
  const worker = new Worker(SOURCE, { eval: true, workerData: { smtpServer: require.resolve('smtp-server'), refuse: !!opts.refuse } });
  const next = <T>(key: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const on = (m: Record<string, unknown>) => {
        if (key in m) {
          worker.off('message', on);
          resolve(m[key] as T);
        }
      };
      worker.on('message', on);
      worker.once('error', reject);
    });
  return next<number>('port').then((port) => ({
    port,
    received: async () => {
      const p = next<{ from: string; to: string[]; raw: Uint8Array }[]>('received');
      worker.postMessage('received');
      return (await p).map((m) => ({ ...m, raw: Buffer.from(m.raw) }));
    },
    close: async () => {
      const p = next<boolean>('closed');
      worker.postMessage('close');
      await p;
      await worker.terminate();
    },
  }));
}
