/** The Programme tab: the meeting's official and private items. */
import type { SampleRow } from './row';
import { GALA_VENUE, H01_NAME, QSNCC, SITE_VENUE, WAT_PHO } from './shared';

export function programmeTab(): SampleRow[] {
  const HEADS = 'G01, G03, G05, G06, G07, G08, G10, G12, G13, G14, G16, G18, G19, G21, G22, G23, G24';
  return [
    {
      item_id: 'P01', starts_at: '2026-12-07 14:30', ends_at: '2026-12-07 17:30',
      title: "Senior Officials' Meeting", title_th: 'การประชุมเจ้าหน้าที่อาวุโส',
      venue: `${QSNCC}, Meeting Room 201`, dress_code: 'Business suit', audience: 'all', kind: 'official',
    },
    {
      item_id: 'P02', starts_at: '2026-12-07 19:00', ends_at: '2026-12-07 21:30',
      title: 'Welcome dinner hosted by the Minister of Natural Resources and Environment',
      title_th: 'งานเลี้ยงรับรองโดยรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม',
      venue: `${H01_NAME}, Chao Phraya Ballroom`, dress_code: 'Lounge suit or national dress', audience: 'all', kind: 'official',
    },
    {
      item_id: 'P03', starts_at: '2026-12-08 08:45', ends_at: '2026-12-08 09:30',
      title: 'Opening ceremony and family photo', title_th: 'พิธีเปิดการประชุมและถ่ายภาพหมู่',
      venue: `${QSNCC}, Plenary Hall 3`, dress_code: 'Business suit or national dress', audience: 'all', kind: 'official',
      notes: 'Heads of delegation seated in the front row; photo positions by protocol',
    },
    {
      item_id: 'P04', starts_at: '2026-12-08 09:30', ends_at: '2026-12-08 12:30',
      title: 'Ministerial Session I: Water security in a changing climate',
      title_th: 'การประชุมระดับรัฐมนตรี ช่วงที่ 1: ความมั่นคงด้านน้ำภายใต้สภาพภูมิอากาศที่เปลี่ยนแปลง',
      venue: `${QSNCC}, Plenary Hall 3`, dress_code: 'Business suit', audience: 'all', kind: 'official',
    },
    {
      item_id: 'P05', starts_at: '2026-12-08 12:30', ends_at: '2026-12-08 14:00',
      title: 'Official luncheon', title_th: 'การเลี้ยงอาหารกลางวันอย่างเป็นทางการ',
      venue: `${QSNCC}, Ballroom`, dress_code: 'Business suit', audience: 'all', kind: 'official',
      notes: 'Halal, vegetarian, vegan and allergy menus labelled by name card',
    },
    {
      item_id: 'P06', starts_at: '2026-12-08 12:45', ends_at: '2026-12-08 13:30',
      title: 'Bilateral meeting: Thailand – Viet Nam', title_th: 'การหารือทวิภาคีไทย–เวียดนาม',
      venue: `${QSNCC}, Meeting Room 203`, dress_code: 'Business suit', audience: 'Viet Nam', kind: 'official',
      notes: 'Lunch boxes served in the room',
    },
    {
      item_id: 'P07', starts_at: '2026-12-08 14:00', ends_at: '2026-12-08 17:00',
      title: 'Ministerial Session II: Shared river basins and early warning',
      title_th: 'การประชุมระดับรัฐมนตรี ช่วงที่ 2: ลุ่มน้ำระหว่างประเทศและระบบเตือนภัยล่วงหน้า',
      venue: `${QSNCC}, Plenary Hall 3`, dress_code: 'Business suit', audience: 'all', kind: 'official',
    },
    {
      item_id: 'P08', starts_at: '2026-12-08 19:30', ends_at: '2026-12-08 22:00',
      title: 'Gala dinner and Thai cultural performance', title_th: 'งานเลี้ยงอาหารค่ำและการแสดงศิลปวัฒนธรรมไทย',
      venue: GALA_VENUE, dress_code: 'Smart casual; Thai silk welcome', audience: 'all', kind: 'official',
    },
    {
      item_id: 'P09', starts_at: '2026-12-09 09:00', ends_at: '2026-12-09 11:30',
      title: 'Ministerial Session III and adoption of the Bangkok Statement',
      title_th: 'การประชุมระดับรัฐมนตรี ช่วงที่ 3 และการรับรองถ้อยแถลงกรุงเทพฯ',
      venue: `${QSNCC}, Plenary Hall 3`, dress_code: 'Business suit', audience: 'all', kind: 'official',
    },
    {
      item_id: 'P10', starts_at: '2026-12-09 11:30', ends_at: '2026-12-09 12:00',
      title: 'Closing ceremony and joint press conference', title_th: 'พิธีปิดการประชุมและการแถลงข่าวร่วม',
      venue: `${QSNCC}, Press Centre`, dress_code: 'Business suit', audience: HEADS, kind: 'official',
      notes: 'Heads of delegation only; other delegates wait in the Ballroom',
    },
    {
      item_id: 'P11', starts_at: '2026-12-09 12:00', ends_at: '2026-12-09 13:30',
      title: 'Farewell luncheon', title_th: 'การเลี้ยงอาหารกลางวันอำลา',
      venue: `${QSNCC}, Ballroom`, dress_code: 'Business suit', audience: 'all', kind: 'official',
    },
    {
      item_id: 'P12', starts_at: '2026-12-09 14:30', ends_at: '2026-12-09 17:30',
      title: 'Site visit: Centenary Park rainwater retention and the city flood-control centre',
      title_th: 'ศึกษาดูงานอุทยาน 100 ปี จุฬาลงกรณ์มหาวิทยาลัย และศูนย์ควบคุมระบบป้องกันน้ำท่วม กรุงเทพมหานคร',
      venue: SITE_VENUE, dress_code: 'Smart casual, comfortable shoes',
      audience: 'United Kingdom, China, Kenya, India, Indonesia, Russian Federation, Viet Nam, Lao PDR, Mekong River Commission, Thailand',
      kind: 'official', notes: 'For delegations leaving on 10 Dec; wheelchair route checked for Mr. Somphone',
    },
    {
      item_id: 'P13', starts_at: '2026-12-09 15:00', ends_at: '2026-12-09 17:00',
      title: 'Private visit to Wat Pho', title_th: 'เยี่ยมชมวัดพระเชตุพนวิมลมังคลาราม (วัดโพธิ์) เป็นการส่วนตัว',
      venue: WAT_PHO, dress_code: 'Shoulders and knees covered; shoes off inside the halls',
      audience: 'Japan, Republic of Korea', kind: 'private', notes: 'Guide booked through the protocol desk',
    },
  ];
}
