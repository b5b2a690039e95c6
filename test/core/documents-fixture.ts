/**
 * A small event as a parsed EventModel (no workbook parsing involved), for the
 * document tests. Four guests, three LOs (one with no guest), two hotels, a
 * guest with no LO and no room, a flight after midnight, a flight without times.
 */
import type { EventModel, Lang, ZonedTime } from '../../src/core/model';
import { asZone, zonedTime } from '../../src/core/time/zones';
import { DEFAULT_ZONE } from '../../src/core/schema/contract';

export function zt(wall: string, zone = 'Asia/Bangkok'): ZonedTime {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(wall)!;
  return zonedTime({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] }, asZone(zone)!);
}

export const MEDICAL = {
  G001: 'Type 2 diabetes, carries insulin',
  G002: 'Penicillin allergy',
  G004: 'Asthma inhaler in hand luggage',
};

export function docModel(lang: Lang = 'en'): EventModel {
  return {
    event: {
      event_name: 'Mekong Tourism Dialogue 2026',
      event_name_th: 'การหารือด้านการท่องเที่ยวลุ่มน้ำโขง 2569',
      host_organisation: 'Ministry of Tourism and Sports',
      time_zone: DEFAULT_ZONE,
      language: lang,
      organiser_emails: ['desk@example.org'],
      airport_lead_minutes: 60,
      daily_confirm_time: { hour: 18, minute: 0 },
      digest_time: { hour: 8, minute: 0 },
      lo_gap_minutes: 120,
      extra: {},
    },
    guests: [
      {
        row: 2, guest_id: 'G001', honorific: 'H.E.', given_name: 'Taro', family_name: 'Yamada',
        preferred_address: 'Your Excellency (YAH-ma-da)', position: 'Vice Minister', organisation: 'MLIT',
        country: 'Japan', delegation: 'Japan', languages: ['Japanese', 'English'], phone: '+81 90 1234 5678',
        dietary: 'no_pork', medical_notes: MEDICAL.G001, accessibility: 'Wheelchair at the airport',
        hotel_id: 'H1', room_no: '1201', check_in: '2026-12-06', check_out: '2026-12-10',
        host_covers: 'Room, breakfast and laundry', notes: '=HYPERLINK("http://x") <b>not bold</b>',
      },
      {
        row: 3, guest_id: 'G002', honorific: 'Ms', given_name: 'María', family_name: 'García',
        country: 'Spain', delegation: 'Spain', languages: ['Spanish', 'English'], phone: '+34 612 345 678',
        dietary: 'vegetarian', medical_notes: MEDICAL.G002,
        hotel_id: 'H1', room_no: '1202', check_in: '2026-12-06', check_out: '2026-12-10',
      },
      {
        row: 4, guest_id: 'G003', honorific: 'Dr', given_name: 'Ahmed', family_name: 'Khan',
        country: 'Malaysia', delegation: 'Malaysia', languages: ['Malay', 'English'],
        dietary: 'halal', dietary_notes: 'no alcohol in sauces',
        hotel_id: 'H2', check_in: '2026-12-06', check_out: '2026-12-09',
      },
      {
        row: 5, guest_id: 'G004', honorific: 'Mr', given_name: 'Min-ho', family_name: 'Lee',
        country: 'Korea', delegation: 'Korea', languages: ['Korean'], dietary: 'nut_allergy',
        dietary_notes: 'severe, carries an EpiPen', medical_notes: MEDICAL.G004,
        hotel_id: 'H2', room_no: '305', check_in: '2026-12-07', check_out: '2026-12-09',
      },
    ],
    flights: [
      { row: 2, guest_id: 'G001', direction: 'arrival', flight_no: 'TG 641', from_airport: 'NRT', to_airport: 'BKK',
        depart: zt('2026-12-06 10:30', 'Asia/Tokyo'), arrive: zt('2026-12-06 15:30'), terminal: '1', baggage: '2 pieces',
        booking_ref: 'ABC123', status: 'scheduled' },
      { row: 3, guest_id: 'G001', direction: 'departure', flight_no: 'TG 640', from_airport: 'BKK', to_airport: 'NRT',
        depart: zt('2026-12-10 22:00'), arrive: zt('2026-12-11 06:00', 'Asia/Tokyo'), status: 'scheduled' },
      { row: 4, guest_id: 'G002', direction: 'arrival', flight_no: 'QR 836', from_airport: 'DOH', to_airport: 'BKK',
        depart: zt('2026-12-06 02:00', 'Asia/Qatar'), arrive: zt('2026-12-06 13:00'), terminal: '1', status: 'changed' },
      { row: 5, guest_id: 'G002', direction: 'departure', flight_no: 'QR 837', from_airport: 'BKK', to_airport: 'DOH',
        depart: zt('2026-12-10 20:00'), arrive: zt('2026-12-10 23:40', 'Asia/Qatar'), status: 'scheduled' },
      { row: 6, guest_id: 'G003', direction: 'arrival', flight_no: 'MH 782', from_airport: 'KUL', to_airport: 'BKK',
        depart: zt('2026-12-06 07:50', 'Asia/Kuala_Lumpur'), arrive: zt('2026-12-06 09:10'), status: 'scheduled' },
      { row: 7, guest_id: 'G004', direction: 'arrival', flight_no: 'KE 651', from_airport: 'ICN', to_airport: 'BKK',
        depart: zt('2026-12-06 19:40', 'Asia/Seoul'), arrive: zt('2026-12-07 00:40'), status: 'scheduled' },
      // Times unknown (e.g. an airport code the table does not know).
      { row: 8, guest_id: 'G004', direction: 'departure', flight_no: 'KE 652', from_airport: 'BKK', to_airport: 'ICN',
        status: 'scheduled' },
    ],
    los: [
      { row: 2, lo_id: 'LO01', name: 'Somchai Jaidee', email: 'somchai@example.org', phone: '081 234 5678',
        languages: ['Thai', 'English', 'Japanese'], team: 'A', radio_channel: '3' },
      { row: 3, lo_id: 'LO02', name: 'Suda Rakthai', email: 'suda@example.org', phone: '089 876 5432',
        languages: ['Thai', 'Spanish'] },
      { row: 4, lo_id: 'LO03', name: 'Anan Wongsa', email: 'anan@example.org', phone: '086 000 1111', languages: ['Thai'] },
    ],
    assignments: [
      { row: 2, guest_id: 'G001', lo_id: 'LO01', role: 'primary' },
      { row: 3, guest_id: 'G002', lo_id: 'LO02', role: 'primary' },
      { row: 4, guest_id: 'G002', lo_id: 'LO01', role: 'backup' },
      { row: 5, guest_id: 'G004', lo_id: 'LO01', role: 'primary' },
    ],
    hotels: [
      { row: 2, hotel_id: 'H1', name: 'Riverside Grand', address: '1 Charoen Krung Rd, Bangkok', phone: '02 123 4567',
        contact_name: 'Khun Malee', contact_phone: '081 999 0000', contact_email: 'malee@riverside.example',
        check_in_time: '14:00', check_out_time: '12:00', breakfast: '06:30-10:30, River Café, 1st floor',
        wifi: 'Network RG-Guest, password in the room', key_card: 'Two cards; lifts need the card',
        welcome_protocol: 'Welcome drink in the lobby', billing_notes: 'Ministry account 42' },
      { row: 3, hotel_id: 'H2', name: 'Lotus Residence' },
    ],
    vehicles: [
      { row: 2, vehicle_id: 'V1', plate: 'กข 1234 กรุงเทพมหานคร', type: 'Van', seats: 9, driver_name: 'Prasert Boonma',
        driver_phone: '081 555 1212' },
      { row: 3, vehicle_id: 'V2', plate: '3ขค 567', type: 'Sedan', driver_name: 'Wichai Srisuk', driver_phone: '082 444 3434' },
    ],
    transfers: [
      { row: 2, transfer_id: 'T1', guest_ids: ['G001'], vehicle_id: 'V1', pickup: zt('2026-12-06 15:45'),
        from_place: 'BKK Terminal 1', to_place: 'Riverside Grand', purpose: 'arrival', flight_no: 'TG641' },
      { row: 3, transfer_id: 'T2', guest_ids: ['G002'], vehicle_id: 'V2', pickup: zt('2026-12-06 13:30'),
        from_place: 'BKK Terminal 1', to_place: 'Riverside Grand', purpose: 'arrival' },
      { row: 4, transfer_id: 'T3', guest_ids: ['G001', 'G002'], vehicle_id: 'V1', pickup: zt('2026-12-07 08:15'),
        from_place: 'Riverside Grand', to_place: 'QSNCC', purpose: 'programme' },
      { row: 5, transfer_id: 'T4', guest_ids: ['G001'], vehicle_id: 'V1', pickup: zt('2026-12-10 19:00'),
        from_place: 'Riverside Grand', to_place: 'BKK', purpose: 'departure', flight_no: 'TG 640' },
      { row: 6, transfer_id: 'T5', guest_ids: ['G003'], pickup: zt('2026-12-08 15:00'),
        from_place: 'Lotus Residence', to_place: 'Chatuchak Market', purpose: 'private' },
    ],
    programme: [
      { row: 2, item_id: 'P1', starts: zt('2026-12-07 09:00'), ends: zt('2026-12-07 12:00'), title: 'Opening session',
        title_th: 'พิธีเปิด', venue: 'QSNCC Hall A', dress_code: 'Business suit', audience: [], kind: 'official' },
      { row: 3, item_id: 'P2', starts: zt('2026-12-07 12:00'), ends: zt('2026-12-07 13:30'), title: 'Welcome lunch',
        title_th: 'งานเลี้ยงอาหารกลางวัน', venue: 'QSNCC Hall B', dress_code: 'Business suit', audience: ['all'], kind: 'official' },
      { row: 4, item_id: 'P3', starts: zt('2026-12-08 19:00'), ends: zt('2026-12-08 21:30'), title: 'Gala dinner',
        venue: 'Riverside Grand ballroom', dress_code: 'National dress', audience: ['Japan', 'Spain'], kind: 'official' },
      { row: 5, item_id: 'P4', starts: zt('2026-12-08 10:00'), ends: zt('2026-12-08 11:00'), title: 'Bilateral meeting',
        venue: 'Ministry, room 5', audience: ['G001'], kind: 'official', notes: 'Interpreter: Khun Noi' },
      { row: 6, item_id: 'P5', starts: zt('2026-12-09 09:00'), ends: zt('2026-12-09 10:00'), title: 'Site visit',
        venue: 'Old Town', dress_code: 'Smart casual', audience: ['Korea', 'G999'], kind: 'private' },
    ],
    contacts: [
      { row: 2, role: 'Secretariat', name: 'Khun Ploy', phone: '02 111 2222', email: 'ploy@example.org' },
      { row: 3, role: 'Facilitation desk, airport', name: 'Khun Dang', phone: '02 333 4444' },
    ],
    checklist: [],
    checklistItems: [{ row: 2, phase: 'stay', text_en: 'Bring the gala dinner seating plan', text_th: 'นำผังที่นั่งงานเลี้ยงไปด้วย' }],
    sent: [],
    documents: [],
  };
}
