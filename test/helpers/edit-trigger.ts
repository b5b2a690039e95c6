import { Workbook } from '../../src/local/emulator/workbook';

/** Removes set-up's record of its on-edit trigger (as in a workbook set up before it existed): edits go to the simple trigger. */
export async function forgetEditTrigger(file: string): Promise<void> {
  const wb = await Workbook.load(file);
  const meta = JSON.parse(wb.getMeta('developer_metadata') ?? '[]') as { key: string }[];
  wb.setMeta('developer_metadata', JSON.stringify(meta.filter((m) => m.key !== 'lodesk.edit_trigger')));
  await wb.save(file);
}
