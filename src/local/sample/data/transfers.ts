/** The Transfers tab: airport pickups, programme shuttles and departures (see the plan in ../sample-event.ts). */
import type { SampleRow } from './row';
import { ALL_GUESTS, BACK_AFTER_LUNCH, BKK, DMK, GALA_VENUE, H01_GUESTS, H01_NAME, H02_GUESTS, H02_NAME, QSNCC, SITE_VENUE, SITE_VISIT_GUESTS, WAT_PHO } from './shared';

export function transfersTab(): SampleRow[] {
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
