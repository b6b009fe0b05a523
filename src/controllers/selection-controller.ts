import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListSelection } from '../api/schemas/invitation.js';
import type { UserFilter } from '../api/schemas/user.js';

/**
 * Which users a list has selected: explicit ids, or "every user matching the
 * filter" (which the contract sends as a `{ filter }` BulkSelection, so
 * selecting 100,000 users never lists 100,000 ids). Remembers the anchor row
 * of Shift-click / Shift+Space ranges.
 */
export class SelectionController implements ReactiveController {
  private ids = new Set<string>();
  private matching: UserFilter | undefined;
  /** Row index a range starts from: the last row toggled on its own. */
  anchor: number | undefined;
  /** Goes up at every change, so a host can tell one without comparing 100,000 ids. */
  version = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True while "all N matching" is selected. */
  get allMatching(): boolean {
    return this.matching !== undefined;
  }

  has(userId: string): boolean {
    return this.allMatching || this.ids.has(userId);
  }

  /** Users selected; `total` is what "all matching" counts. */
  count(total: number): number {
    return this.allMatching ? total : this.ids.size;
  }

  /** The selection as the contract's bulk operations take it; null when empty. */
  toBulkSelection(): ListSelection | null {
    if (this.matching) return { filter: this.matching };
    return this.ids.size ? { userIds: [...this.ids] } : null;
  }

  /**
   * Toggles one user. Leaving "all matching" this way keeps the users the
   * table has loaded minus this one: a `{ filter }` selection cannot exclude
   * anybody, so the others would have to be named one by one.
   */
  toggle(userId: string, index: number, loadedIds: () => string[]): void {
    if (this.matching) {
      this.matching = undefined;
      this.ids = new Set(loadedIds().filter((id) => id !== userId));
    } else if (this.ids.has(userId)) {
      this.ids.delete(userId);
    } else {
      this.ids.add(userId);
    }
    this.anchor = index;
    this.changed();
  }

  /** Adds every user of a range (the anchor stays, as in a file manager). */
  addAll(userIds: readonly string[]): void {
    this.matching = undefined;
    for (const id of userIds) this.ids.add(id);
    this.changed();
  }

  selectAllMatching(filter: UserFilter): void {
    this.matching = filter;
    this.ids.clear();
    this.changed();
  }

  clear(): void {
    const hadAny = this.allMatching || this.ids.size > 0;
    this.matching = undefined;
    this.ids.clear();
    this.anchor = undefined;
    if (hadAny) this.changed();
  }

  /** A user deleted or gone from the list leaves the selection. */
  forget(userId: string): void {
    if (this.ids.delete(userId)) this.changed();
  }

  private changed(): void {
    this.version++;
    this.host.requestUpdate();
  }
}
