import { applyDecorators } from '@nestjs/common';
import { Max, Min, ValidateBy, ValidateIf } from 'class-validator';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a `YYYY-MM-DD` day that exists (years 1–9999): `2026-02-30` is not. */
export function isCalendarDate(text: unknown): text is string {
  const m = typeof text === 'string' ? CALENDAR_DATE.exec(text) : null;
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A `YYYY-MM-DD` text input (a `date` column): refused unless the day exists. */
export const IsCalendarDate = (name: string): PropertyDecorator =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: isCalendarDate,
      defaultMessage: () => `${name} must be a date that exists (YYYY-MM-DD)`,
    },
  });

/**
 * An input field that may be left out, but not set to null: it updates a NOT NULL column.
 * (`@IsOptional()` would let null through to the database.)
 */
export const Omittable = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

/** The magnitude a `numeric(20, 6)` column holds (14 integer digits), rounded down. */
export const MAX_DECIMAL_COLUMN = 1e13;

/** A Float input stored in a `numeric(20, 6)` column. */
export const FitsDecimalColumn = (): PropertyDecorator =>
  applyDecorators(Min(-MAX_DECIMAL_COLUMN), Max(MAX_DECIMAL_COLUMN));
