/**
 * How long a text input may be, the same for the API (its validation) and the web apps (the
 * limit shown under each field, and the field's `maxLength`).
 */
export const INPUT_LIMITS = {
  name: 200,
  /** A person's name as others see it. */
  displayName: 120,
  /** A unit of measure ("EUR", "%", "people"). */
  unit: 50,
  /** A name the user gives to a thing of their own (an API token). */
  label: 100,
  shortText: 500,
  /** Why something was refused, withdrawn or declined. */
  reason: 2_000,
  longText: 20_000,
  /** A whole markdown document (ground rules, an item's or a publication's text). */
  document: 100_000,
  email: 254,
  password: { min: 10, max: 200 },
} as const;
