import { reminderLoad } from '../../src/local/bench/reminder-load';
import { sampleEventModel } from '../core/fixtures/sample-event';

describe('reminder recipients a day (the bench figure)', () => {
  const load = reminderLoad(sampleEventModel());

  test('the busiest day of the sample is its main arrival day, and one email per recipient per run costs fewer recipients than messages', () => {
    expect(load.busiestDay).toBe('2026-12-06');
    expect(load.recipients).toBeLessThan(load.items);
    // Each run mails each LO and organiser at most once: 8 LOs and 2 organisers.
    expect(load.recipients).toBeLessThanOrEqual(10 * 24);
  });

  test('the peak-day span counts the same day as the whole event does', () => {
    const peak = reminderLoad(sampleEventModel(), 'peak');
    expect(peak.busiestDay).toBe(load.busiestDay);
    expect(peak.recipients).toBe(load.recipients);
    expect(peak.runs).toBe(96);
  });
});
