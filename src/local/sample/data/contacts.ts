/** The Contacts tab: the secretariat, desks and duty people an LO may need to call. */
import type { SampleRow } from './row';
import { H01_NAME, H02_NAME, SAMPLE_ORGANISER } from './shared';

export function contactsTab(): SampleRow[] {
  return [
    {
      role: 'Secretariat (head)', name: 'พิมพ์ชนก รัตนวงศ์ (Pimchanok Rattanawong)', phone: '+66 81 900 1001',
      email: 'secretariat@example.go.th', organisation: 'International Cooperation Division', notes: 'Final say on programme changes',
    },
    {
      role: 'Protocol', name: 'อนุชา วิเศษศักดิ์ (Anucha Wisetsak)', phone: '+66 81 900 1002',
      email: 'protocol@example.go.th', organisation: 'International Cooperation Division', notes: 'Seating, flags, precedence, gifts',
    },
    {
      role: 'Organiser on duty', name: 'จิราพร สายทอง (Jiraporn Saithong)', phone: '+66 81 900 1003',
      email: SAMPLE_ORGANISER, organisation: 'International Cooperation Division',
    },
    {
      role: 'Transport desk', name: 'ประเสริฐ คำแก้ว (Prasert Khamkaew)', phone: '+66 81 900 1004',
      email: 'transport@example.go.th', organisation: 'International Cooperation Division',
      notes: 'Radio CH 9. Every change of car or pickup time goes through this desk.',
    },
    {
      role: 'Airport facilitation (BKK)', name: 'ศิริพร อินทรวงศ์ (Siriporn Intarawong)', phone: '+66 81 900 1005',
      email: 'airport.bkk@example.go.th', organisation: 'Airports of Thailand, Suvarnabhumi', notes: 'VIP lounge and fast track',
    },
    {
      role: 'Airport facilitation (DMK)', name: 'ธวัชชัย ปานทอง (Thawatchai Panthong)', phone: '+66 81 900 1006',
      email: 'airport.dmk@example.go.th', organisation: 'Airports of Thailand, Don Mueang',
    },
    {
      role: `Hotel duty manager (${H01_NAME})`, name: 'ณัฐธิดา ศรีประเสริฐ (Natthida Siprasoet)', phone: '+66 81 111 2233',
      email: 'frontoffice@riversidegrand.example.com', organisation: H01_NAME,
    },
    {
      role: `Hotel duty manager (${H02_NAME})`, name: 'ธีระ วัฒนกุล (Theera Wattanakul)', phone: '+66 81 222 3344',
      email: 'duty@sukhumvitpark.example.com', organisation: H02_NAME,
    },
    {
      role: 'Medical (on-site doctor)', name: 'นพ.ธีรวัฒน์ เจริญผล (Dr. Teerawat Charoenphon)', phone: '+66 81 900 1009',
      email: 'medical@example.go.th', organisation: 'QSNCC medical room',
      notes: 'Medical room next to Plenary Hall 3, 08:00–18:00 on 7–9 Dec. Emergency ambulance: 1669.',
    },
    {
      role: 'Medical (hospital liaison)', name: 'มาลี ประเสริฐวงศ์ (Malee Prasertwong)', phone: '+66 2 345 6789',
      email: 'international@hospital.example.com', organisation: 'Partner hospital, international patients desk',
    },
    {
      role: 'Interpreters', name: 'กมลวรรณ ดวงแก้ว (Kamonwan Duangkaew)', phone: '+66 81 900 1011',
      email: 'interpreters@example.go.th', organisation: 'International Cooperation Division',
      notes: 'Arranging a Russian–English interpreter for the Russian delegation',
    },
  ];
}
