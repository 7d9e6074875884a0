// The words of the scheduler's own cards (host invitation, cluster summary, notices to the project
// managers), in Swedish and English. Both are typed by one key set.
import type { Locale } from "../src/domain/round.ts";

export interface SchedulerCatalogue {
  hostInvitation: {
    title: (meeting: string) => string;
    summary: (host: string, meeting: string, date: string) => string;
    intro: (date: string) => string;
    copyNote: (host: string) => string;
    participants: string;
    deadline: string;
    meeting: string;
    host: string;
    agenda: string;
    agendaOpening: string;
    agendaPresentations: string;
    agendaAssessment: (checklist: string) => string;
    agendaClosing: string;
    and: string;
  };
  clusterSummary: {
    title: (meeting: string) => string;
    summary: (cluster: string, n: number, deadline: string) => string;
    intro: (deadline: string, today: boolean) => string;
    allDone: string;
    missing: {
      presentation: string;
      assessment: string;
      pdsa: string;
      description: string;
      statistics: string;
    };
  };
  lateNotice: {
    title: (meeting: string) => string;
    summary: (cluster: string, n: number, deadline: string) => string;
    intro: (deadline: string, meeting: string) => string;
    copyNote: (cluster: string) => string;
    lateSince: (items: string, date: string) => string;
  };
  brokenChannel: {
    title: string;
    summary: (org: string) => string;
    text: (org: string, platform: string, channel: string, reason: string) => string;
  };
  unknownOutcome: {
    title: string;
    summary: (org: string) => string;
    text: (org: string, what: string, platform: string) => string;
  };
  undelivered: {
    title: string;
    summary: (n: number) => string;
    text: (platform: string) => string;
    item: (org: string, what: string) => string;
  };
}

const sv: SchedulerCatalogue = {
  hostInvitation: {
    title: (meeting: string) => `Dags att bjuda in till ${meeting}`,
    summary: (host: string, meeting: string, date: string) =>
      `${host} är värd för ${meeting} ${date}. Skicka inbjudan och dagordning i dag.`,
    intro: (date: string) =>
      `Ni är värd för mötet ${date}. Inbjudan och dagordning går ut två veckor före mötet: skicka dem till klustrets organisationer i dag.`,
    copyNote: (host: string) => `Kopia till projektledningen: ${host} har fått den här påminnelsen.`,
    participants: "Deltagande organisationer",
    deadline: "Presentationerna ska vara publicerade senast",
    meeting: "Möte",
    host: "Värd",
    agenda: "Förslag till dagordning",
    agendaOpening: "Välkomna, och uppföljning av förra mötet",
    agendaPresentations: "Varje organisation presenterar sitt arbete",
    agendaAssessment: (checklist: string) => `Självskattningen enligt ${checklist}: läge och förflyttning`,
    agendaClosing: "Lärdomar, nästa steg och nästa möte",
    and: "och",
  },
  clusterSummary: {
    title: (meeting: string) => `Klustrets läge inför ${meeting}`,
    summary: (cluster: string, n: number, deadline: string) =>
      `${cluster}: ${n} ${n === 1 ? "organisation har" : "organisationer har"} något kvar att göra. Sista dagen är ${deadline}.`,
    intro: (deadline: string, today: boolean) =>
      today
        ? `I dag, ${deadline}, är sista dagen att publicera presentationerna. Så här ser det ut:`
        : `Sista dagen att publicera presentationerna är ${deadline}. Så här ser det ut:`,
    allDone: "allt klart",
    missing: {
      presentation: "presentationen",
      assessment: "självskattningen",
      pdsa: "PGSA-uppdateringen",
      description: "beskrivningen av organisationen",
      statistics: "statistikredovisningen",
    },
  },
  lateNotice: {
    title: (meeting: string) => `Försenat inför ${meeting}`,
    summary: (cluster: string, n: number, deadline: string) =>
      `${cluster}: ${n} ${n === 1 ? "organisation har" : "organisationer har"} inte blivit klara till ${deadline}.`,
    intro: (deadline: string, meeting: string) =>
      `Sista dagen var ${deadline}. Det här saknas fortfarande inför ${meeting}:`,
    copyNote: (cluster: string) =>
      `Kopia till projektledningen: mentorn för ${cluster} har fått samma besked.`,
    lateSince: (items: string, date: string) => `${items} (försenat sedan ${date})`,
  },
  brokenChannel: {
    title: "Boten kan inte längre skriva i en kanal",
    summary: (org: string) => `Boten kan inte skriva i kanalen för ${org}. Påminnelser till den stoppas.`,
    text: (org: string, platform: string, channel: string, reason: string) =>
      `${platform} svarade att boten inte kan skriva i kanalen ${channel} för ${org} (${reason}). Påminnelser dit skickas inte längre. Koppla en fungerande kanal till organisationen, så kommer nästa påminnelse fram.`,
  },
  unknownOutcome: {
    title: "En påminnelse kanske inte kom fram",
    summary: (org: string) => `Det är okänt om en påminnelse till ${org} kom fram.`,
    text: (org: string, what: string, platform: string) =>
      `Boten fick inget säkert svar när den skickade ${what} till ${org} i ${platform}, och ${platform} låter inte boten kontrollera om meddelandet kom fram. Den skickas inte fler gånger. Kontrollera kanalen och påminn vid behov.`,
  },
  undelivered: {
    title: "Påminnelser kom inte fram",
    summary: (n: number) =>
      `${n} ${n === 1 ? "meddelande kunde" : "meddelanden kunde"} inte skickas medan de var aktuella.`,
    text: (platform: string) =>
      `Boten kunde inte logga in hos ${platform} så länge de här meddelandena var aktuella. Den försökte igen med allt längre pauser, men nu är det för sent och de skickas inte längre. Påminn de berörda på annat sätt vid behov:`,
    item: (org: string, what: string) => `${org}: ${what}`,
  },
};

const en: SchedulerCatalogue = {
  hostInvitation: {
    title: (meeting) => `Time to invite to ${meeting}`,
    summary: (host, meeting, date) =>
      `${host} hosts ${meeting} on ${date}. Send the invitation and agenda today.`,
    intro: (date) =>
      `You host the meeting on ${date}. The invitation and agenda go out two weeks before the meeting: send them to the cluster's organisations today.`,
    copyNote: (host) => `Copy for the project managers: ${host} has received this reminder.`,
    participants: "Taking part",
    deadline: "Presentations must be published by",
    meeting: "Meeting",
    host: "Host",
    agenda: "A suggested agenda",
    agendaOpening: "Welcome, and follow-up of the last meeting",
    agendaPresentations: "Each organisation presents its work",
    agendaAssessment: (checklist) => `The self-assessment on the ${checklist}: where we stand and the shift`,
    agendaClosing: "Lessons learned, next steps and the next meeting",
    and: "and",
  },
  clusterSummary: {
    title: (meeting) => `The cluster before ${meeting}`,
    summary: (cluster, n, deadline) =>
      `${cluster}: ${n} ${n === 1 ? "organisation has" : "organisations have"} something left to do. The deadline is ${deadline}.`,
    intro: (deadline, today) =>
      today
        ? `Today, ${deadline}, is the last day to publish the presentations. Where everyone stands:`
        : `The last day to publish the presentations is ${deadline}. Where everyone stands:`,
    allDone: "all done",
    missing: {
      presentation: "presentation",
      assessment: "self-assessment",
      pdsa: "PDSA update",
      description: "description of the organisation",
      statistics: "statistics report",
    },
  },
  lateNotice: {
    title: (meeting) => `Late for ${meeting}`,
    summary: (cluster, n, deadline) =>
      `${cluster}: ${n} ${n === 1 ? "organisation was" : "organisations were"} not ready by ${deadline}.`,
    intro: (deadline, meeting) => `The deadline was ${deadline}. Still missing for ${meeting}:`,
    copyNote: (cluster) => `Copy for the project managers: the mentor of ${cluster} has been told the same.`,
    lateSince: (items, date) => `${items} (late since ${date})`,
  },
  brokenChannel: {
    title: "The bot can no longer post in a channel",
    summary: (org) => `The bot cannot post in the channel of ${org}. Reminders to it have stopped.`,
    text: (org, platform, channel, reason) =>
      `${platform} said the bot cannot post in the channel ${channel} of ${org} (${reason}). Reminders are no longer sent there. Bind a working channel to the organisation and the next reminder will arrive.`,
  },
  unknownOutcome: {
    title: "A reminder may not have arrived",
    summary: (org) => `It is unknown whether a reminder to ${org} arrived.`,
    text: (org, what, platform) =>
      `The bot got no clear answer when it sent ${what} to ${org} on ${platform}, and ${platform} does not let the bot check whether the message arrived. It is not sent any more times. Check the channel and remind them if needed.`,
  },
  undelivered: {
    title: "Reminders that did not arrive",
    summary: (n) => `${n} ${n === 1 ? "message" : "messages"} could not be sent while they mattered.`,
    text: (platform) =>
      `The bot could not sign in to ${platform} for as long as these messages mattered. It kept trying, waiting longer each time, but now they are too late and will not be sent. Remind the people concerned another way if needed:`,
    item: (org, what) => `${org}: ${what}`,
  },
};

export function schedulerStrings(locale: Locale): SchedulerCatalogue {
  return locale === "en" ? en : sv;
}
