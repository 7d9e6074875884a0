// The playground page: pick who you are, talk to the bot, fill in its real Adaptive Cards (rendered by the
// `adaptivecards` package), watch each organisation's channel and move the playground's clock.
// Plain browser JavaScript with no build step; the server's JSON API is in src/adapters/playground/.

(() => {
  const TEXT = {
    sv: {
      title: "Modellbot – lekplats",
      lead: "Prova boten utan Teams eller Slack: välj vem du är, skriv ett kommando och fyll i korten. Boten svarar på ditt eget språk (organisationens, om du inte väljer annat): skriv språk sv eller språk en.",
      skipToCommand: "Hoppa till kommandorutan",
      controls: "Inställningar",
      whoAreYou: "Vem är du?",
      personHint: "Alla i programomgången och projektledarna.",
      clock: "Lekplatsens klocka",
      nowIs: "Nu är det",
      setTime: "Datum och tid",
      set: "Ställ klockan",
      plusDay: "+1 dag",
      plusWeek: "+1 vecka",
      realTime: "Verklig tid",
      nextReminder: "Nästa påminnelse",
      startOver: "Börja om",
      startOverConfirm:
        "Börja om från början? Allt som sparats och skickats på lekplatsen tas bort, och exempelomgången läses in igen.",
      nextIs: (when, what, channels) =>
        `Nästa påminnelse: ${when} – ${what}, till ${channels} ${channels === 1 ? "kanal" : "kanaler"}.`,
      noneAhead: "Inga fler påminnelser i omgången.",
      kinds: {
        "host-invitation": "inbjudan till värden",
        "deadline-in-7-days": "en vecka kvar",
        "deadline-today": "sista dagen",
        overdue: "försenat",
      },
      conversation: "Samtal med boten",
      command: "Kommando",
      send: "Skicka",
      commandHint: "Prova: hjälp, status, bedöm, pgsa, steg, publicerad <länk>.",
      channels: "Kanaler",
      channelsHint:
        "Det boten har skrivit i varje organisations kanal, till exempel schemalagda påminnelser.",
      noPosts: "Inga inlägg ännu.",
      projectManagers: "Projektledarnas kanal",
      projectManager: "Projektledare",
      mentor: "mentor",
      bot: "Modellbot",
      download: "Ladda ner",
      pressed: "Tryckte på",
      sideways: "Kortet är bredare än skärmen: dra i sidled för att se resten.",
      otherLanguage: "English",
      otherLanguageCode: "en",
      failed: "Det gick inte:",
      pickTime: "Välj ett datum och en tid först.",
      platform: { teams: "Teams", slack: "Slack" },
      roles: {
        "elected-official": "Förtroendevald",
        administrator: "Tjänsteperson",
        "key-person": "Nyckelperson",
      },
      locale: "sv-SE",
    },
    en: {
      title: "Modellbot playground",
      lead: "Try the bot without Teams or Slack: pick who you are, type a command and fill in the cards. The bot answers in your own language (your organisation's unless you choose): type language en or language sv.",
      skipToCommand: "Skip to the command box",
      controls: "Settings",
      whoAreYou: "Who are you?",
      personHint: "Everyone in the programme round, and the project managers.",
      clock: "The playground's clock",
      nowIs: "It is now",
      setTime: "Date and time",
      set: "Set the clock",
      plusDay: "+1 day",
      plusWeek: "+1 week",
      realTime: "Real time",
      nextReminder: "Next reminder",
      startOver: "Start over",
      startOverConfirm:
        "Start over from the beginning? Everything saved and sent in the playground is removed, and the example round is read in again.",
      nextIs: (when, what, channels) =>
        `Next reminder: ${when} – ${what}, to ${channels} ${channels === 1 ? "channel" : "channels"}.`,
      noneAhead: "No more reminders in the round.",
      kinds: {
        "host-invitation": "invitation to the host",
        "deadline-in-7-days": "one week left",
        "deadline-today": "the last day",
        overdue: "overdue",
      },
      conversation: "Conversation with the bot",
      command: "Command",
      send: "Send",
      commandHint: "Try: help, status, assess, pdsa, guide, published <link>.",
      channels: "Channels",
      channelsHint: "What the bot posted in each organisation's channel, such as scheduled reminders.",
      noPosts: "No posts yet.",
      projectManagers: "The project managers' channel",
      projectManager: "Project manager",
      mentor: "mentor",
      bot: "Modellbot",
      download: "Download",
      pressed: "Pressed",
      sideways: "The card is wider than the screen: swipe sideways to see the rest.",
      otherLanguage: "Svenska",
      otherLanguageCode: "sv",
      failed: "That did not work:",
      pickTime: "Choose a date and a time first.",
      platform: { teams: "Teams", slack: "Slack" },
      roles: {
        "elected-official": "Elected official",
        administrator: "Administrator",
        "key-person": "Key person",
      },
      locale: "en-GB",
    },
  };
  /** Replies that stand in for the submitted form: its confirmation, the form with errors, or a refusal. */
  // A form answered with a form (its answers went stale meanwhile) is shown again in its place.
  const FORM_OUTCOMES = new Set(["form-accepted", "form-invalid", "form-refused", "form"]);
  const POLL_MS = 5000;

  const page = {
    lang: storedLanguage(),
    state: undefined,
    email: undefined,
    channelsShown: "",
    cardsRendered: 0,
  };
  const $ = (id) => document.getElementById(id);
  const t = (key) => TEXT[page.lang][key];

  function storedLanguage() {
    try {
      return localStorage.getItem("modellbot.playground.lang") === "en" ? "en" : "sv";
    } catch {
      return "sv";
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- talking to the server ----

  async function api(path, body) {
    const init =
      body === undefined
        ? {}
        : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
    const response = await fetch(path, init);
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.error || `HTTP ${response.status}`);
    return json;
  }

  function showProblem(error) {
    const problem = $("problem");
    problem.textContent = `${t("failed")} ${error instanceof Error ? error.message : String(error)}`;
    problem.hidden = false;
  }

  function clearProblem() {
    $("problem").hidden = true;
  }

  function speaker() {
    return { email: page.email, locale: page.lang };
  }

  function newSubmitId() {
    if (window.crypto?.randomUUID) return window.crypto.randomUUID();
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  }

  // ---- Adaptive Cards ----

  function hostConfig() {
    const colours = (normal, subtle) => ({ default: normal, subtle });
    const sizes = { small: 13, default: 15, medium: 17, large: 21, extraLarge: 26 };
    return new AdaptiveCards.HostConfig({
      supportsInteractivity: true,
      fontTypes: {
        default: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", fontSizes: sizes },
        monospace: { fontFamily: "ui-monospace, Menlo, Consolas, monospace", fontSizes: sizes },
      },
      containerStyles: {
        default: {
          backgroundColor: "#FFFFFF",
          foregroundColors: {
            default: colours("#1F1F1F", "#4D4D4D"),
            accent: colours("#0B57A4", "#0B57A4"),
            attention: colours("#A4262C", "#A4262C"),
            good: colours("#1E6B2E", "#1E6B2E"),
            warning: colours("#7A4B00", "#7A4B00"),
            dark: colours("#1F1F1F", "#4D4D4D"),
            light: colours("#595959", "#595959"),
          },
        },
      },
    });
  }

  /** Renders the card JSON into `container`; its actions come back to `container`. */
  function renderCardInto(container, reply) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = hostConfig();
    card.onExecuteAction = (action) => onCardAction(action, container);
    card.parse(reply.adaptive);
    const rendered = card.render();
    if (rendered) keepRadioGroupsApart(rendered);
    container.dataset.cardKind = reply.kind;
    container.dataset.replyType = reply.type || "post";
    container.replaceChildren(rendered ?? element("pre", "card-text", reply.text));
    if (container.isConnected) keepTableWordsWhole(container);
  }

  /**
   * The renderer names a card's radio buttons after their input's id ("score:p1"), so two copies of one form
   * on the page (two people of one organisation) would be one radio group: ticking a level in one copy
   * unticks it in the other. Each rendered card gets names of its own, before it is on the page; what a card
   * sends is read from its inputs' values, never from their names.
   */
  function keepRadioGroupsApart(rendered) {
    page.cardsRendered += 1;
    for (const radio of rendered.querySelectorAll('input[type="radio"]'))
      radio.name = `card-${page.cardsRendered}/${radio.name}`;
  }

  /**
   * The renderer lays a Table out as flex rows of equal columns that may each shrink to nothing, so a long
   * word ("Självskattning") breaks inside itself once the card is narrower than the table wants. Once the
   * card is on the page, each column gets its widest word as its least width, the same in every row so that
   * the columns stay aligned; a table wider than its card then scrolls inside it (playground.css).
   */
  function keepTableWordsWhole(root) {
    const tables = [...root.querySelectorAll('[role="table"]')].map((table) =>
      [...table.children].filter((row) => row.getAttribute("role") === "row").map((row) => [...row.children]),
    );
    const cells = tables.flat(2);
    // Every cell at its narrowest at once, then every width read: one layout, not one per cell.
    const kept = cells.map((cell) => [cell.style.width, cell.style.flex]);
    for (const cell of cells) {
      cell.style.width = "min-content";
      cell.style.flex = "none";
    }
    const least = tables.map((rows) => {
      const widths = [];
      for (const row of rows)
        row.forEach((cell, i) => {
          widths[i] = Math.max(widths[i] ?? 0, cell.getBoundingClientRect().width);
        });
      return widths;
    });
    cells.forEach((cell, k) => {
      [cell.style.width, cell.style.flex] = kept[k];
    });
    tables.forEach((rows, t) => {
      for (const row of rows)
        row.forEach((cell, i) => {
          cell.style.minWidth = `${Math.ceil(least[t][i])}px`;
        });
    });
  }

  function onCardAction(action, container) {
    if (action instanceof AdaptiveCards.OpenUrlAction) {
      window.open(action.url, "_blank", "noopener,noreferrer");
      return;
    }
    const data = action.data && typeof action.data === "object" ? action.data : {};
    const verb = action.verb || data.verb || "";
    if (verb === "command") pressButton(action.title || "", data, container);
    else submitForm(verb, data, container);
  }

  // ---- the conversation ----

  function currentPerson() {
    const state = page.state;
    if (!state) return undefined;
    return (
      state.people.find((p) => p.email === page.email) ||
      state.projectManagers.find((p) => p.email === page.email)
    );
  }

  /** Adds a message to the conversation and scrolls it into view above the command box (playground.css). */
  function append(item) {
    $("conversation").append(item);
    // Table columns get their widths first, so that the message has its final height when it is scrolled to.
    for (const card of item.querySelectorAll(".card")) {
      keepTableWordsWhole(card);
      noteSideways(card);
    }
    item.scrollIntoView({ block: "nearest" });
  }

  /**
   * A card wider than its place (a status table on a phone) scrolls sideways inside itself; a line under it
   * says so, and goes when the card fits again (a wider window).
   */
  function noteSideways(card) {
    const update = () => {
      const next = card.nextElementSibling;
      const note = next?.classList.contains("sideways") ? next : undefined;
      const wide = card.scrollWidth > card.clientWidth + 1;
      if (wide && !note) card.after(element("p", "hint sideways", t("sideways")));
      else if (!wide && note) note.remove();
    };
    new ResizeObserver(update).observe(card);
    update();
  }

  /** The sticky command box's height, which the page keeps free below what it scrolls into view. */
  function measureCommandBox() {
    const box = $("command-form");
    const root = document.documentElement;
    new ResizeObserver(() => root.style.setProperty("--command-box-height", `${box.offsetHeight}px`)).observe(
      box,
    );
  }

  function addUserMessage(text) {
    const person = currentPerson();
    const item = element("li", "message user");
    const where = person?.organisationName ?? t("projectManager");
    item.append(element("p", "who", `${person?.name ?? page.email} · ${where}`), element("p", "said", text));
    append(item);
  }

  function addBotCard(reply) {
    const item = element("li", "message bot");
    const card = element("div", "card");
    card.tabIndex = -1;
    // A card in the conversation is the answer to one person: it is submitted as that person, even when
    // someone else has been picked since (two people of one organisation filling in the same form).
    if (page.email) card.dataset.speaker = page.email;
    item.append(element("p", "who", t("bot")), card);
    renderCardInto(card, reply);
    if (reply.file) item.append(downloadLink(reply.file));
    append(item);
    return card;
  }

  /** An export arrives as a file: offered as a download, as a chat client offers an attachment. */
  function downloadLink(file) {
    const link = element("a", "download", `${t("download")} ${file.name}`);
    // A binary file (an Excel workbook) travels as base64 in the JSON; its bytes are what is offered.
    const body =
      file.encoding === "base64" ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
    link.href = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
    link.download = file.name;
    return link;
  }

  async function runCommand(text) {
    if (!text.trim()) return;
    clearProblem();
    addUserMessage(text);
    try {
      const result = await api("/playground/command", { ...speaker(), text });
      for (const reply of result.replies) addBotCard(reply);
      await refreshState();
    } catch (error) {
      showProblem(error);
    }
  }

  /**
   * A card's button, as a chat client sends it: pressed where the card is (a reminder in Karlskrona's
   * channel acts there, whoever presses it), by the person picked now. The bubble says which button.
   */
  async function pressButton(label, data, container) {
    if (!data.command) return;
    clearProblem();
    addUserMessage(`${t("pressed")}: ${label}`);
    const channel = container.closest("[data-channel]")?.dataset.channel;
    try {
      const result = await api("/playground/submit", {
        ...speaker(),
        ...(channel ? { channel } : {}),
        verb: "command",
        data,
        submitId: newSubmitId(),
      });
      for (const reply of result.replies) addBotCard(reply);
      await refreshState();
    } catch (error) {
      showProblem(error);
    }
  }

  async function submitForm(verb, data, container) {
    if (container.getAttribute("aria-busy") === "true") return;
    clearProblem();
    container.setAttribute("aria-busy", "true");
    try {
      const who = container.dataset.speaker ? { ...speaker(), email: container.dataset.speaker } : speaker();
      const result = await api("/playground/submit", { ...who, verb, data, submitId: newSubmitId() });
      const outcome = result.replies.find((r) => FORM_OUTCOMES.has(r.type));
      if (outcome) {
        renderCardInto(container, outcome);
        container.focus();
      }
      for (const reply of result.replies) if (reply !== outcome) addBotCard(reply);
      await refreshState();
    } catch (error) {
      showProblem(error);
    } finally {
      container.setAttribute("aria-busy", "false");
    }
  }

  // ---- who you are ----

  function personLabel(person) {
    const mentor = person.mentor ? ` (${t("mentor")})` : "";
    return `${person.name} — ${person.organisationName}${mentor} — ${t("roles")[person.role] ?? person.role}`;
  }

  function renderPeople() {
    const select = $("person");
    const state = page.state;
    select.replaceChildren();
    for (const round of state.rounds) {
      const group = element("optgroup");
      group.label = round.name;
      for (const person of state.people.filter((p) => p.roundId === round.id)) {
        group.append(new Option(personLabel(person), person.email));
      }
      for (const manager of state.projectManagers.filter((p) => p.roundId === round.id)) {
        group.append(new Option(`${manager.name} — ${t("projectManager")}`, manager.email));
      }
      select.append(group);
    }
    const known = [...select.options].some((o) => o.value === page.email);
    if (known) select.value = page.email;
    page.email = select.value;
  }

  // ---- the clock ----

  function timeZone() {
    return page.state?.rounds[0]?.timeZone || "Europe/Stockholm";
  }

  /** How far `zone` runs ahead of UTC at the instant `utcMs`. */
  function zoneOffsetMs(utcMs, zone) {
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
    const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
    return wall - Math.floor(utcMs / 60000) * 60000;
  }

  /** "2027-03-10T10:00" read as a wall-clock time in `zone` → an ISO instant. */
  function zonedToIso(local, zone) {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
    if (!match) return undefined;
    const [, y, m, d, hh, mm] = match.map(Number);
    const wall = Date.UTC(y, m - 1, d, hh, mm);
    const first = wall - zoneOffsetMs(wall, zone);
    return new Date(wall - zoneOffsetMs(first, zone)).toISOString();
  }

  function isoToZonedInput(iso, zone) {
    const format = new Intl.DateTimeFormat("sv-SE", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    return format.format(new Date(iso)).replace(" ", "T");
  }

  function formatInstant(iso) {
    const format = new Intl.DateTimeFormat(t("locale"), {
      timeZone: timeZone(),
      dateStyle: "full",
      timeStyle: "short",
    });
    return format.format(new Date(iso));
  }

  function renderClock(moveInput) {
    const now = page.state.clock.now;
    $("clock-now").textContent = formatInstant(now);
    $("clock-now").dataset.iso = now;
    $("clock-zone").textContent = timeZone();
    if (moveInput) $("clock-at").value = isoToZonedInput(now, timeZone());
    // The reminders of one time go to several channels (all seven a week before a deadline): the page says
    // how many, and names no organisation.
    const next = page.state.nextReminder;
    $("next-reminder").textContent = next
      ? t("nextIs")(formatInstant(next.at), reminderKinds(next.kinds), next.organisationIds.length)
      : t("noneAhead");
    $("clock-next").disabled = !next;
  }

  /** "inbjudan till värden och en vecka kvar": each kind sent at that time, in the order they happen. */
  function reminderKinds(kinds) {
    const list = new Intl.ListFormat(t("locale"), { type: "conjunction" });
    return list.format(kinds.map((kind) => t("kinds")[kind] || kind));
  }

  async function startOver() {
    if (!window.confirm(t("startOverConfirm"))) return;
    await moveClock({ reset: true });
    $("conversation").replaceChildren();
  }

  async function moveClock(body) {
    clearProblem();
    try {
      page.state = await api("/playground/clock", body);
      renderClock(true);
      renderChannels();
    } catch (error) {
      showProblem(error);
    }
  }

  function setClockFromInput() {
    const at = zonedToIso($("clock-at").value, timeZone());
    if (at) moveClock({ at });
    else showProblem(t("pickTime"));
  }

  // ---- the channels ----

  function channelName(channel) {
    if (channel.id === "project-managers") return t("projectManagers");
    const platform = channel.platform ? ` (${t("platform")[channel.platform]})` : "";
    return `${channel.name}${platform}`;
  }

  function renderChannel(channel) {
    const section = element("section", "channel");
    section.dataset.channel = channel.id;
    const headingId = `channel-${channel.id}`;
    const heading = element("h3", undefined, channelName(channel));
    heading.id = headingId;
    section.setAttribute("aria-labelledby", headingId);
    section.append(heading);
    if (channel.posts.length === 0) section.append(element("p", "hint", t("noPosts")));
    const list = element("ol", "posts");
    for (const post of channel.posts) {
      const item = element("li", "post");
      const time = element("time", "when", formatInstant(post.at));
      time.dateTime = post.at;
      const card = element("div", "card");
      item.append(time, card);
      renderCardInto(card, post);
      list.append(item);
    }
    if (channel.posts.length > 0) section.append(list);
    return section;
  }

  /** Redraws only when something changed, so that polling never steals focus from a card. */
  function renderChannels(force) {
    const channels = page.state.channels;
    const shown = `${page.lang}|${channels.map((c) => `${c.id}:${c.posts.map((p) => p.id).join(",")}`).join(";")}`;
    if (!force && shown === page.channelsShown) return;
    page.channelsShown = shown;
    $("channels").replaceChildren(...channels.map(renderChannel));
    keepTableWordsWhole($("channels"));
  }

  async function refreshState() {
    page.state = await api("/playground/state");
    renderClock(false);
    renderChannels(false);
  }

  // ---- language ----

  function applyLanguage() {
    document.documentElement.lang = page.lang;
    document.title = t("title");
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    const toggle = $("language-toggle");
    toggle.textContent = t("otherLanguage");
    toggle.lang = t("otherLanguageCode");
    if (page.state) {
      renderPeople();
      renderClock(false);
      renderChannels(true);
    }
  }

  function toggleLanguage() {
    page.lang = page.lang === "sv" ? "en" : "sv";
    try {
      localStorage.setItem("modellbot.playground.lang", page.lang);
    } catch {
      // Private windows may refuse storage; the toggle still works for this visit.
    }
    applyLanguage();
  }

  // ---- start ----

  function wire() {
    measureCommandBox();
    $("language-toggle").addEventListener("click", toggleLanguage);
    $("person").addEventListener("change", (event) => {
      page.email = event.target.value;
    });
    $("command-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const input = $("command-text");
      const text = input.value;
      input.value = "";
      runCommand(text);
    });
    $("clock-set").addEventListener("click", setClockFromInput);
    $("clock-day").addEventListener("click", () => moveClock({ advanceDays: 1 }));
    $("clock-week").addEventListener("click", () => moveClock({ advanceDays: 7 }));
    $("clock-reset").addEventListener("click", () => moveClock({ at: new Date().toISOString() }));
    $("clock-next").addEventListener("click", () => moveClock({ next: "reminder" }));
    $("start-over").addEventListener("click", startOver);
    setInterval(() => {
      if (document.visibilityState === "visible") refreshState().catch(showProblem);
    }, POLL_MS);
  }

  async function start() {
    applyLanguage();
    wire();
    try {
      page.state = await api("/playground/state");
      renderPeople();
      renderClock(true);
      renderChannels(true);
      document.body.dataset.ready = "true";
    } catch (error) {
      showProblem(error);
    }
  }

  start();
})();
