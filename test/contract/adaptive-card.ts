// Reading an Adaptive Card the way a Teams client (or the playground page) does: its inputs, its form's
// Action.Execute, and its buttons.
interface Node {
  [key: string]: unknown;
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (typeof node === "object" && node !== null) {
    visit(node as Node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

export interface CardAction {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute of the card, in order. */
export function cardActions(card: unknown): CardAction[] {
  const found: CardAction[] = [];
  walk(card, (n) => {
    if (n.type === "Action.Execute" || n.type === "Action.Submit")
      found.push({
        title: String(n.title ?? ""),
        verb: String(n.verb ?? ""),
        data: (n.data ?? {}) as Record<string, unknown>,
      });
  });
  return found;
}

/** The ids of every input of the card. */
export function cardInputs(card: unknown): string[] {
  const ids: string[] = [];
  walk(card, (n) => {
    if (typeof n.type === "string" && n.type.startsWith("Input.") && typeof n.id === "string") ids.push(n.id);
  });
  return ids;
}

/** The card's form submit action (verb `form:…`), if it is a form. */
export function formAction(card: unknown): CardAction | undefined {
  return cardActions(card).find((a) => a.verb.startsWith("form:"));
}
