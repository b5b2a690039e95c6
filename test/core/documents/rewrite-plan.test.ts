import { planRewrites, type DocumentJob } from '../../../src/core/documents/rewrite-plan';

const job = (key: string, fp: string, kind = 'lo_brief', subject = key): DocumentJob => ({ key, kind, subject, fingerprint: () => fp });

describe('which documents a run writes', () => {
  test('unchanged ones are skipped; changed ones update their file in place; new ones get a file', () => {
    const plan = planRewrites(
      [job('a', 'f1'), job('b', 'f2-new'), job('c', 'f3')],
      [
        { key: 'a', kind: 'lo_brief', subject: 'a', url: 'https://docs/a', fingerprint: 'f1' },
        { key: 'b', kind: 'lo_brief', subject: 'b', url: 'https://docs/b', fingerprint: 'f2-old' },
      ],
    );
    expect(plan.unchanged).toBe(1);
    expect(plan.write.map((w) => [w.job.key, w.fingerprint, w.url])).toEqual([['b', 'f2-new', 'https://docs/b'], ['c', 'f3', undefined]]);
  });

  test('a row written before the key column is found by kind and subject', () => {
    const plan = planRewrites([job('lo_brief:LO01', 'f1', 'lo_brief', 'Somchai')], [{ kind: 'lo_brief', subject: 'Somchai', url: 'https://docs/s', fingerprint: 'f1' }]);
    expect(plan).toEqual({ unchanged: 1, write: [] });
  });

  test('a recorded row without a file is written again, not counted as unchanged', () => {
    const plan = planRewrites([job('a', 'f1')], [{ key: 'a', kind: 'lo_brief', subject: 'a', url: '', fingerprint: 'f1' }]);
    expect(plan.unchanged).toBe(0);
    expect(plan.write.map((w) => w.url)).toEqual([undefined]);
  });
});
