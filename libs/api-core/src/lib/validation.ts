import { Transform } from 'class-transformer';

/** Trims surrounding white space of a string input before validation. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Limits shared by inputs across domains. */
export const LIMITS = {
  name: 200,
  shortText: 500,
  longText: 20_000,
  email: 254,
  password: { min: 10, max: 200 },
} as const;
