/** A file or a folder of the Drive registry, as the advanced service handles both alike. */
import type { FileRecord, FolderRecord } from '../drive/registry';

export type Item = { kind: 'file'; rec: FileRecord } | { kind: 'folder'; rec: FolderRecord };
