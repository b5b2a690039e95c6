import { planClaims } from '../../../src/core/reminders/claim';
import type { PlannedMessage } from '../../../src/core/reminders/types';

const msg = (key: string, dueIso: string) => ({ key, due: new Date(dueIso) }) as unknown as PlannedMessage;
const view = (statuses: Record<string, string>, twice: string[] = []) => ({
  statusOf: (k: string) => statuses[k],
  ambiguous: (k: string) => twice.includes(k),
});

describe('which due messages a run claims', () => {
  test('not sent ones, earliest due first; deferred and failed are retried', () => {
    const due = [msg('c', '2026-12-05T03:00:00Z'), msg('a', '2026-12-05T01:00:00Z'), msg('d', '2026-12-05T02:00:00Z'), msg('b', '2026-12-05T00:00:00Z')];
    const plan = planClaims(due, view({ c: 'deferred', d: 'failed' }));
    expect(plan.claim.map((m) => m.key)).toEqual(['b', 'a', 'd', 'c']);
    expect(plan.ambiguous).toEqual([]);
  });

  test('never a sent one, nor one a run in flight claimed (uncertain is never resent by itself)', () => {
    const due = [msg('s', '2026-12-05T00:00:00Z'), msg('u', '2026-12-05T00:00:00Z'), msg('c', '2026-12-05T00:00:00Z'), msg('n', '2026-12-05T00:00:00Z')];
    expect(planClaims(due, view({ s: 'sent', u: 'uncertain', c: 'claimed' })).claim.map((m) => m.key)).toEqual(['n']);
  });

  test('a key on two Sent rows is not claimed and is named', () => {
    const plan = planClaims([msg('x', '2026-12-05T00:00:00Z'), msg('y', '2026-12-05T01:00:00Z')], view({}, ['x']));
    expect(plan.claim.map((m) => m.key)).toEqual(['y']);
    expect(plan.ambiguous).toEqual(['x']);
  });
});
