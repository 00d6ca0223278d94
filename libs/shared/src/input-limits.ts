/**
 * How long a text input may be, the same for the API (its validation) and the web apps (the
 * limit shown under each field, and the field's `maxLength`).
 */
export const INPUT_LIMITS = {
  name: 200,
  shortText: 500,
  longText: 20_000,
  email: 254,
  password: { min: 10, max: 200 },
} as const;
