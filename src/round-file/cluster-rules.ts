// Rules about clusters: known members, each organisation in exactly one cluster, hosts from the cluster.
import { BENCHMARKING_MEETINGS } from "../domain/round.ts";
import type { PathSegment } from "./errors.ts";
import type { RoundFile, RoundFileCluster } from "./round-file-schema.ts";
import { inBoth } from "./round-file-strings.ts";
import type { RuleProblem } from "./rule-problem.ts";

function duplicateClusters(file: RoundFile): RuleProblem[] {
  const seen = new Set<string>();
  return file.clusters.flatMap((c, i) => {
    if (!seen.has(c.id)) {
      seen.add(c.id);
      return [];
    }
    return [
      {
        path: ["clusters", i, "id"],
        ...inBoth((t) => t.clusterIdTwice(c.id)),
      },
    ];
  });
}

function memberRefs(c: RoundFileCluster, i: number): { id: string; path: PathSegment[] }[] {
  return [
    { id: c.mentor, path: ["clusters", i, "mentor"] },
    ...c.organisations.map((id, j) => ({ id, path: ["clusters", i, "organisations", j] })),
  ];
}

function placementProblem(id: string, where: string, c: RoundFileCluster): { message: string; sv: string } {
  if (where !== c.id)
    return {
      ...inBoth((t) => t.alreadyInCluster(id, where)),
    };
  if (id === c.mentor) {
    return {
      ...inBoth((t) => t.mentorAsMember(id, c.id)),
    };
  }
  return {
    ...inBoth((t) => t.listedTwice(id, c.id)),
  };
}

// Every member must be a listed organisation, and no organisation may sit in two places.
function membership(file: RoundFile): RuleProblem[] {
  const known = new Set(file.organisations.map((o) => o.id));
  const placed = new Map<string, string>();
  const problems: RuleProblem[] = [];
  file.clusters.forEach((c, i) => {
    for (const ref of memberRefs(c, i)) {
      const where = placed.get(ref.id);
      if (!known.has(ref.id)) {
        problems.push({ path: ref.path, ...inBoth((t) => t.unknownOrganisation(ref.id)) });
      } else if (where === undefined) placed.set(ref.id, c.id);
      else problems.push({ path: ref.path, ...placementProblem(ref.id, where, c) });
    }
  });
  file.organisations.forEach((o, i) => {
    if (placed.has(o.id)) return;
    const { message, sv } = inBoth((t) => t.inNoCluster(o.id));
    problems.push({ path: ["organisations", i, "id"], message, sv });
  });
  return problems;
}

function hosts(file: RoundFile): RuleProblem[] {
  return file.clusters.flatMap((c, i) => {
    const members = new Set([c.mentor, ...c.organisations]);
    return BENCHMARKING_MEETINGS.flatMap((m) => {
      const host = c.meetings[m].host;
      if (members.has(host)) return [];
      const { message, sv } = inBoth((t) => t.hostNotInCluster(host, c.id, [...members].join(", ")));
      return [{ path: ["clusters", i, "meetings", m, "host"], message, sv }];
    });
  });
}

// Each organisation of a cluster hosts (at most) one of its three benchmarking meetings.
function hostsOnce(file: RoundFile): RuleProblem[] {
  return file.clusters.flatMap((c, i) => {
    const hosting = new Map<string, string>();
    return BENCHMARKING_MEETINGS.flatMap((m) => {
      const host = c.meetings[m].host;
      const earlier = hosting.get(host);
      hosting.set(host, earlier ?? m);
      if (earlier === undefined) return [];
      const { message, sv } = inBoth((t) => t.hostsTwice(host, earlier));
      return [{ path: ["clusters", i, "meetings", m, "host"], message, sv }];
    });
  });
}

export function clusterRules(file: RoundFile): RuleProblem[] {
  return [...duplicateClusters(file), ...membership(file), ...hosts(file), ...hostsOnce(file)];
}
