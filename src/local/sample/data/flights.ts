/** The Flights tab: each guest's arrival and departure, times local to each airport. */
import type { SampleRow } from './row';

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

export function flightsTab(): SampleRow[] {
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
