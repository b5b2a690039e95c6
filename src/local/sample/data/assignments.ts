/** The Assignments tab: a primary LO for every guest, and three backups. */
import type { SampleRow } from './row';

export function assignmentsTab(): SampleRow[] {
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
