/** The Event tab: one key/value row per setting of the event. */
import type { SampleRow } from './row';
import { SAMPLE_ORGANISER } from './shared';

export function eventTab(): SampleRow[] {
  return [
    { key: 'event_name', value: 'Bangkok Ministerial Dialogue on Water Security and Climate Resilience 2026' },
    { key: 'event_name_th', value: 'การประชุมระดับรัฐมนตรีกรุงเทพฯ ว่าด้วยความมั่นคงด้านน้ำและการรับมือการเปลี่ยนแปลงสภาพภูมิอากาศ พ.ศ. 2569' },
    { key: 'host_organisation', value: 'International Cooperation Division, Ministry of Natural Resources and Environment, Thailand' },
    { key: 'time_zone', value: 'Asia/Bangkok' },
    { key: 'language', value: 'th' },
    { key: 'organiser_emails', value: `${SAMPLE_ORGANISER}, protocol@example.go.th` },
    { key: 'sender_name', value: 'สำนักเลขานุการการประชุม BMD 2026' },
    { key: 'reply_to', value: 'secretariat@example.go.th' },
    { key: 'airport_lead_minutes', value: 60 },
    { key: 'daily_confirm_time', value: '18:00' },
    { key: 'digest_time', value: '08:00' },
    { key: 'lo_gap_minutes', value: 120 },
  ];
}
