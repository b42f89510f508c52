import type { Area } from '../directory/schema.js';

export interface AreaNode {
  readonly area: Area;
  /** The containing area in the tree; undefined for a root (no parent, an unknown parent, or a loop of parents). */
  readonly parent: string | undefined;
  readonly depth: number;
}

/** The directory's areas as a tree: who contains whom, and an order that puts each area before the places inside it. */
export interface AreaTree {
  /** Areas in tree order: each root in directory order, followed by its descendants. */
  readonly ordered: readonly AreaNode[];
  /** The area and every larger area that contains it. */
  selfAndAncestors(id: string): ReadonlySet<string>;
  /** Every place inside the area, at any depth (not the area itself). */
  descendants(id: string): ReadonlySet<string>;
}

export function areaTree(areas: readonly Area[]): AreaTree {
  const byId = new Map(areas.map((area) => [area.id, area]));
  // A parent that is not one of the areas (parseDirectory warns about it) makes the area a root.
  const parentOf = (area: Area) => (area.parent && area.parent !== area.id && byId.has(area.parent) ? area.parent : undefined);

  const up = new Map<string, Set<string>>();
  for (const area of areas) {
    const chain = new Set<string>([area.id]);
    // A loop of parents (a → b → a) stops where it meets an area already on the chain.
    for (let parent = parentOf(area); parent && !chain.has(parent); parent = parentOf(byId.get(parent)!)) chain.add(parent);
    up.set(area.id, chain);
  }
  const down = new Map<string, Set<string>>(areas.map((area) => [area.id, new Set<string>()]));
  for (const [id, chain] of up) for (const ancestor of chain) if (ancestor !== id) down.get(ancestor)!.add(id);

  const children = new Map<string, Area[]>();
  const roots: Area[] = [];
  for (const area of areas) {
    const parent = parentOf(area);
    // An area on a loop of parents is shown as a root, so it appears once and the loop ends.
    if (parent && !up.get(parent)!.has(area.id)) (children.get(parent) ?? children.set(parent, []).get(parent)!).push(area);
    else roots.push(area);
  }
  const ordered: AreaNode[] = [];
  const visit = (area: Area, parent: string | undefined, depth: number) => {
    ordered.push({ area, parent, depth });
    for (const child of children.get(area.id) ?? []) visit(child, area.id, depth + 1);
  };
  roots.forEach((root) => visit(root, undefined, 0));

  const none: ReadonlySet<string> = new Set();
  return {
    ordered,
    selfAndAncestors: (id) => up.get(id) ?? none,
    descendants: (id) => down.get(id) ?? none,
  };
}
