/**
 * One topic's diagnostics over all units (endpoints or sections) in unit order, as a persistent
 * balanced tree of the units' own lists (issue #18): a version shares every node an edit did not reach
 * with the version before it, so replacing, adding or removing units costs the units changed plus one
 * node per level (O(changed + log n)), never a copy of the whole list. The lists are the unit results'
 * own arrays (undefined for a unit that reports nothing), never copied; a node is never changed after
 * it is made.
 *
 * A B-tree by position: every leaf at the same depth, a node holds at most `nodeSize.max` children (32)
 * and, unless it is the root, at least `nodeSize.min` (8): a node that falls below is merged with a
 * neighbour. Only unit counts are kept per node: a unit is found by position, its items by walking its
 * list.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

/** What one unit found: undefined when nothing (most units). */
export type UnitList = readonly Diagnostic[] | undefined;

/** Children per node: at most `max`, at least `min` unless it is the root. */
const nodeSize = { max: 32, min: 8 };

/**
 * Other node sizes, for the tests: small nodes make trees of several levels out of small files. A split
 * of more than `max` must leave halves of at least `min`. Returns what restores the sizes before.
 */
export function setNodeSize(max: number, min: number): () => void {
  if (min < 2 || Math.floor((max + 1) / 2) < min) throw new RangeError(`node size ${min}..${max}`);
  const before = { ...nodeSize };
  nodeSize.max = max;
  nodeSize.min = min;
  return () => Object.assign(nodeSize, before);
}

interface Leaf {
  readonly height: 0;
  readonly children: readonly UnitList[];
  /** Units under the node. */
  readonly size: number;
}

interface Branch {
  readonly height: number;
  readonly children: readonly Node[];
  readonly size: number;
}

type Node = Leaf | Branch;

function isLeaf(node: Node): node is Leaf {
  return node.height === 0;
}

function makeNode(height: number, children: readonly (UnitList | Node)[]): Node {
  if (height === 0) return { height: 0, children: children as UnitList[], size: children.length };
  let size = 0;
  for (const child of children as Node[]) size += child.size;
  return { height, children: children as Node[], size };
}

/** `children` as nodes of `height` of at most max children each, as even as can be (none when empty). */
function chunk(height: number, children: readonly (UnitList | Node)[]): Node[] {
  if (children.length <= nodeSize.max) return children.length ? [makeNode(height, children)] : [];
  const count = Math.ceil(children.length / nodeSize.max);
  const nodes: Node[] = [];
  for (let index = 0; index < count; index++) {
    nodes.push(makeNode(height, children.slice(Math.floor((index * children.length) / count), Math.floor(((index + 1) * children.length) / count))));
  }
  return nodes;
}

export class PhaseList {
  static readonly EMPTY = new PhaseList(undefined);

  private constructor(private readonly root: Node | undefined) {}

  /** A list of these units' lists (one entry per unit). */
  static of(units: readonly UnitList[]): PhaseList {
    return PhaseList.EMPTY.splice(0, 0, units);
  }

  /** How many units. */
  get units(): number {
    return this.root?.size ?? 0;
  }

  /**
   * This list with units [from, to) replaced by `units` (one list per new unit): a new version that
   * shares what the change did not reach; this one is left as it was. The same list when nothing changes.
   */
  splice(from: number, to: number, units: readonly UnitList[]): PhaseList {
    const size = this.units;
    if (from < 0 || to < from || to > size) throw new RangeError(`PhaseList.splice(${from}, ${to}) of ${size} units`);
    if (!this.root) return units.length ? new PhaseList(grow(chunk(0, units))) : this;
    const nodes = replace(this.root, from, to, units);
    if (nodes.length === 1 && nodes[0] === this.root) return this;
    let root: Node | undefined = grow(nodes);
    // A root of one child is that child (the tree gets lower after deletions).
    while (root && !isLeaf(root) && root.children.length === 1) root = (root as Branch).children[0];
    return root ? new PhaseList(root) : PhaseList.EMPTY;
  }

  /** The list of unit `index`. */
  unit(index: number): UnitList {
    if (!this.root || index < 0 || index >= this.root.size) throw new RangeError(`PhaseList.unit(${index}) of ${this.units} units`);
    let node: Node = this.root;
    let at = index;
    while (!isLeaf(node)) {
      for (const child of (node as Branch).children) {
        if (at < child.size) {
          node = child;
          break;
        }
        at -= child.size;
      }
    }
    return node.children[at];
  }

  /** Calls `visit` with each item of units [from, to), in order (all of them by default). */
  forEach(visit: (item: Diagnostic) => void, from = 0, to = this.units): void {
    if (this.root && from < to) walk(this.root, Math.max(0, from), Math.min(to, this.root.size), visit);
  }

  /** Every item in order: a new array (for tests and the from-scratch paths, which read all of them anyway). */
  toArray(from?: number, to?: number): Diagnostic[] {
    const items: Diagnostic[] = [];
    this.forEach((item) => items.push(item), from, to);
    return items;
  }

  /** How many levels (for the tests: the tree stays shallow). */
  get depth(): number {
    return this.root ? this.root.height + 1 : 0;
  }

  /** Throws when a node breaks the tree's invariants (for the tests). */
  check(): void {
    if (this.root) verify(this.root, true);
  }
}

function walk(node: Node, from: number, to: number, visit: (item: Diagnostic) => void): void {
  if (isLeaf(node)) {
    for (let index = from; index < to; index++) {
      const list = node.children[index];
      // Indexed: this runs for the removed units of every edit, and an unoptimised for-of allocates.
      if (list) for (let at = 0; at < list.length; at++) visit(list[at]);
    }
    return;
  }
  let offset = 0;
  for (const child of (node as Branch).children) {
    const end = offset + child.size;
    if (end > from && offset < to) walk(child, Math.max(0, from - offset), Math.min(child.size, to - offset), visit);
    if (end >= to) return;
    offset = end;
  }
}

/** Nodes of one height stacked under new branches until one is left (undefined: none). */
function grow(nodes: Node[]): Node | undefined {
  let level = nodes;
  while (level.length > 1) level = chunk(level[0].height + 1, level);
  return level[0];
}

/**
 * The nodes (of `node`'s height) that take the place of `node` once its units [from, to) are replaced by
 * `units`: `[node]` itself when they are the same lists, none when no unit is left. Each has at most
 * max children; one may have fewer than min (the caller merges it with a neighbour).
 */
function replace(node: Node, from: number, to: number, units: readonly UnitList[]): Node[] {
  if (isLeaf(node)) {
    if (units.length === to - from) {
      let same = true;
      for (let index = 0; same && index < units.length; index++) same = units[index] === node.children[from + index];
      if (same) return [node];
    }
    const children = node.children.slice(0, from);
    for (const unit of units) children.push(unit);
    for (let index = to; index < node.children.length; index++) children.push(node.children[index]);
    return chunk(0, children);
  }
  const branch = node as Branch;
  const kids = branch.children;
  // The children the range touches: [first, last]; an insertion (from = to) goes to the child it starts in.
  let first = 0;
  let firstOffset = 0;
  while (first < kids.length - 1 && firstOffset + kids[first].size <= from) {
    firstOffset += kids[first].size;
    first++;
  }
  let last = first;
  let lastOffset = firstOffset;
  while (last < kids.length - 1 && lastOffset + kids[last].size < to) {
    lastOffset += kids[last].size;
    last++;
  }
  let middle: Node[];
  if (first === last) {
    middle = replace(kids[first], from - firstOffset, to - firstOffset, units);
    if (middle.length === 1 && middle[0] === kids[first]) return [node];
  } else {
    middle = replace(kids[first], from - firstOffset, kids[first].size, units);
    for (const right of replace(kids[last], 0, to - lastOffset, [])) middle.push(right);
  }
  const children: Node[] = kids.slice(0, first);
  const start = children.length;
  for (const child of middle) children.push(child);
  const end = children.length;
  for (let index = last + 1; index < kids.length; index++) children.push(kids[index]);
  mergeSmall(children, start, end);
  return chunk(branch.height, children);
}

/** Merges each node in children[start, end) with fewer than min children into a neighbour (in place). */
function mergeSmall(children: Node[], start: number, end: number): void {
  let index = start;
  let stop = end;
  while (index < stop && index < children.length) {
    const small = children[index];
    if (small.children.length >= nodeSize.min || children.length < 2) {
      index++;
      continue;
    }
    // With the next one when there is one, else with the one before.
    const at = index + 1 < children.length ? index : index - 1;
    const joined = [...(children[at].children as (UnitList | Node)[]), ...(children[at + 1].children as (UnitList | Node)[])];
    const merged = chunk(small.height, joined);
    children.splice(at, 2, ...merged);
    // Two nodes made of more than max children have at least max / 2 each; one node may still be small
    // (both were): it is looked at again. Every merge leaves one node fewer, so this ends.
    stop = Math.max(stop + merged.length - 2, at + 1);
    index = merged.length === 1 ? at : at + 2;
  }
}

function verify(node: Node, isRoot: boolean): number {
  const count = node.children.length;
  if (count > nodeSize.max) throw new Error(`node of ${count} children`);
  if (!isRoot && count < nodeSize.min) throw new Error(`non-root node of ${count} children`);
  if (isLeaf(node)) {
    if (node.size !== count) throw new Error('leaf size');
    return count;
  }
  let size = 0;
  for (const child of (node as Branch).children) {
    if (child.height !== node.height - 1) throw new Error('uneven leaves');
    size += verify(child, false);
  }
  if (isRoot && count < 2) throw new Error('root branch of one child');
  if (size !== node.size) throw new Error('branch size');
  return size;
}
