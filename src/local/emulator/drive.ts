/**
 * DriveApp over real folders: the root folder is options.docsDir, folders are
 * its sub-folders, files are files in them. Ids, names and places are kept in
 * `<sidecar>/drive.json`, so ids stay stable across executions.
 *
 * Drive allows two items of one name in a folder; a disk does not, so the
 * file on disk gets " (2)" and the Drive name stays as given. Trashed items
 * move to `<docsDir>/.trash/` and, as in Drive, still come back from
 * getFiles/getFilesByName (check isTrashed()).
 *
 * The service lives in ./drive/, one module per Apps Script class:
 *   drive-app.ts DriveApp, folder.ts Folder, file.ts File,
 *   file-iterator.ts FileIterator, folder-iterator.ts FolderIterator;
 * and what they (and advanced-drive.ts, document/) share: registry.ts (the
 * registry and its changes on disk), mime-type.ts (MimeType).
 */
export { createDriveApp } from './drive/drive-app';




export { MimeType } from './drive/mime-type';
export {
  NO_ITEM,
  
  
  
  
  fileRecord,
  
  
  readRegistry,
  registerFile,
  
  
  rootFolderId,
  touchFile,
  
  updateRegistry,
  
  
  
  
} from './drive/registry';
