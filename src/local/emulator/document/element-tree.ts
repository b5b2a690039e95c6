/**
 * What every element of the tree shares: the list it sits in (a body's or a
 * cell's children), and the rule for leaving it.
 */
import type { BlockModel, TextBlock } from './model';

/** The children list an element belongs to: a body's blocks, or a cell's paragraphs and list items. */
export type Container = { children: BlockModel[] } | { children: TextBlock[] };

export function removeFrom(parent: Container, block: BlockModel): void {
  const list = parent.children as BlockModel[];
  const i = list.indexOf(block);
  if (i < 0) throw new Error('Element does not contain the specified child element.');
  // A body or cell always keeps one paragraph, as in Google Docs.
  if (list.length === 1) throw new Error("Can't remove the last paragraph in a document section.");
  list.splice(i, 1);
}

export function isLastIn(parent: Container, block: BlockModel): boolean {
  const list = parent.children as BlockModel[];
  return list[list.length - 1] === block;
}
