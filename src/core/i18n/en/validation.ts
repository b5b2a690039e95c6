/**
 * Finding messages, in English. Each says what is wrong and how to fix it.
 * Common parameters: {col} column label, {value} the cell as read, {tab} tab name.
 */
export const validation = {
  'required': '{col} is empty. Fill it in; this row is left out until then.',
  'required.setting': 'The setting "{col}" has no value. Fill it in on the Event tab.',
  'required.formula': '{col} shows a formula error, so this row is left out until it is fixed.',

  'invalid.date': '"{value}" is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-12-06 or 06/12/2026.',
  'invalid.datetime': '"{value}" is not a date and time. Write it as YYYY-MM-DD HH:mm, e.g. 2026-12-06 14:35.',
  'invalid.datetime_no_time': '"{value}" has a date but no time. Add the time as HH:mm, e.g. 2026-12-06 14:35.',
  'invalid.year': 'The year in "{value}" looks wrong. Write a year such as 2026 (or 2569 in the Buddhist era).',
  'invalid.time': '"{value}" is not a time of day. Write it as HH:mm, e.g. 18:00.',
  'invalid.instant': '"{value}" is not a date and time LO Desk can read. Leave this cell to LO Desk or write YYYY-MM-DD HH:mm.',
  'invalid.number': '"{value}" is not a number. Write digits only, e.g. 60.',
  'invalid.number_range': '{col} must be a whole number from {min} to {max}; "{value}" is not.',
  'invalid.enum': '"{value}" is not an allowed value. Choose one of: {values}.',
  'invalid.email': '"{value}" is not an email address. Write one address such as name@example.org.',
  'invalid.email_in_list': '"{value}" is not an email address, so it is left out; the others ({kept}) still count. Correct it (name@example.org) or remove it.',
  'invalid.email_kept': '"{value}" is not an email address. The LO still counts for their guests, but LO Desk sends them nothing until it is corrected (one address such as name@example.org).',
  'invalid.phone': '"{value}" is not a phone number. Write digits with the country code, e.g. +66 81 234 5678.',
  'invalid.phone_number_cell': 'The phone number was stored as the number {value}, so its leading 0 or + is lost. Format the column as plain text and type the number again.',
  'invalid.iata': '"{value}" is not an airport code. Write the 3-letter IATA code, e.g. BKK.',
  'invalid.boolean': '"{value}" is not yes or no. Tick the box, or write TRUE or FALSE.',
  'invalid.timezone': '"{value}" is not a time zone. Write an IANA name such as Asia/Bangkok; until then {fallback} is used.',
  'invalid.id': '"{value}" cannot be used as an ID. Use letters, digits, "-", "_" or "." only, e.g. G001.',
  'invalid.text': 'The cell holds "{value}", which has no letters or digits. Type the value again.',
  'invalid.row': 'This row could not be read: the tab has no {detail} column. Add it (Set up workbook adds missing columns).',
  'invalid.duplicate_header': 'Two columns are headed "{header}" (columns {first} and {other}). LO Desk reads column {first}; rename or remove the other one.',
  'invalid.duplicate_setting': 'The setting "{col}" appears twice (rows {first} and {other}). LO Desk reads row {first}; remove the other one.',

  'duplicate_id': '{col} "{value}" is also used on row {first}. Give each row its own ID; this row is left out until then.',

  'unknown_ref': '{col} "{value}" is not in the {target} tab. Add it there or correct the ID.',
  'unknown_ref.audience': '"{value}" is neither a guest ID nor a delegation name. Correct it or remove it from the audience.',
  'unknown_ref.flight': 'None of the guests of this transfer has flight {value} in the Flights tab. Check the flight number.',

  'unknown_airport': 'Airport code "{value}" is not known, so this flight\'s times cannot be converted or checked. Check the code (e.g. BKK, DMK, NRT).',

  'be_year': '{value} was read as a Buddhist-era date: {date}. Nothing to do if that is right.',

  'formula_error': 'The cell shows {value}, an error from a formula. Fix the formula or type the value instead.',

  'time_order.flight': 'This flight lands ({arrive}) before it takes off ({depart}), once time zones are counted. Check both dates and times.',
  'time_order.flight_long': 'This flight would last {hours} hours ({depart} → {arrive}). Check the dates.',
  'time_order.stay': 'Guest {guest} leaves ({depart}) before arriving ({arrive}). Check the flight dates.',
  'time_order.programme': 'This item ends ({end}) before it starts ({start}). Check both times.',
  'time_order.hotel': 'Check-out ({out}) is before check-in ({in}). Correct the dates.',
  'time_order.assignment': 'The assignment ends ({to}) before it starts ({from}). Correct the dates.',

  'no_arrival_flight': 'Guest {guest} has no arrival flight. Add one in the Flights tab with direction "arrival".',
  'no_departure_flight': 'Guest {guest} has no departure flight. Add one in the Flights tab with direction "departure".',
  'no_lo': 'Guest {guest} has no LO. Add a row for the guest in the Assignments tab.',
  'lo_conflict': 'LO {lo} has two airport duties {minutes} minutes apart: {first} and {second}. Leave at least {gap} minutes between them or assign another LO.',
  'vehicle_conflict': 'Vehicle {vehicle} has pickups {minutes} minutes apart (transfers {first} and {second}). Leave at least {gap} minutes between trips or use another car.',
  'vehicle_conflict.seats': 'Vehicle {vehicle} would carry {count} guests at {time} but has {seats} seats. Split the trip or use a bigger car.',
  'language_mismatch': 'LO {lo} ({lo_languages}) shares no language with guest {guest} ({guest_languages}). Assign an LO who speaks one of them, or arrange an interpreter.',
  'hotel_dates.check_in': 'Check-in {date} does not fit the arrival on {arrival} (local date). Set check-in to {arrival}, or the day before for an early-morning landing.',
  'hotel_dates.check_out': 'Check-out {date} does not fit the departure on {departure} (local date). Set check-out to {departure}, or the day before for an early-morning flight.',
  'no_transfer.arrival': 'No transfer meets flight {flight} of guest {guest}. Add a row in the Transfers tab with the guest ID and the flight number.',
  'no_transfer.departure': 'No transfer takes guest {guest} to flight {flight}. Add a row in the Transfers tab with the guest ID and the flight number.',
  'transfer_time.before_landing': 'Pickup {pickup} is before flight {flight} lands ({arrive}). Set the pickup at or after the landing time.',
  'transfer_time.late_arrival': 'Pickup {pickup} is {minutes} minutes after flight {flight} lands, so the guest would wait. Set it within {max} minutes of landing.',
  'transfer_time.late_departure': 'Pickup {pickup} leaves only {minutes} minutes before flight {flight} departs ({depart}). Pick the guest up at least {min} minutes before departure.',
  'programme_outside_stay': 'Guest {guest} is in the audience but is not in town then: the item starts {start}; the stay runs {arrive} to {depart}. Correct the audience or the flights.',
  'missing_tab': 'The tab "{tab}" is missing. Run "Set up workbook" to create it.',
  'missing_column': 'The {tab} tab has no column "{col}". Run "Set up workbook" to add it, or rename a header to "{col}".',
  'missing_setting': 'The Event tab has no row for the setting "{col}". Run "Set up workbook" to add it.',
};
