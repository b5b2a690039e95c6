/** The Hotels tab: the two hotels the delegations stay at. */
import type { SampleRow } from './row';
import { H01_NAME, H02_NAME } from './shared';

export function hotelsTab(): SampleRow[] {
  return [
    {
      hotel_id: 'H01', name: H01_NAME, address: '123 Charoen Krung Road, Bang Rak, Bangkok 10500',
      phone: '+66 2 123 4567', contact_name: 'ณัฐธิดา ศรีประเสริฐ (Front Office Manager)',
      contact_phone: '+66 81 111 2233', contact_email: 'frontoffice@riversidegrand.example.com',
      check_in_time: '14:00', check_out_time: '12:00',
      breakfast: '06:30–10:30, River Café (ground floor); halal and vegetarian stations; room service from 05:00 on request',
      wifi: 'Network "RGH-Guest"; password printed on the key-card sleeve',
      key_card: 'Two cards per room; a card is needed for the lifts after 22:00',
      welcome_protocol: 'Heads of delegation met at the main entrance by the General Manager with a jasmine garland; '
        + 'express check-in in the Club Lounge (25th floor), keys pre-prepared',
      billing_notes: 'Host pays room, breakfast and laundry to master account BMD-2026; minibar, spa and private calls '
        + 'are settled by the guest at check-out. Late check-out until 18:00 agreed for night departures.',
    },
    {
      hotel_id: 'H02', name: H02_NAME, address: '88 Sukhumvit Soi 16, Khlong Toei, Bangkok 10110',
      phone: '+66 2 234 5678', contact_name: 'ธีระ วัฒนกุล (Duty Manager)',
      contact_phone: '+66 81 222 3344', contact_email: 'duty@sukhumvitpark.example.com',
      check_in_time: '15:00', check_out_time: '12:00',
      breakfast: '06:00–10:00, Lotus Restaurant (2nd floor); early boxed breakfast from 04:30 if ordered the night before',
      wifi: 'Network "SPH-Event", password BMD2026',
      key_card: 'One card per guest; tap at the lift to reach guest floors',
      welcome_protocol: 'Welcome desk in the lobby staffed by the secretariat 06:00–22:00 on 6 and 7 Dec; '
        + 'welcome pack with programme and LO phone list in each room',
      billing_notes: 'Host pays room and breakfast (group code BMD26); other charges to the guest. '
        + 'Early check-in from 06:00 guaranteed for arrivals on 7 Dec.',
    },
  ];
}
