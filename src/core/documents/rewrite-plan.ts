/**
 * Which documents a run writes: each document (or calendar) whose content's
 * fingerprint differs from the one recorded in the Documents tab, or that has
 * no file yet. Found by the document's stable key, or, for rows written before
 * the key column existed, by kind and subject. Pure: the add-on writes them in
 * this order until its time budget or limit runs out.
 */

export interface DocumentJob {
  key: string;
  kind: string;
  subject: string;
  /** The content's fingerprint (computed only when needed: it costs a render). */
  fingerprint: () => string;
}

/** A Documents tab row as the model holds it. */
export interface RecordedDocument {
  key?: string;
  kind: string;
  subject: string;
  url: string;
  fingerprint: string;
}

interface DocumentRewrite<J extends DocumentJob> {
  job: J;
  fingerprint: string;
  /** The file to update in place (its URL stays), when one is recorded. */
  url?: string;
}

export interface RewritePlan<J extends DocumentJob> {
  unchanged: number;
  write: DocumentRewrite<J>[];
}

const bySubject = (kind: string, subject: string) => `${kind}\u0000${subject}`;

export function planRewrites<J extends DocumentJob>(jobs: readonly J[], recorded: readonly RecordedDocument[]): RewritePlan<J> {
  const known = new Map<string, RecordedDocument>();
  for (const r of recorded) known.set(r.key || bySubject(r.kind, r.subject), r);
  const plan: RewritePlan<J> = { unchanged: 0, write: [] };
  for (const job of jobs) {
    const fingerprint = job.fingerprint();
    const before = known.get(job.key) ?? known.get(bySubject(job.kind, job.subject));
    if (before?.url && before.fingerprint === fingerprint) {
      plan.unchanged++;
      continue;
    }
    plan.write.push({ job, fingerprint, ...(before?.url ? { url: before.url } : {}) });
  }
  return plan;
}
