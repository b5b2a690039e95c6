/** What FileIterator and FolderIterator share: a listing's ids, each item made when it is reached. */
const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

export abstract class IdIterator<T> {
  private i = 0;

  constructor(private readonly ids: string[]) {}

  /** The item of one id (a File or a Folder). */
  protected abstract item(id: string): T;

  hasNext(): boolean {
    return this.i < this.ids.length;
  }

  next(): T {
    if (!this.hasNext()) throw new Error(ITERATOR_END);
    return this.item(this.ids[this.i++]);
  }

  getContinuationToken(): string {
    return Buffer.from(JSON.stringify(this.ids.slice(this.i))).toString('base64url');
  }
}
