/**
 * The documents domain in t()'s table. Only the documents run uses it, so
 * it is not in the table from the start (domains.ts): importing this module
 * adds it, and the documents' phrasebook imports it.
 */
import { documents as en } from './en/documents';
import { addDomain } from './index';
import { documents as th } from './th/documents';

addDomain('documents', en, th);
