// From the hand-written shape to the domain's Round: e-mails lower-case, meetings as a list.
import {
  BENCHMARKING_MEETINGS,
  type Cluster,
  type Organisation,
  type Person,
  type Round,
} from "../domain/round.ts";
import type { RoundFile, RoundFileCluster, RoundFileOrganisation } from "./round-file-schema.ts";

function organisation(o: RoundFileOrganisation): Organisation {
  const people: Person[] = o.people.map((p) => ({
    name: p.name,
    email: p.email.toLowerCase(),
    role: p.role,
    ...(p.accounts ? { accounts: p.accounts } : {}),
  }));
  return { id: o.id, name: o.name, kind: o.kind, people, home: o.home, language: o.language };
}

function cluster(c: RoundFileCluster, organisations: Organisation[]): Cluster {
  const mentorName = organisations.find((o) => o.id === c.mentor)?.name ?? c.mentor;
  return {
    id: c.id,
    name: c.name ?? mentorName,
    mentor: c.mentor,
    organisations: [...c.organisations],
    meetings: BENCHMARKING_MEETINGS.map((id) => ({ id, ...c.meetings[id] })),
  };
}

export function normaliseRound(file: RoundFile): Round {
  const organisations = file.organisations.map(organisation);
  return {
    id: file.id,
    name: file.name,
    language: file.language,
    timeZone: file.timeZone,
    checklist: file.checklists?.[0] ?? file.checklist ?? "",
    checklists: file.checklists && [...file.checklists],
    startUp: file.startUp,
    resultsConference: file.resultsConference,
    projectManagers: file.projectManagers.map((p) => ({
      name: p.name,
      email: p.email.toLowerCase(),
      ...(p.accounts ? { accounts: p.accounts } : {}),
    })),
    projectManagerHome: file.projectManagerHome,
    organisations,
    clusters: file.clusters.map((c) => cluster(c, organisations)),
    showNamesInResults: file.showNamesInResults,
    ...(file.links ? { links: file.links } : {}),
  };
}
