/**
 * The sample event that `lo-desk init FILE` writes: a fictional but realistic
 * ministerial meeting hosted in Bangkok, 6–10 December 2026.
 *
 * Pure data, no I/O. Values are what an organiser would type into the sheet:
 * dates as text `YYYY-MM-DD`, date-times as text `YYYY-MM-DD HH:mm` (flight
 * times are local to their own airport; transfers and programme are in
 * Asia/Bangkok), lists comma-separated, phone numbers as text with `+`.
 * Languages use ISO 639-1 two-letter codes throughout (en, th, ja, zh, ...).
 *
 * The data is meant to validate with no errors. It carries a handful of
 * deliberate warnings (listed in SAMPLE_EXPECTED_WARNINGS) so a newcomer sees
 * what LO Desk catches. Plan of the LO and vehicle schedules, so that edits
 * keep it conflict-free (all times Bangkok, lo_gap_minutes = 120):
 *
 *   LO01  JPN arr 06 16:15, dep 10 22:30 · IND arr 07 05:05, dep 10 10:15
 *   LO02  AUS arr 06 14:05, dep 09 18:10 · CHN arr 06 20:55, dep 10 13:05
 *   LO03  FRA arr 06 07:05, dep 09 23:55 · GBR arr 06 15:30, dep 10 12:40
 *         LAO+MRC arr 07 09:10, dep 10 17:05
 *   LO04  KEN arr 06 12:35, dep 10 14:20 · UAE arr 06 19:30, dep 09 21:25
 *   LO05  IDN arr 06 12:40, dep 10 13:45 · KOR arr 06 22:20, dep 10 23:25
 *         backup VNM arr 07 11:25, dep 10 16:30
 *   LO06  VNM arr 07 11:25, dep 10 16:30 · backup JPN (see LO01)
 *   LO07  MYS (DMK) arr 06 11:10, dep 09 19:40 · THA (DMK) arr 07 08:15, dep 10 16:40
 *   LO08  DEU arr 06 14:30, dep 09 23:50 · RUS arr 07 09:45, dep 10 11:45
 *         backup UAE (see LO04)
 *
 * Arrival pickups are 45–60 min after landing; departure pickups 3 h 15 min
 * or more before take-off. Each vehicle's pickups are at least 90 min apart.
 * Every "all" programme item falls after the last arrival (7 Dec 11:25) and
 * before the first departure pickup (9 Dec 14:50).
 */

type SampleValue = string | number | boolean;
export type SampleRow = Record<string, SampleValue>;
export type SampleWorkbook = { tab: string; rows: SampleRow[] }[];

/** The organiser's address in the sample (listed in organiser_emails), for docs and `--as`. */
export const SAMPLE_ORGANISER = 'organiser@example.go.th';
/** The first LO's address in the sample (LO01), for docs and `--as`. */
export const SAMPLE_FIRST_LO = 'lo1@example.go.th';

/** Input tabs of the contract, in contract order. */
const SAMPLE_TABS = [
  'Event', 'Guests', 'Flights', 'LOs', 'Assignments',
  'Hotels', 'Vehicles', 'Transfers', 'Programme', 'Contacts',
] as const;
type SampleTab = (typeof SAMPLE_TABS)[number];

export interface SampleExpectedWarning {
  code: 'language_mismatch' | 'hotel_dates' | 'no_transfer' | 'be_year';
  severity: 'warning' | 'info';
  tab: SampleTab;
  /** The row's identity; see sampleRowKey for the form per tab. */
  key: string;
  /** Column key the finding is expected to name. */
  column: string;
  why: string;
}

/**
 * The deliberate imperfections of the sample. Everything else in it is
 * meant to be right, so a validator that reports more (or fewer) than these
 * on the sample is either wrong or stricter than the sample was planned for.
 */
export const SAMPLE_EXPECTED_WARNINGS: readonly SampleExpectedWarning[] = [
  {
    code: 'language_mismatch',
    severity: 'warning',
    tab: 'Assignments',
    key: 'G18/LO08',
    column: 'lo_id',
    why: 'Ms Volkova speaks only Russian and no LO speaks it; LO08 (Thai, English, German) '
      + 'is assigned while the secretariat finds an interpreter.',
  },
  {
    code: 'hotel_dates',
    severity: 'warning',
    tab: 'Guests',
    key: 'G13',
    column: 'check_in',
    why: 'Dr Kamau lands in Bangkok at 12:35 on 6 Dec, but her booking was typed to start '
      + 'on 7 Dec: she would reach the hotel with no room for the first night.',
  },
  {
    code: 'no_transfer',
    severity: 'warning',
    tab: 'Flights',
    key: 'G24/departure',
    column: 'flight_no',
    why: 'Khun Chaiwat\'s return flight FD3435 from DMK has no transfer yet: he said he might '
      + 'use a provincial car, and nobody has confirmed it.',
  },
  {
    code: 'be_year',
    severity: 'info',
    tab: 'Guests',
    key: 'G21',
    column: 'check_in',
    why: 'The check-in was typed with a Buddhist-era year (2569-12-06); it is read as '
      + '2026-12-06, which matches the arrival, so it is only an info.',
  },
];

/**
 * The identity of a sample row, as SAMPLE_EXPECTED_WARNINGS uses it:
 * Event → key; Guests → guest_id; Flights → "guest_id/direction";
 * LOs → lo_id; Assignments → "guest_id/lo_id"; Hotels → hotel_id;
 * Vehicles → vehicle_id; Transfers → transfer_id; Programme → item_id;
 * Contacts → role.
 */
export function sampleRowKey(tab: string, row: SampleRow): string {
  const s = (k: string): string => String(row[k] ?? '');
  switch (tab) {
    case 'Event': return s('key');
    case 'Guests': return s('guest_id');
    case 'Flights': return `${s('guest_id')}/${s('direction')}`;
    case 'LOs': return s('lo_id');
    case 'Assignments': return `${s('guest_id')}/${s('lo_id')}`;
    case 'Hotels': return s('hotel_id');
    case 'Vehicles': return s('vehicle_id');
    case 'Transfers': return s('transfer_id');
    case 'Programme': return s('item_id');
    case 'Contacts': return s('role');
    default: throw new Error(`sampleRowKey: "${tab}" is not a tab of the sample event`);
  }
}

/**
 * The sheet row number (header is row 1, so the first data row is 2) of the
 * sample row with that key, or undefined when there is none. Lets a test
 * match the expected warnings against a validator's findings.
 */
export function sampleSheetRow(workbook: SampleWorkbook, tab: string, key: string): number | undefined {
  const sheet = workbook.find((t) => t.tab === tab);
  if (!sheet) return undefined;
  const i = sheet.rows.findIndex((r) => sampleRowKey(tab, r) === key);
  return i < 0 ? undefined : i + 2;
}

// Guest groups used by programme transfers and audiences. Kept beside the
// guest list they mirror: Riverside Grand (H01) holds G01–G12, Sukhumvit
// Park (H02) G13–G24.
const H01_GUESTS = 'G01, G02, G03, G04, G05, G06, G07, G08, G09, G10, G11, G12';
const H02_GUESTS = 'G13, G14, G15, G16, G17, G18, G19, G20, G21, G22, G23, G24';
const ALL_GUESTS = `${H01_GUESTS}, ${H02_GUESTS}`;
/** Guests who stay until 10 Dec and join the site visit (Japan and Korea go to Wat Pho instead). */
const SITE_VISIT_GUESTS = 'G06, G10, G11, G13, G14, G15, G16, G17, G18, G19, G20, G22, G23, G24';
/** Guests leaving on 9 Dec, plus Japan and Korea, driven back after the farewell lunch. */
const BACK_AFTER_LUNCH = 'G01, G02, G03, G04, G05, G07, G08, G09, G12, G21';

const BKK = 'Suvarnabhumi Airport (BKK)';
const DMK = 'Don Mueang Airport (DMK)';
const H01_NAME = 'Riverside Grand Hotel Bangkok';
const H02_NAME = 'Sukhumvit Park Hotel';
const QSNCC = 'Queen Sirikit National Convention Center (QSNCC)';
const GALA_VENUE = 'Siam Pavilion, Asiatique The Riverfront';
const SITE_VENUE = 'Chulalongkorn University Centenary Park';
const WAT_PHO = 'Wat Pho (Wat Phra Chetuphon), Phra Nakhon';

function eventTab(): SampleRow[] {
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

const COVERS_FULL = 'Room, breakfast, laundry and meals of the programme';
const COVERS_ROOM = 'Room and breakfast';

function guestsTab(): SampleRow[] {
  return [
    {
      guest_id: 'G01', honorific: 'H.E. Mr.', given_name: '健一', family_name: '佐藤',
      preferred_address: 'State Minister Sato', position: 'State Minister of Land, Infrastructure, Transport and Tourism',
      organisation: 'Ministry of Land, Infrastructure, Transport and Tourism (MLIT)', country: 'Japan', delegation: 'Japan',
      languages: 'ja, en', email: 'kenichi.sato@example.go.jp', phone: '+81 90 1234 5678',
      // Private (share_medical_notes unticked): only his LOs' briefs carry it.
      dietary: 'none', medical_notes: 'Type 2 diabetes: meals on time; keep a snack in the car',
      hotel_id: 'H01', room_no: '2301', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Name said "SAH-toh", family name first.',
    },
    {
      guest_id: 'G02', honorific: 'Ms.', given_name: '美咲', family_name: '田中',
      preferred_address: 'Ms. Tanaka', position: 'Deputy Director, International Affairs Office, Water and Disaster Management Bureau',
      organisation: 'Ministry of Land, Infrastructure, Transport and Tourism (MLIT)', country: 'Japan', delegation: 'Japan',
      languages: 'ja, en', email: 'misaki.tanaka@example.go.jp', phone: '+81 80 2345 6789',
      // Shared with her consent: the hotel kitchen and the caterers must know it.
      dietary: 'nut_allergy', dietary_notes: 'Severe peanut allergy; carries an adrenaline auto-injector', share_dietary_notes: true,
      hotel_id: 'H01', room_no: '2305', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL,
    },
    {
      guest_id: 'G03', honorific: 'The Hon.', given_name: 'Sarah', family_name: 'Mitchell',
      preferred_address: 'Assistant Minister Mitchell', position: 'Assistant Minister for the Environment and Water',
      organisation: 'Department of Climate Change, Energy, the Environment and Water', country: 'Australia', delegation: 'Australia',
      languages: 'en', email: 's.mitchell@example.gov.au', phone: '+61 412 345 678',
      // The hotel and the drivers may know about the wheelchair; the surgery stays with her LOs (box unticked).
      dietary: 'none', medical_notes: 'Recovering from knee surgery; avoid long stairs',
      accessibility: 'Wheelchair assistance at both airports; step-free routes at venues', share_accessibility: true,
      hotel_id: 'H01', room_no: '1802', check_in: '2026-12-06', check_out: '2026-12-09',
      host_covers: COVERS_FULL, notes: 'Head of delegation.',
    },
    {
      guest_id: 'G04', honorific: 'Mr.', given_name: 'Daniel', family_name: "O'Connor",
      preferred_address: "Mr. O'Connor", position: 'Assistant Secretary, International Water Branch',
      organisation: 'Department of Climate Change, Energy, the Environment and Water', country: 'Australia', delegation: 'Australia',
      languages: 'en', email: 'd.oconnor@example.gov.au', phone: '+61 423 456 789',
      dietary: 'none',
      hotel_id: 'H01', room_no: '1804', check_in: '2026-12-06', check_out: '2026-12-09',
      host_covers: COVERS_ROOM,
    },
    {
      guest_id: 'G05', honorific: 'H.E. Ms.', given_name: 'Claire', family_name: 'Dubois',
      preferred_address: 'Ambassador Dubois', position: 'Ambassador for the Environment',
      organisation: "Ministère de l'Europe et des Affaires étrangères", country: 'France', delegation: 'France',
      languages: 'fr, en', email: 'claire.dubois@example.gouv.fr', phone: '+33 6 12 34 56 78',
      dietary: 'other', dietary_notes: 'Lactose intolerant; no raw fish',
      hotel_id: 'H01', room_no: '1710', check_in: '2026-12-06', check_out: '2026-12-09',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Prefers to be briefed in French.',
    },
    {
      guest_id: 'G06', honorific: 'Ms.', given_name: 'Eleanor', family_name: 'Hughes',
      preferred_address: 'Ms. Hughes', position: 'Head of Climate and Water, Indo-Pacific Department',
      organisation: 'Foreign, Commonwealth & Development Office', country: 'United Kingdom', delegation: 'United Kingdom',
      languages: 'en', email: 'eleanor.hughes@example.gov.uk', phone: '+44 7911 123456',
      dietary: 'gluten_free', dietary_notes: 'Coeliac: no wheat, barley or soy sauce with wheat',
      hotel_id: 'H01', room_no: '1712', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation.',
    },
    {
      guest_id: 'G07', honorific: 'Dr.', given_name: 'Katharina', family_name: 'Weber',
      preferred_address: 'Dr. Weber', position: 'Head of Division, Water and Climate',
      organisation: 'Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung (BMZ)', country: 'Germany', delegation: 'Germany',
      languages: 'de, en', email: 'k.weber@example.de', phone: '+49 151 23456789',
      dietary: 'vegetarian',
      hotel_id: 'H01', room_no: '1715', check_in: '2026-12-06', check_out: '2026-12-09',
      host_covers: COVERS_FULL, notes: 'Head of delegation.',
    },
    {
      guest_id: 'G08', honorific: 'H.E.', given_name: 'خالد', family_name: 'المنصوري',
      preferred_address: 'His Excellency Khalid Al Mansoori', position: 'Assistant Under-Secretary for Water Security',
      organisation: 'Ministry of Climate Change and Environment', country: 'United Arab Emirates', delegation: 'United Arab Emirates',
      languages: 'ar, en', email: 'k.almansoori@example.gov.ae', phone: '+971 50 123 4567',
      dietary: 'halal', dietary_notes: 'No alcohol in food or sauces',
      hotel_id: 'H01', room_no: '2201', check_in: '2026-12-06', check_out: '2026-12-09',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Needs a quiet room for prayers at QSNCC.',
    },
    {
      guest_id: 'G09', honorific: 'Ms.', given_name: 'فاطمة', family_name: 'الهاشمي',
      preferred_address: 'Ms. Fatima Al Hashemi', position: 'Senior Policy Adviser',
      organisation: 'Ministry of Climate Change and Environment', country: 'United Arab Emirates', delegation: 'United Arab Emirates',
      languages: 'ar, en', email: 'f.alhashemi@example.gov.ae', phone: '+971 55 234 5678',
      dietary: 'halal',
      hotel_id: 'H01', room_no: '2203', check_in: '2026-12-06', check_out: '2026-12-09',
      host_covers: COVERS_FULL,
    },
    {
      guest_id: 'G10', honorific: 'H.E. Madam', given_name: '丽华', family_name: '王',
      preferred_address: 'Vice Minister Wang', position: 'Vice Minister of Water Resources',
      organisation: "Ministry of Water Resources of the People's Republic of China", country: 'China', delegation: 'China',
      languages: 'zh', email: 'wang.lihua@example.gov.cn', phone: '+86 138 0013 8000',
      dietary: 'none', medical_notes: 'Hypertension; takes medication at 08:00 and 20:00 with food',
      hotel_id: 'H01', room_no: '2102', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Works through Mr. Chen or the LO in Chinese.',
    },
    {
      guest_id: 'G11', honorific: 'Mr.', given_name: '志强', family_name: '陈',
      preferred_address: 'Mr. Chen', position: 'Deputy Director-General, Department of International Cooperation',
      organisation: "Ministry of Water Resources of the People's Republic of China", country: 'China', delegation: 'China',
      languages: 'zh, en', email: 'chen.zhiqiang@example.gov.cn', phone: '+86 139 1234 5678',
      dietary: 'none',
      hotel_id: 'H01', room_no: '2104', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL,
    },
    {
      guest_id: 'G12', honorific: 'H.E. Mr.', given_name: '민준', family_name: '김',
      preferred_address: 'Vice Minister Kim', position: 'Vice Minister of Environment',
      organisation: 'Ministry of Environment, Republic of Korea', country: 'Republic of Korea', delegation: 'Republic of Korea',
      languages: 'ko, en', email: 'minjun.kim@example.go.kr', phone: '+82 10 1234 5678',
      dietary: 'seafood_allergy', dietary_notes: 'Shellfish only; fish is fine',
      hotel_id: 'H01', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Room to be confirmed by the hotel.',
    },
    {
      guest_id: 'G13', honorific: 'Dr.', given_name: 'Wanjiru', family_name: 'Kamau',
      preferred_address: 'Dr. Kamau', position: 'Principal Secretary, State Department for Water and Sanitation',
      organisation: 'Ministry of Water, Sanitation and Irrigation', country: 'Kenya', delegation: 'Kenya',
      languages: 'en, sw', email: 'w.kamau@example.go.ke', phone: '+254 712 345678',
      dietary: 'none',
      // Deliberate: the booking starts the day after she lands on 6 Dec.
      hotel_id: 'H02', room_no: '905', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation.',
    },
    {
      guest_id: 'G14', honorific: 'Shri', given_name: 'Rajesh', family_name: 'Kumar',
      preferred_address: 'Mr. Kumar', position: 'Joint Secretary, Department of Water Resources',
      organisation: 'Ministry of Jal Shakti', country: 'India', delegation: 'India',
      languages: 'hi, en', email: 'rajesh.kumar@example.gov.in', phone: '+91 98100 12345',
      dietary: 'vegetarian', dietary_notes: 'Lacto-vegetarian: no eggs',
      hotel_id: 'H02', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Lands 05:05; early check-in requested.',
    },
    {
      guest_id: 'G15', honorific: 'Dr.', given_name: 'Priya', family_name: 'Sharma',
      preferred_address: 'Dr. Sharma', position: 'Director (International Cooperation)',
      organisation: 'Central Water Commission', country: 'India', delegation: 'India',
      languages: 'hi, en', email: 'priya.sharma@example.gov.in', phone: '+91 98200 54321',
      dietary: 'vegan',
      hotel_id: 'H02', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_FULL,
    },
    {
      guest_id: 'G16', honorific: 'Mr.', given_name: 'Budi', family_name: 'Santoso',
      preferred_address: 'Pak Budi', position: 'Director General of Water Resources',
      organisation: 'Ministry of Public Works', country: 'Indonesia', delegation: 'Indonesia',
      languages: 'id, en', email: 'budi.santoso@example.go.id', phone: '+62 812 3456 7890',
      dietary: 'halal',
      hotel_id: 'H02', room_no: '1101', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation.',
    },
    {
      guest_id: 'G17', honorific: 'Ms.', given_name: 'Siti', family_name: 'Rahmawati',
      preferred_address: 'Ibu Siti', position: 'Deputy Director for International Cooperation',
      organisation: 'Ministry of Public Works', country: 'Indonesia', delegation: 'Indonesia',
      languages: 'id, en', email: 'siti.rahmawati@example.go.id', phone: '+62 813 9876 5432',
      dietary: 'halal', dietary_notes: 'No alcohol in sauces',
      hotel_id: 'H02', room_no: '1103', check_in: '2026-12-06', check_out: '2026-12-10',
      host_covers: COVERS_FULL,
    },
    {
      guest_id: 'G18', honorific: 'Ms.', given_name: 'Ирина', family_name: 'Волкова',
      preferred_address: 'Ms. Volkova', position: 'Deputy Head, Federal Water Resources Agency',
      organisation: 'Федеральное агентство водных ресурсов (Rosvodresursy)', country: 'Russian Federation', delegation: 'Russian Federation',
      languages: 'ru', email: 'i.volkova@example.gov.ru', phone: '+7 916 123 45 67',
      dietary: 'none',
      hotel_id: 'H02', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Russian only: interpreter requested from the secretariat.',
    },
    {
      guest_id: 'G19', honorific: 'H.E. Madam', given_name: 'Thị Lan', family_name: 'Nguyễn',
      preferred_address: 'Vice Minister Lan', position: 'Vice Minister of Agriculture and Environment',
      organisation: 'Ministry of Agriculture and Environment of Viet Nam', country: 'Viet Nam', delegation: 'Viet Nam',
      languages: 'vi, en', email: 'lan.nguyen@example.gov.vn', phone: '+84 91 234 56 78',
      dietary: 'none',
      hotel_id: 'H02', room_no: '1201', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Addressed by her given name, Lan.',
    },
    {
      guest_id: 'G20', honorific: 'Mr.', given_name: 'Văn Hùng', family_name: 'Trần',
      preferred_address: 'Mr. Hùng', position: 'Deputy Director General, Department of Water Resources Management',
      organisation: 'Ministry of Agriculture and Environment of Viet Nam', country: 'Viet Nam', delegation: 'Viet Nam',
      languages: 'vi, en', email: 'hung.tran@example.gov.vn', phone: '+84 90 345 67 89',
      dietary: 'none',
      hotel_id: 'H02', room_no: '1203', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_FULL,
    },
    {
      guest_id: 'G21', honorific: "Dato'", given_name: 'Ahmad Faizal', family_name: 'bin Hassan',
      preferred_address: "Dato' Faizal", position: 'Secretary-General',
      organisation: 'Ministry of Natural Resources and Environmental Sustainability (NRES)', country: 'Malaysia', delegation: 'Malaysia',
      languages: 'ms, en', email: 'faizal.hassan@example.gov.my', phone: '+60 12 345 6789',
      dietary: 'halal',
      // Deliberate: Buddhist-era year (2569 = 2026), as a Thai organiser may type it.
      hotel_id: 'H02', room_no: '1005', check_in: '2569-12-06', check_out: '2026-12-09',
      host_covers: COVERS_FULL, notes: 'Head of delegation.',
    },
    {
      guest_id: 'G22', honorific: 'Mr.', given_name: 'ສົມພອນ', family_name: 'ແກ້ວມະນີ',
      preferred_address: 'Mr. Somphone Keomany', position: 'Director General, Department of Water Resources',
      organisation: 'Ministry of Natural Resources and Environment, Lao PDR', country: 'Lao PDR', delegation: 'Lao PDR',
      languages: 'lo, th, en', email: 'somphone.k@example.gov.la', phone: '+856 20 5555 1234',
      dietary: 'none', accessibility: 'Walks with a cane; room close to the lift, no long walks at the airport',
      hotel_id: 'H02', room_no: '305', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_FULL, notes: 'Head of delegation. Understands Thai well.',
    },
    {
      guest_id: 'G23', honorific: 'Dr.', given_name: 'อรุณี', family_name: 'พงษ์ศรี',
      preferred_address: 'Dr. Arunee', position: 'Chief Executive Officer',
      organisation: 'Mekong River Commission Secretariat', country: 'Thailand', delegation: 'Mekong River Commission',
      languages: 'th, en', email: 'arunee.p@example.org', phone: '+856 21 263 263',
      dietary: 'no_beef',
      hotel_id: 'H02', room_no: '307', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_ROOM, notes: 'Thai national based in Vientiane; travels with the Lao delegation.',
    },
    {
      guest_id: 'G24', honorific: 'นาย', given_name: 'ชัยวัฒน์', family_name: 'ศรีสุข',
      preferred_address: 'Khun Chaiwat', position: 'Deputy Governor of Chiang Mai',
      organisation: 'Chiang Mai Provincial Administration', country: 'Thailand', delegation: 'Thailand',
      languages: 'th, en', email: 'chaiwat.s@example.go.th', phone: '+66 89 765 4321',
      dietary: 'none',
      hotel_id: 'H02', check_in: '2026-12-07', check_out: '2026-12-10',
      host_covers: COVERS_ROOM, notes: 'Panellist, Ministerial Session II (northern flood management).',
    },
  ];
}

function flight(
  guest_id: string, direction: 'arrival' | 'departure', flight_no: string,
  from_airport: string, to_airport: string, depart_local: string, arrive_local: string,
  terminal: string, booking_ref: string, baggage = '1 checked bag',
): SampleRow {
  return {
    guest_id, direction, flight_no, from_airport, to_airport, depart_local, arrive_local,
    terminal, baggage, booking_ref, status: 'scheduled',
  };
}

function flightsTab(): SampleRow[] {
  return [
    // Japan: Tokyo Haneda (UTC+9)
    flight('G01', 'arrival', 'JL33', 'HND', 'BKK', '2026-12-06 11:45', '2026-12-06 16:15', 'Main terminal', 'JLX4QA', '2 checked bags'),
    flight('G01', 'departure', 'JL34', 'BKK', 'HND', '2026-12-10 22:30', '2026-12-11 06:25', 'Main terminal', 'JLX4QA', '2 checked bags'),
    flight('G02', 'arrival', 'JL33', 'HND', 'BKK', '2026-12-06 11:45', '2026-12-06 16:15', 'Main terminal', 'JLX4QB'),
    flight('G02', 'departure', 'JL34', 'BKK', 'HND', '2026-12-10 22:30', '2026-12-11 06:25', 'Main terminal', 'JLX4QB'),
    // Australia: Sydney (UTC+11 in December); the return lands the next day
    flight('G03', 'arrival', 'TG476', 'SYD', 'BKK', '2026-12-06 08:30', '2026-12-06 14:05', 'Main terminal', 'TGS7MK', '1 checked bag; wheelchair booked'),
    flight('G03', 'departure', 'TG475', 'BKK', 'SYD', '2026-12-09 18:10', '2026-12-10 07:30', 'Main terminal', 'TGS7MK', '1 checked bag; wheelchair booked'),
    flight('G04', 'arrival', 'TG476', 'SYD', 'BKK', '2026-12-06 08:30', '2026-12-06 14:05', 'Main terminal', 'TGS7ML'),
    flight('G04', 'departure', 'TG475', 'BKK', 'SYD', '2026-12-09 18:10', '2026-12-10 07:30', 'Main terminal', 'TGS7ML'),
    // France: Paris CDG (UTC+1), overnight, lands the next day
    flight('G05', 'arrival', 'TG931', 'CDG', 'BKK', '2026-12-05 13:30', '2026-12-06 07:05', 'Main terminal', 'TGP2RD'),
    flight('G05', 'departure', 'TG930', 'BKK', 'CDG', '2026-12-09 23:55', '2026-12-10 07:10', 'Main terminal', 'TGP2RD'),
    // United Kingdom: London Heathrow (UTC+0), overnight
    flight('G06', 'arrival', 'TG917', 'LHR', 'BKK', '2026-12-05 21:30', '2026-12-06 15:30', 'Main terminal', 'TGL9HW'),
    flight('G06', 'departure', 'TG916', 'BKK', 'LHR', '2026-12-10 12:40', '2026-12-10 19:10', 'Main terminal', 'TGL9HW'),
    // Germany: Frankfurt (UTC+1), overnight
    flight('G07', 'arrival', 'LH772', 'FRA', 'BKK', '2026-12-05 21:40', '2026-12-06 14:30', 'Main terminal', 'LH8KWB'),
    flight('G07', 'departure', 'LH773', 'BKK', 'FRA', '2026-12-09 23:50', '2026-12-10 06:35', 'Main terminal', 'LH8KWB'),
    // United Arab Emirates: Dubai (UTC+4)
    flight('G08', 'arrival', 'EK384', 'DXB', 'BKK', '2026-12-06 10:15', '2026-12-06 19:30', 'Main terminal', 'EKD5AM', '2 checked bags'),
    flight('G08', 'departure', 'EK371', 'BKK', 'DXB', '2026-12-09 21:25', '2026-12-10 00:50', 'Main terminal', 'EKD5AM', '2 checked bags'),
    flight('G09', 'arrival', 'EK384', 'DXB', 'BKK', '2026-12-06 10:15', '2026-12-06 19:30', 'Main terminal', 'EKD5AN'),
    flight('G09', 'departure', 'EK371', 'BKK', 'DXB', '2026-12-09 21:25', '2026-12-10 00:50', 'Main terminal', 'EKD5AN'),
    // China: Beijing Capital (UTC+8)
    flight('G10', 'arrival', 'CA959', 'PEK', 'BKK', '2026-12-06 16:40', '2026-12-06 20:55', 'Main terminal', 'CAB3WL'),
    flight('G10', 'departure', 'CA980', 'BKK', 'PEK', '2026-12-10 13:05', '2026-12-10 18:50', 'Main terminal', 'CAB3WL'),
    flight('G11', 'arrival', 'CA959', 'PEK', 'BKK', '2026-12-06 16:40', '2026-12-06 20:55', 'Main terminal', 'CAB3WM'),
    flight('G11', 'departure', 'CA980', 'BKK', 'PEK', '2026-12-10 13:05', '2026-12-10 18:50', 'Main terminal', 'CAB3WM'),
    // Republic of Korea: Seoul Incheon (UTC+9)
    flight('G12', 'arrival', 'KE651', 'ICN', 'BKK', '2026-12-06 18:20', '2026-12-06 22:20', 'Main terminal', 'KEI6MJ'),
    flight('G12', 'departure', 'KE652', 'BKK', 'ICN', '2026-12-10 23:25', '2026-12-11 07:00', 'Main terminal', 'KEI6MJ'),
    // Kenya: Nairobi (UTC+3), overnight, lands the next day
    flight('G13', 'arrival', 'KQ886', 'NBO', 'BKK', '2026-12-05 22:50', '2026-12-06 12:35', 'Main terminal', 'KQN4WK'),
    flight('G13', 'departure', 'KQ887', 'BKK', 'NBO', '2026-12-10 14:20', '2026-12-10 19:20', 'Main terminal', 'KQN4WK'),
    // India: Delhi (UTC+5:30), overnight, lands the next day
    flight('G14', 'arrival', 'AI332', 'DEL', 'BKK', '2026-12-06 23:30', '2026-12-07 05:05', 'Main terminal', 'AID7RK'),
    flight('G14', 'departure', 'AI333', 'BKK', 'DEL', '2026-12-10 10:15', '2026-12-10 13:00', 'Main terminal', 'AID7RK'),
    flight('G15', 'arrival', 'AI332', 'DEL', 'BKK', '2026-12-06 23:30', '2026-12-07 05:05', 'Main terminal', 'AID7RL'),
    flight('G15', 'departure', 'AI333', 'BKK', 'DEL', '2026-12-10 10:15', '2026-12-10 13:00', 'Main terminal', 'AID7RL'),
    // Indonesia: Jakarta (UTC+7)
    // Retimed by the airline and already updated here; "changed" shows the status column in use.
    { ...flight('G16', 'arrival', 'GA866', 'CGK', 'BKK', '2026-12-06 09:15', '2026-12-06 12:40', 'Main terminal', 'GAJ2BS'), status: 'changed' },
    flight('G16', 'departure', 'GA867', 'BKK', 'CGK', '2026-12-10 13:45', '2026-12-10 17:15', 'Main terminal', 'GAJ2BS'),
    { ...flight('G17', 'arrival', 'GA866', 'CGK', 'BKK', '2026-12-06 09:15', '2026-12-06 12:40', 'Main terminal', 'GAJ2BT'), status: 'changed' },
    flight('G17', 'departure', 'GA867', 'BKK', 'CGK', '2026-12-10 13:45', '2026-12-10 17:15', 'Main terminal', 'GAJ2BT'),
    // Russian Federation: Moscow Sheremetyevo (UTC+3), overnight
    flight('G18', 'arrival', 'SU270', 'SVO', 'BKK', '2026-12-06 20:25', '2026-12-07 09:45', 'Main terminal', 'SUM8IV'),
    flight('G18', 'departure', 'SU271', 'BKK', 'SVO', '2026-12-10 11:45', '2026-12-10 18:05', 'Main terminal', 'SUM8IV'),
    // Viet Nam: Hanoi (UTC+7)
    flight('G19', 'arrival', 'VN615', 'HAN', 'BKK', '2026-12-07 09:30', '2026-12-07 11:25', 'Main terminal', 'VNH3TL'),
    flight('G19', 'departure', 'VN616', 'BKK', 'HAN', '2026-12-10 16:30', '2026-12-10 18:30', 'Main terminal', 'VNH3TL'),
    flight('G20', 'arrival', 'VN615', 'HAN', 'BKK', '2026-12-07 09:30', '2026-12-07 11:25', 'Main terminal', 'VNH3TM'),
    flight('G20', 'departure', 'VN616', 'BKK', 'HAN', '2026-12-10 16:30', '2026-12-10 18:30', 'Main terminal', 'VNH3TM'),
    // Malaysia: Kuala Lumpur (UTC+8) into Don Mueang
    flight('G21', 'arrival', 'AK884', 'KUL', 'DMK', '2026-12-06 10:05', '2026-12-06 11:10', 'Terminal 1 (international)', 'AKK5DF'),
    flight('G21', 'departure', 'AK885', 'DMK', 'KUL', '2026-12-09 19:40', '2026-12-09 22:45', 'Terminal 1 (international)', 'AKK5DF'),
    // Lao PDR and the Mekong River Commission: Vientiane (UTC+7), same flight
    flight('G22', 'arrival', 'QV633', 'VTE', 'BKK', '2026-12-07 08:00', '2026-12-07 09:10', 'Main terminal', 'QVV1SK', '1 checked bag; wheelchair at arrival'),
    flight('G22', 'departure', 'QV634', 'BKK', 'VTE', '2026-12-10 17:05', '2026-12-10 18:15', 'Main terminal', 'QVV1SK', '1 checked bag; wheelchair at check-in'),
    flight('G23', 'arrival', 'QV633', 'VTE', 'BKK', '2026-12-07 08:00', '2026-12-07 09:10', 'Main terminal', 'QVV1SL'),
    flight('G23', 'departure', 'QV634', 'BKK', 'VTE', '2026-12-10 17:05', '2026-12-10 18:15', 'Main terminal', 'QVV1SL'),
    // Thailand: domestic from Chiang Mai into Don Mueang
    flight('G24', 'arrival', 'FD3438', 'CNX', 'DMK', '2026-12-07 07:05', '2026-12-07 08:15', 'Terminal 2 (domestic)', 'FDC6PT', 'Cabin bag only'),
    flight('G24', 'departure', 'FD3435', 'DMK', 'CNX', '2026-12-10 16:40', '2026-12-10 17:55', 'Terminal 2 (domestic)', 'FDC6PT', 'Cabin bag only'),
  ];
}

function losTab(): SampleRow[] {
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

function assignmentsTab(): SampleRow[] {
  const primary = (guest_id: string, lo_id: string, notes?: string): SampleRow =>
    (notes ? { guest_id, lo_id, role: 'primary', notes } : { guest_id, lo_id, role: 'primary' });
  return [
    primary('G01', 'LO01', 'Meets the delegation at the aerobridge with airport facilitation'),
    primary('G02', 'LO01'),
    primary('G03', 'LO02', 'Wheelchair and buggy booked at BKK both ways'),
    primary('G04', 'LO02'),
    primary('G05', 'LO03', 'Brief in French'),
    primary('G06', 'LO03'),
    primary('G07', 'LO08'),
    primary('G08', 'LO04'),
    primary('G09', 'LO04'),
    primary('G10', 'LO02', 'Brief in Chinese'),
    primary('G11', 'LO02'),
    primary('G12', 'LO05'),
    primary('G13', 'LO04'),
    primary('G14', 'LO01'),
    primary('G15', 'LO01'),
    primary('G16', 'LO05'),
    primary('G17', 'LO05'),
    primary('G18', 'LO08', 'No Russian-speaking LO available; interpreter requested from the secretariat'),
    primary('G19', 'LO06'),
    primary('G20', 'LO06'),
    primary('G21', 'LO07'),
    primary('G22', 'LO03', 'Speaks Thai; wheelchair at BKK'),
    primary('G23', 'LO03'),
    primary('G24', 'LO07'),
    { guest_id: 'G01', lo_id: 'LO06', role: 'backup', notes: 'Stands in if LO01 is held up with the Indian delegation' },
    { guest_id: 'G08', lo_id: 'LO08', role: 'backup', notes: 'Covers the 9 Dec departure if LO04 is delayed' },
    { guest_id: 'G19', lo_id: 'LO05', role: 'backup', from: '2026-12-07', to: '2026-12-10' },
  ];
}

function hotelsTab(): SampleRow[] {
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

function vehiclesTab(): SampleRow[] {
  // seats = passenger seats, not counting the driver.
  return [
    { vehicle_id: 'V01', plate: '1กข 1234 กรุงเทพมหานคร', type: 'Sedan (Toyota Camry)', seats: 3, driver_name: 'สมศักดิ์ พูลสวัสดิ์', driver_phone: '+66 81 555 0101' },
    { vehicle_id: 'V02', plate: '2กค 5678 กรุงเทพมหานคร', type: 'Sedan (Toyota Camry)', seats: 3, driver_name: 'วิชัย แก้วประเสริฐ', driver_phone: '+66 81 555 0102' },
    { vehicle_id: 'V03', plate: '3กง 9012 กรุงเทพมหานคร', type: 'Sedan (Honda Accord)', seats: 3, driver_name: 'บุญชัย สุขเจริญ', driver_phone: '+66 81 555 0103', notes: 'Also runs the Don Mueang (DMK) pickups' },
    { vehicle_id: 'V04', plate: 'ฮข 3456 กรุงเทพมหานคร', type: 'Van (Toyota Commuter)', seats: 10, driver_name: 'ประยูร ทองดี', driver_phone: '+66 81 555 0104' },
    { vehicle_id: 'V05', plate: 'ฮค 7788 กรุงเทพมหานคร', type: 'Van (Toyota Commuter)', seats: 10, driver_name: 'สุรชัย บุญเรือง', driver_phone: '+66 81 555 0105' },
    { vehicle_id: 'V06', plate: '5กจ 2468 กรุงเทพมหานคร', type: 'MPV (Toyota Alphard)', seats: 6, driver_name: 'อำนาจ ศรีสมบูรณ์', driver_phone: '+66 81 555 0106', notes: 'Wheelchair fits in the boot' },
    { vehicle_id: 'V07', plate: 'ฮง 1357 กรุงเทพมหานคร', type: 'Van (Hyundai Staria)', seats: 10, driver_name: 'เกรียงไกร มีสุข', driver_phone: '+66 81 555 0107' },
    { vehicle_id: 'V08', plate: '9กฉ 8642 กรุงเทพมหานคร', type: 'Sedan (Mercedes-Benz E-Class)', seats: 3, driver_name: 'ชาตรี วงศ์สวัสดิ์', driver_phone: '+66 81 555 0108', notes: 'Flag holder fitted; for heads of delegation' },
    { vehicle_id: 'V09', plate: '30-4567 กรุงเทพมหานคร', type: 'Coach', seats: 40, driver_name: 'สมพงษ์ อินทร์แก้ว', driver_phone: '+66 81 555 0109', notes: 'Programme shuttle from the Riverside Grand' },
    { vehicle_id: 'V10', plate: '30-8910 กรุงเทพมหานคร', type: 'Coach', seats: 40, driver_name: 'มานพ ชัยมงคล', driver_phone: '+66 81 555 0110', notes: 'Programme shuttle from the Sukhumvit Park' },
  ];
}

function transfersTab(): SampleRow[] {
  const t = (
    transfer_id: string, guest_ids: string, vehicle_id: string, pickup_at: string,
    from_place: string, to_place: string, purpose: string, flight_no?: string, notes?: string,
  ): SampleRow => {
    const row: SampleRow = { transfer_id, guest_ids, vehicle_id, pickup_at, from_place, to_place, purpose };
    if (flight_no) row.flight_no = flight_no;
    if (notes) row.notes = notes;
    return row;
  };
  return [
    // Arrivals: pickup 45–60 min after landing.
    t('T01', 'G05', 'V01', '2026-12-06 08:00', BKK, H01_NAME, 'arrival', 'TG931', 'Meeting point: Gate 3, arrival hall level 2'),
    t('T02', 'G21', 'V03', '2026-12-06 12:05', DMK, H02_NAME, 'arrival', 'AK884', 'Terminal 1 (international), Gate 6'),
    t('T03', 'G13', 'V02', '2026-12-06 13:30', BKK, H02_NAME, 'arrival', 'KQ886'),
    t('T04', 'G16, G17', 'V05', '2026-12-06 13:35', BKK, H02_NAME, 'arrival', 'GA866'),
    t('T05', 'G03, G04', 'V06', '2026-12-06 15:00', BKK, H01_NAME, 'arrival', 'TG476', 'Wheelchair to the car; folded wheelchair in the boot'),
    t('T06', 'G07', 'V03', '2026-12-06 15:25', BKK, H01_NAME, 'arrival', 'LH772'),
    t('T07', 'G06', 'V01', '2026-12-06 16:25', BKK, H01_NAME, 'arrival', 'TG917'),
    t('T08', 'G01, G02', 'V08', '2026-12-06 17:10', BKK, H01_NAME, 'arrival', 'JL33', 'Via the VIP lounge with airport facilitation'),
    t('T09', 'G08, G09', 'V06', '2026-12-06 20:25', BKK, H01_NAME, 'arrival', 'EK384'),
    t('T10', 'G10, G11', 'V04', '2026-12-06 21:50', BKK, H01_NAME, 'arrival', 'CA959'),
    t('T11', 'G12', 'V08', '2026-12-06 23:15', BKK, H01_NAME, 'arrival', 'KE651'),
    t('T12', 'G14, G15', 'V05', '2026-12-07 06:00', BKK, H02_NAME, 'arrival', 'AI332', 'Early check-in guaranteed'),
    t('T13', 'G24', 'V03', '2026-12-07 09:00', DMK, H02_NAME, 'arrival', 'FD3438', 'Terminal 2 (domestic), exit 8'),
    t('T14', 'G22, G23', 'V04', '2026-12-07 10:00', BKK, H02_NAME, 'arrival', 'QV633', 'Wheelchair for Mr. Somphone to the car'),
    t('T15', 'G18', 'V02', '2026-12-07 10:45', BKK, H02_NAME, 'arrival', 'SU270'),
    t('T16', 'G19, G20', 'V07', '2026-12-07 12:15', BKK, H02_NAME, 'arrival', 'VN615'),
    // Programme shuttles.
    t('T17', H02_GUESTS, 'V10', '2026-12-07 13:45', H02_NAME, QSNCC, 'programme', undefined, 'Senior Officials\' Meeting'),
    t('T18', H01_GUESTS, 'V09', '2026-12-07 13:50', H01_NAME, QSNCC, 'programme', undefined, 'Senior Officials\' Meeting'),
    t('T19', ALL_GUESTS, 'V09', '2026-12-07 17:40', QSNCC, H01_NAME, 'programme', undefined, 'Straight to the welcome dinner'),
    t('T20', H02_GUESTS, 'V10', '2026-12-07 21:45', H01_NAME, H02_NAME, 'programme', undefined, 'After the welcome dinner'),
    t('T21', H02_GUESTS, 'V10', '2026-12-08 08:10', H02_NAME, QSNCC, 'programme'),
    t('T22', H01_GUESTS, 'V09', '2026-12-08 08:15', H01_NAME, QSNCC, 'programme'),
    t('T23', H01_GUESTS, 'V09', '2026-12-08 17:10', QSNCC, H01_NAME, 'programme'),
    t('T24', H02_GUESTS, 'V10', '2026-12-08 17:10', QSNCC, H02_NAME, 'programme'),
    t('T25', H02_GUESTS, 'V10', '2026-12-08 18:55', H02_NAME, GALA_VENUE, 'programme', undefined, 'Gala dinner'),
    t('T26', H01_GUESTS, 'V09', '2026-12-08 19:00', H01_NAME, GALA_VENUE, 'programme', undefined, 'Gala dinner'),
    t('T27', H01_GUESTS, 'V09', '2026-12-08 22:00', GALA_VENUE, H01_NAME, 'programme'),
    t('T28', H02_GUESTS, 'V10', '2026-12-08 22:00', GALA_VENUE, H02_NAME, 'programme'),
    t('T29', H02_GUESTS, 'V10', '2026-12-09 08:10', H02_NAME, QSNCC, 'programme'),
    t('T30', H01_GUESTS, 'V09', '2026-12-09 08:15', H01_NAME, QSNCC, 'programme'),
    t('T31', BACK_AFTER_LUNCH, 'V09', '2026-12-09 13:40', QSNCC, `${H02_NAME}, then ${H01_NAME}`, 'programme', undefined, 'After the farewell luncheon'),
    t('T32', SITE_VISIT_GUESTS, 'V10', '2026-12-09 13:45', QSNCC, SITE_VENUE, 'programme', undefined, 'Site visit'),
    t('T33', SITE_VISIT_GUESTS, 'V10', '2026-12-09 17:30', SITE_VENUE, `${H02_NAME}, then ${H01_NAME}`, 'programme'),
    t('T34', 'G01, G02, G12', 'V07', '2026-12-09 14:30', H01_NAME, WAT_PHO, 'private', undefined, 'Private visit'),
    t('T35', 'G01, G02, G12', 'V07', '2026-12-09 17:15', WAT_PHO, H01_NAME, 'private'),
    // Departures: pickup at the hotel 3 h 15 min or more before take-off.
    t('T36', 'G03, G04', 'V06', '2026-12-09 14:50', H01_NAME, BKK, 'departure', 'TG475', 'Wheelchair booked at check-in'),
    t('T37', 'G21', 'V03', '2026-12-09 16:25', H02_NAME, DMK, 'departure', 'AK885'),
    t('T38', 'G08, G09', 'V04', '2026-12-09 18:10', H01_NAME, BKK, 'departure', 'EK371'),
    t('T39', 'G07', 'V01', '2026-12-09 20:35', H01_NAME, BKK, 'departure', 'LH773'),
    t('T40', 'G05', 'V02', '2026-12-09 20:35', H01_NAME, BKK, 'departure', 'TG930'),
    t('T41', 'G14, G15', 'V05', '2026-12-10 06:50', H02_NAME, BKK, 'departure', 'AI333', 'Boxed breakfast ordered'),
    t('T42', 'G18', 'V02', '2026-12-10 08:30', H02_NAME, BKK, 'departure', 'SU271'),
    t('T43', 'G06', 'V01', '2026-12-10 09:20', H01_NAME, BKK, 'departure', 'TG916'),
    t('T44', 'G10, G11', 'V04', '2026-12-10 09:45', H01_NAME, BKK, 'departure', 'CA980'),
    t('T45', 'G16, G17', 'V07', '2026-12-10 10:25', H02_NAME, BKK, 'departure', 'GA867'),
    t('T46', 'G13', 'V03', '2026-12-10 11:00', H02_NAME, BKK, 'departure', 'KQ887'),
    t('T47', 'G19, G20', 'V05', '2026-12-10 13:15', H02_NAME, BKK, 'departure', 'VN616'),
    t('T48', 'G22, G23', 'V06', '2026-12-10 13:45', H02_NAME, BKK, 'departure', 'QV634', 'Wheelchair booked at check-in'),
    t('T49', 'G01, G02', 'V08', '2026-12-10 19:10', H01_NAME, BKK, 'departure', 'JL34', 'Late check-out until 18:00 agreed'),
    t('T50', 'G12', 'V01', '2026-12-10 20:10', H01_NAME, BKK, 'departure', 'KE652', 'Late check-out until 18:00 agreed'),
    // G24's departure (FD3435 from DMK) deliberately has no transfer yet.
  ];
}

function programmeTab(): SampleRow[] {
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

function contactsTab(): SampleRow[] {
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

/** The whole sample workbook, one entry per input tab in contract order. A fresh copy on every call. */
export function sampleEvent(): SampleWorkbook {
  const byTab: Record<SampleTab, () => SampleRow[]> = {
    Event: eventTab,
    Guests: guestsTab,
    Flights: flightsTab,
    LOs: losTab,
    Assignments: assignmentsTab,
    Hotels: hotelsTab,
    Vehicles: vehiclesTab,
    Transfers: transfersTab,
    Programme: programmeTab,
    Contacts: contactsTab,
  };
  return SAMPLE_TABS.map((tab) => ({ tab, rows: byTab[tab]() }));
}
