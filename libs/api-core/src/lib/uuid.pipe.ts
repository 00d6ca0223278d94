import { Injectable, PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { AppError } from '@alianza/shared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

@Injectable()
export class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly argName: string) {}

  transform(value: unknown): string {
    if (!isUuid(value)) {
      throw AppError.badInput(`"${this.argName}" must be a valid id.`, { field: this.argName });
    }
    return value.toLowerCase();
  }
}

/** A required `ID!` argument that must be a UUID: `@IdArg('collaborationId') id: string`. */
export const IdArg = (name: string): ParameterDecorator =>
  Args(name, { type: () => ID }, new UuidPipe(name));
