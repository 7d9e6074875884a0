// Every user-facing string of the cards, in Swedish and English. Both catalogues are typed by one key set,
// `Catalogue`, so a key missing from either language fails the type-check.
import type { AssessmentRoundId } from "../src/domain/assessment.ts";
import type { ActDecision, PdsaPhase, PdsaSubStep } from "../src/domain/pdsa.ts";
import type { DeadlineReminderKind } from "../src/domain/reminder-plan.ts";
import type { Locale, MeetingId, ParticipantRole } from "../src/domain/round.ts";
import type { DueKind } from "./view-models.ts";

type Steps = readonly [string, string, string, string, string, string, string, string];
type Guides = readonly [
  readonly string[],
  readonly string[],
  readonly string[],
  readonly string[],
  readonly string[],
  readonly string[],
  readonly string[],
  readonly string[],
];

export interface Catalogue {
  yes: string;
  no: string;
  none: string;
  /** An item whose time has gone by without it: one wording for status, the dashboard and the export. */
  neverHandedIn: string;
  missing: string;
  done: string;
  notDone: string;
  notOpen: string;
  submit: string;
  cancel: string;
  optional: string;
  stepOf: (n: number, of: number) => string;
  steps: Steps;
  meetings: Record<MeetingId, string>;
  /** The meeting inside a sentence: "inför startmötet", "before the results conference". */
  meetingInSentence: Record<MeetingId, string>;
  hostedBy: (host: string) => string;
  openLink: (n: number) => string;
  assessmentRounds: Record<AssessmentRoundId, string>;
  phases: Record<PdsaPhase, string>;
  decisions: Record<ActDecision, string>;
  roles: Record<ParticipantRole, string>;
  assessment: {
    title: string;
    summary: (org: string, round: string) => string;
    intro: (commentMax: number) => string;
    lateNote: (deadline: string) => string;
    organisation: string;
    checklist: string;
    round: string;
    deadline: string;
    commentLabel: (n: number) => string;
    lastRound: (label: string) => string;
    chooseLevel: (n: number) => string;
    open: string;
  };
  assessmentDone: {
    title: string;
    summary: (org: string, total: number, max: number) => string;
    total: string;
    totalOf: (total: number, max: number) => string;
    shiftTotal: string;
    point: string;
    score: string;
    shift: string;
    up: (n: number) => string;
    down: (n: number) => string;
    same: string;
    noEarlier: string;
    ready: string;
    notReady: string;
    atLowest: (n: number) => string;
    topNeeded: (m: number, k: number) => string;
    unanswered: (n: number) => string;
    late: (deadline: string) => string;
  };
  pdsa: {
    title: string;
    summary: (org: string) => string;
    intro: string;
    area: string;
    areaRequired: string;
    points: string;
    pointsRequired: string;
    cycle: string;
    cycleRequired: string;
    phase: string;
    phaseRequired: string;
    subSteps: string;
    subStepNames: Record<PdsaSubStep, string>;
    lastUpdate: (date: string) => string;
    startedOn: string;
    endedOn: string;
    planHeading: string;
    aim: string;
    prediction: string;
    measure: string;
    planWho: string;
    doHeading: string;
    doneWhat: string;
    surprises: string;
    studyHeading: string;
    result: string;
    learned: string;
    actHeading: string;
    decision: string;
    nextCycle: string;
    open: string;
  };
  pdsaDone: {
    title: string;
    summary: (org: string, area: string, cycle: number) => string;
    area: string;
    cycle: string;
    phase: string;
    points: string;
    subSteps: string;
    decision: string;
  };
  status: {
    title: (cluster: string) => string;
    summary: (cluster: string, step: number, done: number, all: number) => string;
    nextMeeting: string;
    deadline: string;
    organisation: string;
    assessment: string;
    total: string;
    pdsa: string;
    presentation: string;
    ready: string;
    mentor: (name: string) => string;
    noMeeting: string;
    lateMark: string;
    pdsaStalled: (date: string) => string;
    lateSince: (date: string) => string;
    lateHeading: string;
    lateLine: (org: string, items: string) => string;
    lateItem: (item: string, date: string) => string;
    concluded: string;
    concludedText: (date: string) => string;
  };
  overview: {
    title: (round: string) => string;
    summary: (round: string, clusters: number) => string;
    cluster: string;
    step: string;
    nextMeeting: string;
    assessments: string;
    ready: string;
    ofCount: (n: number, of: number) => string;
    concluded: string;
    more: (n: number) => string;
  };
  guide: {
    title: (org: string) => string;
    summary: (org: string, n: number, name: string) => string;
    asks: string;
    dueHeading: string;
    due: Record<DueKind, string>;
    dueLine: (date: string, state: string) => string;
    peopleHeading: string;
    material: string;
    notNamed: string;
    allNamed: string;
    someMissing: (n: number) => string;
    nextMeeting: string;
    asksPerStep: Guides;
  };
  statistics: {
    title: string;
    summary: (org: string) => string;
    intro: string;
    reported: string;
    reportedRequired: string;
    bySex: string;
    bySexRequired: string;
    bySexHint: string;
    routinesHeading: string;
    budget: string;
    followUp: string;
    decisions: string;
    open: string;
  };
  statisticsDone: {
    title: string;
    summary: (org: string, share: string) => string;
    reported: string;
    bySex: string;
    share: string;
    budget: string;
    followUp: string;
    decisions: string;
  };
  reminder: {
    titles: Record<DeadlineReminderKind, string>;
    deadlineOn: (date: string) => string;
    daysLeft: (days: number) => string;
    summary: (org: string, meeting: string, deadline: string) => string;
    meetingLine: (meeting: string, date: string) => string;
    deadlineLine: (date: string) => string;
    stillMissing: string;
    allDone: string;
    presentation: string;
    assessment: string;
    pdsa: string;
    assessButton: string;
    pdsaButton: string;
    publishedButton: string;
    summaryDue: (org: string, meeting: string, deadline: string) => string;
    dueLine: (date: string) => string;
    lateSince: (date: string) => string;
    description: string;
    statistics: string;
    descriptionButton: string;
    material: string;
    statisticsButton: string;
  };
  linkForm: {
    title: {
      presentation: string;
      description: string;
    };
    summary: {
      presentation: (org: string, meeting: string) => string;
      description: (org: string) => string;
    };
    meeting: string;
    label: string;
    required: string;
    submit: string;
  };
  help: {
    title: string;
    summary: string;
    intro: string;
    commands: {
      status: {
        syntax: string;
        text: string;
      };
      assess: {
        syntax: string;
        text: string;
      };
      pdsa: {
        syntax: string;
        text: string;
      };
      guide: {
        syntax: string;
        text: string;
      };
      published: {
        syntax: string;
        text: string;
      };
      description: {
        syntax: string;
        text: string;
      };
      stats: {
        syntax: string;
        text: string;
      };
      results: {
        syntax: string;
        text: string;
      };
      setstep: {
        syntax: string;
        text: string;
      };
      export: {
        syntax: string;
        text: string;
      };
      bind: {
        syntax: string;
        text: string;
      };
      dashboard: {
        syntax: string;
        text: string;
      };
      history: {
        syntax: string;
        text: string;
      };
      calendar: {
        syntax: string;
        text: string;
      };
      language: {
        syntax: string;
        text: string;
      };
      help: {
        syntax: string;
        text: string;
      };
    };
    onBehalf: string;
    otherLanguage: string;
  };
  exportSummary: {
    title: (round: string) => string;
    summary: (file: string, n: number) => string;
    intro: (file: string) => string;
    columns: readonly [string, string, string, string, string];
    more: (n: number) => string;
  };
  preview: {
    formTitle: string;
    secondForm: string;
    refusalTitle: string;
    refusalText: string;
  };
}

const sv: Catalogue = {
  yes: "ja",
  no: "nej",
  none: "–",
  neverHandedIn: "lämnades aldrig in",
  missing: "saknas",
  done: "klar",
  notDone: "inte klar",
  notOpen: "inte öppen",
  submit: "Skicka",
  cancel: "Avbryt",
  optional: "valfri",
  stepOf: (n: number, of: number) => `Steg ${n} av ${of}`,
  steps: [
    "Startmöte: vad vill vi uppnå?",
    "Benchmarkingmöte 1: styrning och ledning",
    "På hemmaplan: förbättringsarbete med PGSA",
    "Benchmarkingmöte 2: kvalitetsutveckling",
    "På hemmaplan: fortsatt förbättring",
    "Benchmarkingmöte 3: uppföljning och statistik",
    "På hemmaplan: in i ordinarie system",
    "Resultatkonferens: redovisa och sprid",
  ] as Steps,
  meetings: {
    "start-up": "Startmöte",
    "benchmarking-1": "Benchmarkingmöte 1",
    "benchmarking-2": "Benchmarkingmöte 2",
    "benchmarking-3": "Benchmarkingmöte 3",
    "results-conference": "Resultatkonferens",
  } satisfies Record<MeetingId, string>,
  meetingInSentence: {
    "start-up": "startmötet",
    "benchmarking-1": "benchmarkingmöte 1",
    "benchmarking-2": "benchmarkingmöte 2",
    "benchmarking-3": "benchmarkingmöte 3",
    "results-conference": "resultatkonferensen",
  },
  hostedBy: (host: string) => `värd: ${host}`,
  openLink: (n: number) => `Öppna länk ${n}`,
  assessmentRounds: {
    baseline: "Nulägesbedömning",
    "before-benchmarking-2": "Gruppbedömning inför benchmarkingmöte 2",
    "before-benchmarking-3": "Gruppbedömning inför benchmarkingmöte 3",
    "before-results-conference": "Gruppbedömning inför resultatkonferensen",
  } satisfies Record<AssessmentRoundId, string>,
  phases: { plan: "planera", do: "göra", study: "studera", act: "agera" } satisfies Record<PdsaPhase, string>,
  decisions: { adopt: "behåll", adapt: "anpassa", abandon: "avbryt" } satisfies Record<ActDecision, string>,
  roles: {
    "elected-official": "Förtroendevald",
    administrator: "Tjänsteperson",
    "key-person": "Nyckelperson",
  } satisfies Record<ParticipantRole, string>,
  assessment: {
    title: "Självskattning",
    summary: (org: string, round: string) => `Självskattning för ${org}: ${round}.`,
    intro: (max: number) =>
      `Välj en nivå för varje punkt. Kommentarer är frivilliga, högst ${max.toLocaleString("sv-SE")} tecken var.`,
    lateNote: (deadline: string) =>
      `Sista dagen var ${deadline}. Du kan skicka ändå, men självskattningen räknas då som försenad.`,
    organisation: "Organisation",
    checklist: "Checklista",
    round: "Omgång",
    deadline: "Senast",
    commentLabel: (n: number) => `Kommentar till punkt ${n} (valfri)`,
    lastRound: (label: string) => `Förra omgången: ${label}`,
    chooseLevel: (n: number) => `Välj en nivå för punkt ${n}.`,
    open: "Öppna självskattningen",
  },
  assessmentDone: {
    title: "Självskattningen är sparad",
    summary: (org: string, total: number, max: number) => `${org} fick ${total} av ${max} poäng.`,
    total: "Summa",
    totalOf: (total: number, max: number) => `${total} av ${max}`,
    shiftTotal: "Förflyttning sedan förra omgången",
    point: "Punkt",
    score: "Nivå",
    shift: "Förflyttning",
    up: (n: number) => `↑ upp ${n}`,
    down: (n: number) => `↓ ned ${n}`,
    same: "→ oförändrad",
    noEarlier: "ingen tidigare",
    ready: "Redo att bli modellorganisation: ja, enligt självskattningen.",
    notReady: "Inte redo att bli modellorganisation ännu:",
    atLowest: (n: number) => `${n} ${n === 1 ? "punkt" : "punkter"} på lägsta nivån`,
    topNeeded: (m: number, k: number) => `${m} av ${k} behövda punkter på högsta nivån`,
    unanswered: (n: number) => `${n} ${n === 1 ? "punkt" : "punkter"} utan svar`,
    late: (deadline: string) => `Sparad efter sista dagen (${deadline}), så den räknas som försenad.`,
  },
  pdsa: {
    title: "PGSA-uppdatering",
    summary: (org: string) => `Rapportera förbättringsarbetet (PGSA) för ${org}.`,
    intro:
      "Planera, göra, studera, agera. Fyll i det ni vet nu; allt utom område, punkter, cykel och fas är frivilligt.",
    area: "Förbättringsområde",
    areaRequired: "Skriv vilket område ni förbättrar.",
    points: "Checklistpunkter som området siktar på",
    pointsRequired: "Välj minst en punkt.",
    cycle: "Cykel nummer",
    cycleRequired: "Ange cykelns nummer (1 eller högre).",
    phase: "Fas just nu",
    phaseRequired: "Välj fas.",
    subSteps: "Delsteg ni har gjort i den här cykeln (frivilligt)",
    subStepNames: {
      "choose-area": "Valt ett avgränsat förbättringsområde",
      "prioritised-goals": "Utgått från organisationens prioriterade mål",
      "facts-and-data": "Samlat fakta och data om nuläget",
      causes: "Tagit reda på orsakerna",
      "plan-test": "Planerat ett test av en förbättring",
      "test-small": "Testat i liten skala",
      "study-result": "Studerat resultatet (och provat annat om det inte hjälpte)",
      "sustain-and-spread": "Gjort förbättringen varaktig och spridit den",
      "reflect-and-share": "Reflekterat och berättat vad ni lärt er",
    } satisfies Record<PdsaSubStep, string>,
    lastUpdate: (date: string) => `Senaste uppdateringen: ${date}.`,
    startedOn: "Cykeln började",
    endedOn: "Cykeln slutade",
    planHeading: "Planera",
    aim: "Mål: vad vill ni åstadkomma?",
    prediction: "Förutsägelse: vad tror ni händer?",
    measure: "Mått: hur vet ni att det blev en förbättring?",
    planWho: "Vem gör vad och när?",
    doHeading: "Göra",
    doneWhat: "Vad hände?",
    surprises: "Överraskningar",
    studyHeading: "Studera",
    result: "Resultat jämfört med förutsägelsen",
    learned: "Vad lärde ni er?",
    actHeading: "Agera",
    decision: "Beslut",
    nextCycle: "Nästa cykel",
    open: "Öppna PGSA-formuläret",
  },
  pdsaDone: {
    title: "PGSA-uppdateringen är sparad",
    summary: (org: string, area: string, cycle: number) => `${org}: ${area}, cykel ${cycle}.`,
    area: "Område",
    cycle: "Cykel",
    phase: "Fas",
    points: "Punkter",
    subSteps: "Delsteg",
    decision: "Beslut",
  },
  status: {
    title: (cluster: string) => `Status: ${cluster}`,
    summary: (cluster: string, step: number, done: number, all: number) =>
      `${cluster} är i steg ${step} av 8. ${done} av ${all} organisationer har gjort självskattningen.`,
    nextMeeting: "Nästa möte",
    deadline: "Presentation senast",
    organisation: "Organisation",
    assessment: "Självskattning",
    total: "Summa",
    pdsa: "PGSA-fas",
    presentation: "Presentation publicerad",
    ready: "Redo",
    mentor: (name: string) => `${name} (mentor)`,
    noMeeting: "inget inplanerat",
    lateMark: "sent",
    pdsaStalled: (date: string) => `⚠ ingen uppdatering sedan ${date}`,
    lateSince: (date: string) => `försenad sedan ${date}`,
    lateHeading: "Försenat",
    lateLine: (org: string, items: string) => `${org}: ${items}`,
    lateItem: (item: string, date: string) => `${item} (försenat sedan ${date})`,
    concluded: "Omgången",
    concludedText: (date: string) =>
      `avslutad efter resultatkonferensen ${date}. Summor, förflyttning och beredskap nedan är slutliga.`,
  },
  overview: {
    title: (round: string) => `Översikt: ${round}`,
    summary: (round: string, clusters: number) => `${round}: ${clusters} kluster.`,
    cluster: "Kluster",
    step: "Steg",
    nextMeeting: "Nästa möte",
    assessments: "Skattningar klara",
    ready: "Redo",
    ofCount: (n: number, of: number) => `${n} av ${of}`,
    concluded: "omgången är avslutad",
    more: (n: number) => `… och ${n} kluster till: översikten på webben (skriv översikt) visar alla.`,
  },
  guide: {
    title: (org: string) => `Vägledning för ${org}`,
    summary: (org: string, n: number, name: string) => `${org} är i steg ${n} av 8: ${sentence(name)}`,
    asks: "Det här steget ber er om:",
    dueHeading: "Att göra och när",
    due: {
      description: "Beskrivning av organisationen publicerad",
      presentation: "Presentation publicerad",
      assessment: "Självskattning gjord",
      pdsa: "PGSA-uppdatering rapporterad",
      statistics: "Statistik rapporterad",
    } satisfies Record<DueKind, string>,
    dueLine: (date: string, state: string) => `senast ${date} (${state})`,
    peopleHeading: "Era tre personer",
    material: "Material för steget:",
    notNamed: "inte utsedd ännu",
    allNamed: "Alla tre personer är utsedda.",
    someMissing: (n: number) => `${n} av tre personer är inte utsedda ännu.`,
    nextMeeting: "Nästa möte",
    asksPerStep: [
      [
        "Utse tre personer: en förtroendevald, en tjänsteperson och en nyckelperson.",
        "Skriv en kort beskrivning av organisationen – fakta och nuläge – och publicera den före mötet.",
        "Kom överens i klustret om datum för de tre benchmarkingmötena.",
      ],
      [
        "Gör en första självskattning mot checklistan, tillsammans.",
        "Beskriv er styrkedja: hur ett beslut går från politiken ut i verksamheten.",
        "Välj vilka områden ni vill förbättra.",
        "Publicera presentationen minst en vecka före mötet.",
      ],
      [
        "Arbeta med ett eller flera valda förbättringsområden i PGSA-cykler.",
        "Sikta på att höja minst en punkt i checklistan.",
        "Rapportera hur cyklerna går med kommandot pgsa.",
      ],
      [
        "Gör en ny gemensam självskattning och se hur ni har förflyttat er.",
        "Ta med ett område där resultaten skiljer sig mellan kvinnor, män, flickor och pojkar.",
        "Publicera presentationen minst en vecka före mötet.",
      ],
      [
        "Planera eller genomför förbättringar i styrning och uppföljning.",
        "Granska en verksamhet: får kvinnor och män, flickor och pojkar likvärdig service och lika stor del av resurserna?",
      ],
      [
        "Gör en ny gemensam självskattning.",
        "Berätta hur mycket individbaserad statistik ni redovisar och hur mycket av den som är uppdelad på kön (kommandot statistik).",
        "Berätta om ni har rutiner för att analysera den i budgetarbetet, i verksamhetsuppföljningen och inför politiska beslut.",
        "Publicera presentationen minst en vecka före mötet.",
      ],
      [
        "Gör en plan för hur förbättringarna ska leva kvar i den ordinarie styrningen och uppföljningen.",
        "Få med fler delar av organisationen i arbetet.",
      ],
      [
        "Gör den sista gemensamma självskattningen.",
        "Beskriv metod och resultat på ett systematiskt sätt.",
        "Dela med er av framgångsfaktorer, utmaningar och lärdomar.",
        "Fundera på om ni vill bli mentor i en kommande omgång.",
      ],
    ] as Guides,
  },
  statistics: {
    title: "Statistik (steg 6)",
    summary: (org: string) => `Rapportera individbaserad statistik för ${org}.`,
    intro: "Hur redovisar och använder ni individbaserad statistik?",
    reported: "Antal individbaserade statistikområden ni redovisar",
    reportedRequired: "Ange ett antal (0 eller fler).",
    bySex: "Hur många av dem som redovisas uppdelat på kön",
    bySexRequired: "Ange ett antal (0 eller fler).",
    bySexHint: "Högst lika många som ovan.",
    routinesHeading: "Finns det rutiner för att analysera statistiken …",
    budget: "… i budgetarbetet?",
    followUp: "… i verksamhetsuppföljningen?",
    decisions: "… inför politiska beslut?",
    open: "Rapportera statistik",
  },
  statisticsDone: {
    title: "Statistiken är sparad",
    summary: (org: string, share: string) => `${org}: ${share} av statistiken är uppdelad på kön.`,
    reported: "Redovisade statistikområden",
    bySex: "Uppdelade på kön",
    share: "Andel uppdelad på kön",
    budget: "Rutin i budgetarbetet",
    followUp: "Rutin vid uppföljning av verksamheten",
    decisions: "Rutin inför politiska beslut",
  },
  reminder: {
    titles: {
      "deadline-in-7-days": "Påminnelse: en vecka kvar",
      "deadline-today": "Påminnelse: sista dagen i dag",
      overdue: "Påminnelse: sista dagen har passerat",
    } satisfies Record<DeadlineReminderKind, string>,
    deadlineOn: (date: string) => `Påminnelse: sista dagen är ${date}`,
    daysLeft: (days: number) => `Påminnelse: ${days} dagar kvar`,
    summary: (org: string, meeting: string, deadline: string) =>
      `${org}: inför ${meeting} ska presentationen vara publicerad senast ${deadline}.`,
    meetingLine: (meeting: string, date: string) => `${capitalised(meeting)} är ${date}.`,
    deadlineLine: (date: string) => `Publicera presentationen senast ${date}.`,
    stillMissing: "Det här saknas fortfarande:",
    allDone: "Allt är klart inför mötet. Bra jobbat!",
    presentation: "presentationen är inte markerad som publicerad",
    assessment: "självskattningen för omgången är inte gjord",
    pdsa: "ingen PGSA-uppdatering sedan förra mötet",
    assessButton: "Gör självskattningen",
    pdsaButton: "Rapportera PGSA",
    publishedButton: "Länk till presentationen",
    summaryDue: (org: string, meeting: string, deadline: string) =>
      `${org}: inför ${meeting} ska allt nedan vara klart senast ${deadline}.`,
    dueLine: (date: string) => `Sista dagen är ${date}.`,
    lateSince: (date: string) => `Försenat sedan ${date}.`,
    description: "beskrivningen av organisationen (fakta och nuläge) är inte markerad som publicerad",
    statistics: "redovisningen av individbaserad statistik (steg 6) är inte gjord",
    descriptionButton: "Länk till beskrivningen",
    material: "Material inför mötet:",
    statisticsButton: "Rapportera statistik",
  },
  linkForm: {
    title: { presentation: "Presentationens länk", description: "Beskrivningens länk" },
    summary: {
      presentation: (org: string, meeting: string) =>
        `Klistra in länken till ${org}s presentation inför ${meeting}, så markeras den som publicerad.`,
      description: (org: string) =>
        `Klistra in länken till beskrivningen av ${org} inför startmötet, så markeras den som publicerad.`,
    },
    meeting: "Möte",
    label: "Länk (https://…)",
    required: "Klistra in länken.",
    submit: "Markera som publicerad",
  },
  help: {
    title: "Kommandon",
    summary: "Det här kan du be Modellbot om.",
    intro: "Skriv ett kommando till boten (i Slack: /modell följt av kommandot).",
    commands: {
      status: {
        syntax: "status [kluster]",
        text: "Läget i klustret: steg, nästa möte och varje organisation.",
      },
      assess: { syntax: "bedöm", text: "Öppna självskattningen för den aktuella omgången." },
      pdsa: { syntax: "pgsa", text: "Rapportera hur förbättringsarbetet (PGSA) går." },
      guide: { syntax: "steg", text: "Vad det aktuella steget ber er om, och när." },
      published: {
        syntax: "publicerad <länk>",
        text: "Markera att presentationen inför mötet är publicerad.",
      },
      description: {
        syntax: "beskrivning <länk>",
        text: "Markera att beskrivningen av organisationen inför startmötet är publicerad.",
      },
      stats: { syntax: "statistik", text: "Rapportera individbaserad statistik (steg 6)." },
      results: {
        syntax: "resultat [organisation]",
        text: "Poäng per punkt över omgångarna, bredvid klustrets median.",
      },
      setstep: { syntax: "sättsteg <1–8> [kluster]", text: "Ändra klustrets steg för hand." },
      export: { syntax: "exportera [csv|json|md|xlsx]", text: "Omgångens resultat som en fil." },
      bind: { syntax: "koppla <organisation>", text: "Gör den här kanalen till organisationens hem." },
      dashboard: {
        syntax: "översikt",
        text: "En personlig länk till översikten i webbläsaren (gäller ett dygn).",
      },
      history: {
        syntax: "historik [organisation]",
        text: "Självskattningens versioner: vem, när och vad som ändrades; tidigare PGSA-cykler.",
      },
      calendar: { syntax: "kalender [organisation]", text: "Möten och deadlines som kalenderfil (.ics)." },
      language: { syntax: "språk sv|en", text: "Välj om boten svarar dig på svenska eller engelska." },
      help: { syntax: "hjälp", text: "Visa den här listan." },
    },
    onBehalf:
      "Som projektledare kan du agera för en organisation i dess kanal, eller genom att skriva dess namn efter kommandot (bedöm karlstad).",
    otherLanguage:
      "Engelska ord fungerar också: status, assess, pdsa, guide, published, description, stats, results, setstep, export, bind, language, dashboard, history, calendar, help.",
  },
  exportSummary: {
    title: (round: string) => `Export: ${round}`,
    summary: (file: string, n: number) => `${file}: resultaten för ${n} organisationer.`,
    intro: (file: string) => `Filen ${file} har poäng per punkt och omgång, PGSA-cykler och presentationer.`,
    columns: ["Organisation", "Omgångar", "Senaste summa", "Förflyttning", "Redo"],
    more: (n: number) => `… och ${n} organisationer till: alla finns i filen.`,
  },
  preview: {
    formTitle: "Övergripande nivå",
    secondForm: "Nämnd och förvaltning",
    refusalTitle: "Inte din organisation",
    refusalText: "Du kan bara skicka in för din egen organisation.",
  },
};

const en: Catalogue = {
  yes: "yes",
  no: "no",
  none: "–",
  neverHandedIn: "never handed in",
  missing: "missing",
  done: "done",
  notDone: "not done",
  notOpen: "not open",
  submit: "Submit",
  cancel: "Cancel",
  optional: "optional",
  stepOf: (n, of) => `Step ${n} of ${of}`,
  steps: [
    "Start-up meeting: what do we want to achieve?",
    "Benchmarking meeting 1: management and steering",
    "At home: improvement work with PDSA",
    "Benchmarking meeting 2: quality improvement",
    "At home: continued improvement",
    "Benchmarking meeting 3: monitoring and follow-up",
    "At home: into the regular systems",
    "Results conference: report and spread the results",
  ],
  meetings: {
    "start-up": "Start-up meeting",
    "benchmarking-1": "Benchmarking meeting 1",
    "benchmarking-2": "Benchmarking meeting 2",
    "benchmarking-3": "Benchmarking meeting 3",
    "results-conference": "Results conference",
  },
  meetingInSentence: {
    "start-up": "the start-up meeting",
    "benchmarking-1": "benchmarking meeting 1",
    "benchmarking-2": "benchmarking meeting 2",
    "benchmarking-3": "benchmarking meeting 3",
    "results-conference": "the results conference",
  },
  hostedBy: (host) => `host: ${host}`,
  openLink: (n) => `Open link ${n}`,
  assessmentRounds: {
    baseline: "Baseline self-assessment",
    "before-benchmarking-2": "Group self-assessment before benchmarking meeting 2",
    "before-benchmarking-3": "Group self-assessment before benchmarking meeting 3",
    "before-results-conference": "Group self-assessment before the results conference",
  },
  phases: { plan: "plan", do: "do", study: "study", act: "act" },
  decisions: { adopt: "adopt", adapt: "adapt", abandon: "abandon" },
  roles: {
    "elected-official": "Elected official",
    administrator: "Administrator",
    "key-person": "Key person",
  },
  assessment: {
    title: "Self-assessment",
    summary: (org, round) => `Self-assessment for ${org}: ${round}.`,
    intro: (max) =>
      `Choose a level for every point. Comments are optional, at most ${max.toLocaleString("en-GB")} characters each.`,
    lateNote: (deadline) => `The deadline was ${deadline}. You can still send it, but it counts as late.`,
    organisation: "Organisation",
    checklist: "Checklist",
    round: "Round",
    deadline: "Due",
    commentLabel: (n) => `Comment on point ${n} (optional)`,
    lastRound: (label) => `Last round: ${label}`,
    chooseLevel: (n) => `Choose a level for point ${n}.`,
    open: "Open the self-assessment",
  },
  assessmentDone: {
    title: "Self-assessment saved",
    summary: (org, total, max) => `${org} scored ${total} of ${max}.`,
    total: "Total",
    totalOf: (total, max) => `${total} of ${max}`,
    shiftTotal: "Shift since the last round",
    point: "Point",
    score: "Level",
    shift: "Shift",
    up: (n) => `↑ up ${n}`,
    down: (n) => `↓ down ${n}`,
    same: "→ unchanged",
    noEarlier: "no earlier score",
    ready: "Ready to be a model organisation: yes, by this self-assessment.",
    notReady: "Not ready to be a model organisation yet:",
    atLowest: (n) => `${n} ${n === 1 ? "point" : "points"} at the lowest level`,
    topNeeded: (m, k) => `${m} of ${k} needed points at the top level`,
    unanswered: (n) => `${n} ${n === 1 ? "point" : "points"} not answered`,
    late: (deadline) => `Saved after the deadline (${deadline}), so it counts as late.`,
  },
  pdsa: {
    title: "PDSA update",
    summary: (org) => `Report the improvement work (PDSA) for ${org}.`,
    intro:
      "Plan, do, study, act. Fill in what you know now; all but area, points, cycle and phase is optional.",
    area: "Improvement area",
    areaRequired: "Say which area you are improving.",
    points: "Checklist points the area aims at",
    pointsRequired: "Choose at least one point.",
    cycle: "Cycle number",
    cycleRequired: "Give the cycle's number (1 or more).",
    phase: "Current phase",
    phaseRequired: "Choose a phase.",
    subSteps: "Sub-steps you have done in this cycle (optional)",
    subStepNames: {
      "choose-area": "Chose a well-defined area to improve",
      "prioritised-goals": "Started from the organisation's prioritised goals",
      "facts-and-data": "Gathered facts and data on where things stand",
      causes: "Found out the causes",
      "plan-test": "Planned a test of an improvement",
      "test-small": "Tested on a small scale",
      "study-result": "Studied the result (and tried something else if it did not help)",
      "sustain-and-spread": "Made the improvement last and spread it",
      "reflect-and-share": "Reflected and told others what you learned",
    },
    lastUpdate: (date) => `Last update: ${date}.`,
    startedOn: "Cycle started",
    endedOn: "Cycle ended",
    planHeading: "Plan",
    aim: "Aim: what are you trying to accomplish?",
    prediction: "Prediction: what do you expect to happen?",
    measure: "Measure: how will you know it is an improvement?",
    planWho: "Who does what, and when?",
    doHeading: "Do",
    doneWhat: "What happened?",
    surprises: "Surprises",
    studyHeading: "Study",
    result: "Result against the prediction",
    learned: "What did you learn?",
    actHeading: "Act",
    decision: "Decision",
    nextCycle: "Next cycle",
    open: "Open the PDSA form",
  },
  pdsaDone: {
    title: "PDSA update saved",
    summary: (org, area, cycle) => `${org}: ${area}, cycle ${cycle}.`,
    area: "Area",
    cycle: "Cycle",
    phase: "Phase",
    points: "Points",
    subSteps: "Sub-steps",
    decision: "Decision",
  },
  status: {
    title: (cluster) => `Status: ${cluster}`,
    summary: (cluster, step, done, all) =>
      `${cluster} is at step ${step} of 8. ${done} of ${all} organisations have done the self-assessment.`,
    nextMeeting: "Next meeting",
    deadline: "Presentation due",
    organisation: "Organisation",
    assessment: "Self-assessment",
    total: "Total",
    pdsa: "PDSA phase",
    presentation: "Presentation published",
    ready: "Ready",
    mentor: (name) => `${name} (mentor)`,
    noMeeting: "none planned",
    lateMark: "late",
    pdsaStalled: (date) => `⚠ no update since ${date}`,
    lateSince: (date) => `late since ${date}`,
    lateHeading: "Late",
    lateLine: (org, items) => `${org}: ${items}`,
    lateItem: (item, date) => `${item} (late since ${date})`,
    concluded: "The round",
    concludedText: (date) =>
      `concluded after the results conference on ${date}. The totals, shifts and readiness below are final.`,
  },
  overview: {
    title: (round) => `Overview: ${round}`,
    summary: (round, clusters) => `${round}: ${clusters} clusters.`,
    cluster: "Cluster",
    step: "Step",
    nextMeeting: "Next meeting",
    assessments: "Self-assessments done",
    ready: "Ready",
    ofCount: (n, of) => `${n} of ${of}`,
    concluded: "the round has concluded",
    more: (n) => `… and ${n} more clusters: the dashboard (type dashboard) shows them all.`,
  },
  guide: {
    title: (org) => `Guide for ${org}`,
    summary: (org, n, name) => `${org} is at step ${n} of 8: ${sentence(name)}`,
    asks: "What this step asks of you:",
    dueHeading: "What is due, and when",
    due: {
      description: "Description of the organisation published",
      presentation: "Presentation published",
      assessment: "Self-assessment done",
      pdsa: "PDSA update reported",
      statistics: "Statistics reported",
    },
    dueLine: (date, state) => `by ${date} (${state})`,
    peopleHeading: "Your three people",
    material: "Material for this step:",
    notNamed: "not named yet",
    allNamed: "All three people are named.",
    someMissing: (n) => `${n} of the three people are not named yet.`,
    nextMeeting: "Next meeting",
    asksPerStep: [
      [
        "Name three people: an elected official, an administrator and a key person.",
        "Write a short description of the organisation (facts and where you stand) and publish it before the meeting.",
        "Agree the dates of the three benchmarking meetings within the cluster.",
      ],
      [
        "Score the checklist together for the first time: your baseline.",
        "Describe your chain of command: how a decision travels from politics to the front line.",
        "Choose the areas you want to improve.",
        "Publish your presentation at least a week before the meeting.",
      ],
      [
        "Work on one or more chosen improvement areas in PDSA cycles.",
        "Aim to raise at least one checklist point.",
        "Report how the cycles go with the pdsa command.",
      ],
      [
        "Score the checklist again as a group and look at your shift.",
        "Bring one area where results differ between women, men, girls and boys.",
        "Publish your presentation at least a week before the meeting.",
      ],
      [
        "Plan or carry out improvements in management and follow-up.",
        "Examine one activity: do women and men, girls and boys get equal service and an equal share of resources?",
      ],
      [
        "Score the checklist again as a group.",
        "Tell how many individual-based statistics you report and how many are broken down by sex (the stats command).",
        "Tell whether you have routines to analyse them in budget work, in activity follow-up and before political decisions.",
        "Publish your presentation at least a week before the meeting.",
      ],
      [
        "Plan how the improvements will stay part of regular management and follow-up.",
        "Bring more of the organisation into the work.",
      ],
      [
        "Do the final group self-assessment.",
        "Describe your method and results systematically.",
        "Share success factors, challenges and lessons learned.",
        "Consider becoming a mentor in a coming round.",
      ],
    ],
  },
  statistics: {
    title: "Statistics (step 6)",
    summary: (org) => `Report individual-based statistics for ${org}.`,
    intro: "How do you report and use individual-based statistics?",
    reported: "Individual-based statistics you report (count)",
    reportedRequired: "Give a number (0 or more).",
    bySex: "How many of them are broken down by sex",
    bySexRequired: "Give a number (0 or more).",
    bySexHint: "At most as many as above.",
    routinesHeading: "Are there routines to analyse the statistics …",
    budget: "… in budget work?",
    followUp: "… in activity follow-up?",
    decisions: "… before political decisions?",
    open: "Open the statistics form",
  },
  statisticsDone: {
    title: "Statistics saved",
    summary: (org, share) => `${org}: ${share} of the statistics are broken down by sex.`,
    reported: "Statistics reported",
    bySex: "Broken down by sex",
    share: "Share broken down by sex",
    budget: "Routine in budget work",
    followUp: "Routine in activity follow-up",
    decisions: "Routine before political decisions",
  },
  reminder: {
    titles: {
      "deadline-in-7-days": "Reminder: one week left",
      "deadline-today": "Reminder: the deadline is today",
      overdue: "Reminder: the deadline has passed",
    },
    deadlineOn: (date) => `Reminder: the deadline is ${date}`,
    daysLeft: (days) => `Reminder: ${days} days left`,
    summary: (org, meeting, deadline) =>
      `${org}: for ${meeting}, the presentation must be published by ${deadline}.`,
    meetingLine: (meeting, date) => `${capitalised(meeting)} is on ${date}.`,
    deadlineLine: (date) => `Publish your presentation by ${date}.`,
    stillMissing: "Still missing:",
    allDone: "Everything is ready for the meeting. Well done!",
    presentation: "the presentation is not marked as published",
    assessment: "the self-assessment for this round is not done",
    pdsa: "no PDSA update since the last meeting",
    assessButton: "Do the self-assessment",
    pdsaButton: "Report PDSA",
    publishedButton: "Presentation link",
    summaryDue: (org, meeting, deadline) =>
      `${org}: for ${meeting}, everything below must be ready by ${deadline}.`,
    dueLine: (date) => `The deadline is ${date}.`,
    lateSince: (date) => `Late since ${date}.`,
    description: "the description of the organisation (facts and where you stand) is not marked as published",
    statistics: "the report on individual-based statistics (step 6) is not done",
    descriptionButton: "Description link",
    material: "Material for the meeting:",
    statisticsButton: "Report statistics",
  },
  linkForm: {
    title: { presentation: "The presentation's link", description: "The description's link" },
    summary: {
      presentation: (org, meeting) =>
        `Paste the link to ${org}'s presentation for ${meeting} to mark it published.`,
      description: (org) =>
        `Paste the link to the description of ${org} for the start-up meeting to mark it published.`,
    },
    meeting: "Meeting",
    label: "Link (https://…)",
    required: "Paste the link.",
    submit: "Mark as published",
  },
  help: {
    title: "Commands",
    summary: "What you can ask Modellbot.",
    intro: "Send the bot a command (in Slack: /modell followed by the command).",
    commands: {
      status: {
        syntax: "status [cluster]",
        text: "The cluster at a glance: step, next meeting and every organisation.",
      },
      assess: { syntax: "assess", text: "Open the self-assessment for the current round." },
      pdsa: { syntax: "pdsa", text: "Report how the improvement work (PDSA) is going." },
      guide: { syntax: "guide", text: "What the current step asks of you, and when." },
      published: { syntax: "published <link>", text: "Mark this meeting's presentation as published." },
      description: {
        syntax: "description <link>",
        text: "Mark your organisation's description for the start-up meeting as published.",
      },
      stats: { syntax: "stats", text: "Report individual-based statistics (step 6)." },
      results: {
        syntax: "results [organisation]",
        text: "Scores per point across the rounds, beside the cluster's median.",
      },
      setstep: { syntax: "setstep <1–8> [cluster]", text: "Set the cluster's step by hand." },
      export: { syntax: "export [csv|json|md|xlsx]", text: "The round's results as a file." },
      bind: { syntax: "bind <organisation>", text: "Make this channel the organisation's home." },
      dashboard: {
        syntax: "dashboard",
        text: "A personal link to the dashboard in your browser (valid for a day).",
      },
      history: {
        syntax: "history [organisation]",
        text: "The self-assessment's versions: who, when and what changed; earlier PDSA cycles.",
      },
      calendar: {
        syntax: "calendar [organisation]",
        text: "Meetings and deadlines as a calendar file (.ics).",
      },
      language: {
        syntax: "language sv|en",
        text: "Choose whether the bot answers you in Swedish or English.",
      },
      help: { syntax: "help", text: "Show this list." },
    },
    onBehalf:
      "As a project manager you can act for an organisation in its channel, or by naming it after the command (assess karlstad).",
    otherLanguage:
      "Swedish words work too: läge, bedöm, pgsa, steg, publicerad, beskrivning, statistik, resultat, sättsteg, exportera, koppla, språk, översikt, historik, kalender, hjälp.",
  },
  exportSummary: {
    title: (round) => `Export: ${round}`,
    summary: (file, n) => `${file}: the results of ${n} organisations.`,
    intro: (file) => `The file ${file} has scores per point and round, PDSA cycles and presentations.`,
    columns: ["Organisation", "Rounds", "Latest total", "Shift", "Ready"],
    more: (n) => `… and ${n} more organisations: all of them are in the file.`,
  },
  preview: {
    formTitle: "The organisation as a whole",
    secondForm: "Committee and administration",
    refusalTitle: "Not your organisation",
    refusalText: "You can only submit for your own organisation.",
  },
};

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { sv, en };

export function strings(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** The step's name, 1..8; out-of-range steps are clamped rather than shown as nothing. */
export function stepName(t: Catalogue, step: number): string {
  const index = Math.min(8, Math.max(1, Math.round(step))) - 1;
  return t.steps[index] ?? "";
}

/** Text ended as a sentence: a full stop unless it already ends in one, a question or an exclamation mark. */
export function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** "startmötet" → "Startmötet": a sentence that begins with the meeting. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
