// Flattens an Adaptive Card's body (containers, tables, action sets) into document order.
type Json = Record<string, unknown>;

export function adaptiveElements(card: Json): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const element = value as Json;
    if (typeof element.type === "string") found.push(element);
    for (const key of ["body", "items", "columns", "rows", "cells", "actions"]) visit(element[key]);
  };
  visit(card.body);
  return found;
}

export function adaptiveInputs(card: Json): Json[] {
  return adaptiveElements(card).filter((e) => String(e.type).startsWith("Input."));
}
