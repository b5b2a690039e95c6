/** The LOs tab: eight Liaison Officers, their languages and teams. */
import type { SampleRow } from './row';
import { SAMPLE_FIRST_LO } from './shared';

export function losTab(): SampleRow[] {
  return [
    {
      lo_id: 'LO01', name: 'สมชาย ใจดี (Somchai Jaidee)', email: SAMPLE_FIRST_LO, phone: '+66 81 234 5678',
      languages: 'th, en, ja', team: 'Team 1 – East Asia', radio_channel: 'CH 1',
      notes: 'Team leader, East Asia. Former posting in Tokyo.',
    },
    {
      lo_id: 'LO02', name: 'วิภาวี ศรีวงศ์ (Wipawee Sriwong)', email: 'lo.wipawee@example.go.th', phone: '+66 82 345 6789',
      languages: 'th, en, zh', team: 'Team 1 – East Asia', radio_channel: 'CH 1',
    },
    {
      lo_id: 'LO03', name: 'ณัฐพล บุญมา (Nattapon Boonma)', email: 'lo.nattapon@example.go.th', phone: '+66 83 456 7890',
      languages: 'th, en, fr', team: 'Team 2 – Europe & Mekong', radio_channel: 'CH 2',
      notes: 'Team leader, Europe & Mekong.',
    },
    {
      lo_id: 'LO04', name: 'ปิยะนุช ทองคำ (Piyanuch Thongkham)', email: 'lo.piyanuch@example.go.th', phone: '+66 84 567 8901',
      languages: 'th, en, ar', team: 'Team 3 – Middle East & Africa', radio_channel: 'CH 3',
    },
    {
      lo_id: 'LO05', name: 'กิตติศักดิ์ แสงทอง (Kittisak Saengthong)', email: 'lo.kittisak@example.go.th', phone: '+66 85 678 9012',
      languages: 'th, en, ko', team: 'Team 1 – East Asia', radio_channel: 'CH 1',
    },
    {
      lo_id: 'LO06', name: 'สุภาพร มณีรัตน์ (Supaporn Maneerat)', email: 'lo.supaporn@example.go.th', phone: '+66 86 789 0123',
      languages: 'th, en, vi', team: 'Team 4 – ASEAN', radio_channel: 'CH 4',
      notes: 'Team leader, ASEAN.',
    },
    {
      lo_id: 'LO07', name: 'ธนากร วงศ์ใหญ่ (Thanakorn Wongyai)', email: 'lo.thanakorn@example.go.th', phone: '+66 87 890 1234',
      languages: 'th, en, ms, id', team: 'Team 4 – ASEAN', radio_channel: 'CH 4',
      notes: 'Covers the Don Mueang (DMK) arrivals.',
    },
    {
      lo_id: 'LO08', name: 'อรวรรณ เพชรสุวรรณ (Orawan Phetsuwan)', email: 'lo.orawan@example.go.th', phone: '+66 88 901 2345',
      languages: 'th, en, de', team: 'Team 2 – Europe & Mekong', radio_channel: 'CH 2',
    },
  ];
}
