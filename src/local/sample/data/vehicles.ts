/** The Vehicles tab: the cars and coaches, with their drivers. */
import type { SampleRow } from './row';

export function vehiclesTab(): SampleRow[] {
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
