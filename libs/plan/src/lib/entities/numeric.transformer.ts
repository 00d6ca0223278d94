import { ValueTransformer } from 'typeorm';

/** numeric ↔ number for measurements (money stays a decimal string, see ResourceDetailsEntity). */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
