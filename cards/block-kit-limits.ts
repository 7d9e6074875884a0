// Slack's Block Kit limits, and a checker that lists every breach of them in a message or modal.
// The renderer keeps within them; the checker proves it in tests and can guard payloads at run time.

export const SLACK_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  modalTitle: 24,
  modalButton: 24,
  buttonText: 24,
  optionText: 75,
  optionValue: 150,
  inputLabel: 2000,
  hint: 2000,
  placeholder: 150,
  privateMetadata: 3000,
  callbackId: 255,
  blockId: 255,
  actionId: 255,
  actionsElements: 25,
  contextElements: 10,
  radioOptions: 10,
  checkboxOptions: 10,
  selectOptions: 100,
  textInputMaxLength: 3000,
} as const;

type Json = Record<string, unknown>;

export function checkBlockKitMessage(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems: string[] = [];
  if (typeof message.text !== "string" || message.text.trim() === "")
    problems.push("message: top-level text is missing (screen readers and notifications need it)");
  const blocks = asArray(message.blocks);
  if (blocks.length > SLACK_LIMITS.messageBlocks)
    problems.push(`message: ${blocks.length} blocks, over ${SLACK_LIMITS.messageBlocks}`);
  checkBlocks(blocks, problems);
  return problems;
}

export function checkBlockKitModal(view: Json): string[] {
  const problems: string[] = [];
  if (view.type !== "modal") problems.push("modal: type is not modal");
  textLimit(view.title, SLACK_LIMITS.modalTitle, "modal title", problems, true);
  textLimit(view.submit, SLACK_LIMITS.modalButton, "modal submit", problems);
  textLimit(view.close, SLACK_LIMITS.modalButton, "modal close", problems);
  if (typeof view.callback_id === "string" && view.callback_id.length > SLACK_LIMITS.callbackId)
    problems.push("modal: callback_id too long");
  if (
    typeof view.private_metadata === "string" &&
    view.private_metadata.length > SLACK_LIMITS.privateMetadata
  )
    problems.push(`modal: private_metadata ${view.private_metadata.length} chars`);
  const blocks = asArray(view.blocks);
  if (blocks.length > SLACK_LIMITS.modalBlocks)
    problems.push(`modal: ${blocks.length} blocks, over ${SLACK_LIMITS.modalBlocks}`);
  if (blocks.some((b) => b.type === "input") && view.submit === undefined)
    problems.push("modal: has inputs but no submit button");
  checkBlocks(blocks, problems);
  return problems;
}

function checkBlocks(blocks: Json[], problems: string[]): void {
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block, i) => {
    const where = `block ${i} (${String(block.type)})`;
    if (typeof block.block_id === "string") {
      if (blockIds.has(block.block_id)) problems.push(`${where}: duplicate block_id ${block.block_id}`);
      if (block.block_id.length > SLACK_LIMITS.blockId) problems.push(`${where}: block_id too long`);
      blockIds.add(block.block_id);
    }
    checkBlock(block, where, problems, actionIds);
  });
}

function checkBlock(block: Json, where: string, problems: string[], actionIds: Set<string>): void {
  switch (block.type) {
    case "header":
      textLimit(block.text, SLACK_LIMITS.headerText, where, problems, true);
      return;
    case "section":
      checkSection(block, where, problems);
      return;
    case "context": {
      const elements = asArray(block.elements);
      if (elements.length > SLACK_LIMITS.contextElements) problems.push(`${where}: too many elements`);
      for (const e of elements) textLimit(e, SLACK_LIMITS.sectionText, where, problems);
      return;
    }
    case "actions": {
      const elements = asArray(block.elements);
      if (elements.length > SLACK_LIMITS.actionsElements) problems.push(`${where}: too many elements`);
      for (const e of elements) checkElement(e, where, problems, actionIds);
      return;
    }
    case "input":
      textLimit(block.label, SLACK_LIMITS.inputLabel, `${where} label`, problems, true);
      textLimit(block.hint, SLACK_LIMITS.hint, `${where} hint`, problems);
      checkElement(asObject(block.element), where, problems, actionIds);
      return;
    case "divider":
      return;
    default:
      problems.push(`${where}: unknown block type`);
  }
}

function checkSection(block: Json, where: string, problems: string[]): void {
  const fields = block.fields === undefined ? [] : asArray(block.fields);
  if (block.text === undefined && fields.length === 0) problems.push(`${where}: needs text or fields`);
  textLimit(block.text, SLACK_LIMITS.sectionText, where, problems);
  if (fields.length > SLACK_LIMITS.sectionFields) problems.push(`${where}: ${fields.length} fields`);
  for (const f of fields) textLimit(f, SLACK_LIMITS.fieldText, `${where} field`, problems, true);
}

function checkElement(element: Json, where: string, problems: string[], actionIds: Set<string>): void {
  const id = element.action_id;
  if (typeof id === "string") {
    if (actionIds.has(id)) problems.push(`${where}: duplicate action_id ${id}`);
    if (id.length > SLACK_LIMITS.actionId) problems.push(`${where}: action_id too long`);
    actionIds.add(id);
  }
  if (element.type === "button")
    textLimit(element.text, SLACK_LIMITS.buttonText, `${where} button`, problems, true);
  textLimit(element.placeholder, SLACK_LIMITS.placeholder, `${where} placeholder`, problems);
  const options = element.options === undefined ? [] : asArray(element.options);
  const max = optionLimit(String(element.type));
  if (max !== undefined && (options.length === 0 || options.length > max))
    problems.push(`${where}: ${options.length} options for ${String(element.type)} (1..${max})`);
  for (const o of options) {
    textLimit(o.text, SLACK_LIMITS.optionText, `${where} option`, problems, true);
    if (typeof o.value === "string" && o.value.length > SLACK_LIMITS.optionValue)
      problems.push(`${where}: option value too long`);
  }
  if (typeof element.max_length === "number" && element.max_length > SLACK_LIMITS.textInputMaxLength)
    problems.push(`${where}: max_length over ${SLACK_LIMITS.textInputMaxLength}`);
}

function optionLimit(type: string): number | undefined {
  if (type === "radio_buttons") return SLACK_LIMITS.radioOptions;
  if (type === "checkboxes") return SLACK_LIMITS.checkboxOptions;
  if (type === "static_select" || type === "multi_static_select") return SLACK_LIMITS.selectOptions;
  return undefined;
}

function textLimit(value: unknown, max: number, where: string, problems: string[], required = false): void {
  if (value === undefined) {
    if (required) problems.push(`${where}: text missing`);
    return;
  }
  const text = asObject(value).text;
  if (typeof text !== "string" || (required && text.length === 0)) {
    problems.push(`${where}: text missing`);
    return;
  }
  if (text.length > max) problems.push(`${where}: ${text.length} chars, over ${max}`);
}

function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

function asObject(value: unknown): Json {
  return typeof value === "object" && value !== null ? (value as Json) : {};
}
