// Rules about clusters: known members, each organisation in exactly one cluster, hosts from the cluster.
import { BENCHMARKING_MEETINGS } from "../domain/round.ts";
import type { PathSegment } from "./errors.ts";
import type { RoundFile, RoundFileCluster } from "./round-file-schema.ts";
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
        message: `the cluster id "${c.id}" is used twice: rename one`,
        sv: `klustret "${c.id}" finns två gånger: byt namn på det ena`,
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
      message: `${id} is already in cluster ${where}: an organisation takes part in one cluster only`,
      sv: `${id} finns redan i klustret ${where}: en organisation deltar i ett enda kluster`,
    };
  if (id === c.mentor) {
    return {
      message: `${id} is the mentor of cluster ${c.id}: a mentor is not also a benchmarking organisation; remove it here`,
      sv: `${id} är mentor i klustret ${c.id}: en mentor är inte också benchmarkingorganisation; ta bort den här`,
    };
  }
  return {
    message: `${id} is listed twice in cluster ${c.id}: remove one`,
    sv: `${id} står två gånger i klustret ${c.id}: ta bort den ena`,
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
        const message = `unknown organisation "${ref.id}": list it under organisations or correct the id`;
        const sv = `okänd organisation "${ref.id}": lägg till den under organisations eller rätta id:t`;
        problems.push({ path: ref.path, message, sv });
      } else if (where === undefined) placed.set(ref.id, c.id);
      else problems.push({ path: ref.path, ...placementProblem(ref.id, where, c) });
    }
  });
  file.organisations.forEach((o, i) => {
    if (placed.has(o.id)) return;
    const message = `${o.id} is in no cluster: add it to a cluster (as mentor or under organisations) or remove it`;
    const sv = `${o.id} ingår inte i något kluster: lägg till den i ett kluster (som mentor eller under organisations) eller ta bort den`;
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
      const message = `the host "${host}" is not in cluster ${c.id}: choose one of ${[...members].join(", ")}`;
      const sv = `värden "${host}" ingår inte i klustret ${c.id}: välj någon av ${[...members].join(", ")}`;
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
      const message = `${host} already hosts ${earlier}: each organisation hosts one meeting, so choose another host`;
      const sv = `${host} är redan värd för ${earlier}: varje organisation är värd för ett möte, så välj en annan värd`;
      return [{ path: ["clusters", i, "meetings", m, "host"], message, sv }];
    });
  });
}

export function clusterRules(file: RoundFile): RuleProblem[] {
  return [...duplicateClusters(file), ...membership(file), ...hosts(file), ...hostsOnce(file)];
}
