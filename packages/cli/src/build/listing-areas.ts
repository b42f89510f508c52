import type { Area, Directory, Service } from '@peer-support-kit/core';

// Which area of the static listing each service is listed under: once each, so that its id is
// the one place `directory.html#<service-id>` leads to.

/** One area's part of the page, or the services with no area. */
export interface AreaGroup {
  /** The section's id: `area:<area id>` (a colon no service id has), or `areas:other`. */
  readonly anchor: string;
  readonly name: string;
  /** The area's id, or undefined for the services with no area the directory knows. */
  readonly areaId: string | undefined;
  /** Listed here, in the order the directory lists them. */
  readonly services: readonly Service[];
  /** Listed under a larger area, but named for this one too (a centre in five towns). */
  readonly alsoHere: ReadonlyArray<{ readonly service: Service; readonly listedUnder: AreaGroup }>;
  /** The larger areas this one is part of that have services of their own, nearest first. */
  readonly within: readonly AreaGroup[];
}

export interface AreaOutline {
  /** Each area with services, larger areas before the places inside them; services with no area last. */
  readonly groups: readonly AreaGroup[];
  /** The areas, as a tree, that lead to a group: for the contents at the top of the page. */
  readonly tree: readonly AreaNode[];
}

export interface AreaNode {
  readonly area: Area;
  readonly group: AreaGroup | undefined;
  readonly children: readonly AreaNode[];
}

export const anchorOf = (areaId: string) => `area:${areaId}`;

/**
 * The services by area. A service named for several areas is listed under the smallest area that
 * holds them all (Brighton and Hove and Worthing: Sussex), and mentioned in each of its areas that
 * has a part of the page; one whose areas share no larger area is listed under its first.
 */
export function outlineByArea(directory: Directory): AreaOutline {
  const byId = new Map(directory.areas.map((area) => [area.id, area]));
  const chain = (id: string): string[] => {
    const out: string[] = [];
    for (let at: string | undefined = id; at && byId.has(at) && !out.includes(at); at = byId.get(at)!.parent) out.push(at);
    return out;
  };
  const homeOf = (service: Service): string | undefined => {
    const chains = service.areas.filter((id) => byId.has(id)).map(chain);
    if (!chains.length) return undefined;
    return chains[0]!.find((id) => chains.every((other) => other.includes(id))) ?? chains[0]![0];
  };

  const listed = new Map<string | undefined, Service[]>();
  const homes = new Map<Service, string | undefined>();
  for (const service of directory.services) {
    const home = homeOf(service);
    homes.set(service, home);
    listed.set(home, [...(listed.get(home) ?? []), service]);
  }

  // Larger areas first: the roots in the directory's order, each followed by the places inside it.
  const childrenOf = (parent: string | undefined) =>
    directory.areas.filter((area) => (parent === undefined ? !area.parent || !byId.has(area.parent) : area.parent === parent));
  const groups: AreaGroup[] = [];
  const groupOf = new Map<string, AreaGroup>();
  const visit = (area: Area, seen: Set<string>): AreaNode | undefined => {
    if (seen.has(area.id)) return undefined;
    seen.add(area.id);
    const services = listed.get(area.id) ?? [];
    let group: AreaGroup | undefined;
    if (services.length) {
      const within = chain(area.id)
        .slice(1)
        .flatMap((id) => groupOf.get(id) ?? []);
      group = { anchor: anchorOf(area.id), name: area.name, areaId: area.id, services, alsoHere: [], within };
      groups.push(group);
      groupOf.set(area.id, group);
    }
    const children = childrenOf(area.id).flatMap((child) => visit(child, seen) ?? []);
    return group || children.length ? { area, group, children } : undefined;
  };
  // Then any area left (parents that go round in a circle): every service is listed somewhere.
  const seen = new Set<string>();
  const tree = [...childrenOf(undefined), ...directory.areas].flatMap((root) => visit(root, seen) ?? []);

  const unplaced = listed.get(undefined) ?? [];
  if (unplaced.length)
    groups.push({ anchor: 'areas:other', name: 'Other services', areaId: undefined, services: unplaced, alsoHere: [], within: [] });

  for (const service of directory.services) {
    const home = homes.get(service);
    for (const id of new Set(service.areas)) {
      const group = groupOf.get(id);
      if (!group || id === home || !home) continue;
      (group.alsoHere as Array<AreaGroup['alsoHere'][number]>).push({ service, listedUnder: groupOf.get(home)! });
    }
  }
  return { groups, tree };
}
