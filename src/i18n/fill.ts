/**
 * The text either side of one placeholder, the others filled: for a message whose `{slot}` the page marks
 * up itself ("These <span data-count>12</span> events").
 */
export function around(template: string, slot: string, values: Record<string, string | number> = {}): [string, string] {
  const [before = '', after = ''] = fill(template, values).split(`{${slot}}`);
  return [before, after];
}

/** Fills `{name}` placeholders of a message template ("Step {step} of {steps}"); browser-safe. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The text of a plural message (one per plural category of the language) for `count`, in the language of `intl`. */
export function plural(forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }, count: number, intl: string): string {
  return forms[new Intl.PluralRules(intl).select(count)] ?? forms.other;
}
