import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsNotEmpty, Max, MaxLength, ValidateNested, validate } from 'class-validator';
import { AppError, ErrorCode } from '@alianza/shared';
import { InputValidationPipe, inputProblems, inputRefusal } from './validation';

class FieldInput {
  @IsNotEmpty() label!: string;
  @Max(10) weight!: number;
}

class ThingInput {
  @MaxLength(5) title!: string;
  @ValidateNested({ each: true }) @Type(() => FieldInput) fields!: FieldInput[];
}

const thing = (title: string, fields: Partial<FieldInput>[]) =>
  Object.assign(new ThingInput(), {
    title,
    fields: fields.map((f) => Object.assign(new FieldInput(), f)),
  });

describe('inputProblems', () => {
  it('names each refused value by its path, with its rule and bound', async () => {
    const errors = await validate(
      thing('far too long', [
        { label: 'ok', weight: 1 },
        { label: '', weight: 11 },
      ]),
    );
    expect(inputProblems(errors)).toEqual([
      {
        field: 'title',
        rule: 'maxLength',
        limit: 5,
        message: 'title must be shorter than or equal to 5 characters',
      },
      { field: 'fields[1].label', rule: 'isNotEmpty', message: 'label should not be empty' },
      {
        field: 'fields[1].weight',
        rule: 'max',
        limit: 10,
        message: 'weight must not be greater than 10',
      },
    ]);
  });

  it('refuses with the first field in the details and every sentence in the message', async () => {
    const refusal = inputRefusal(await validate(thing('far too long', [{ label: '', weight: 1 }])));
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(refusal.details).toEqual({ field: 'title', rule: 'maxLength', limit: 5 });
    expect(refusal.message).toBe(
      'title must be shorter than or equal to 5 characters; label should not be empty',
    );
  });
});

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
  });

  it('starts the path at the named argument', async () => {
    const refused = pipe.transform(
      { title: 'ok', fields: [{ label: '', weight: 3 }] },
      { type: 'body', metatype: ThingInput, data: 'input' },
    );
    await expect(refused).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'input.fields[0].label', rule: 'isNotEmpty' },
    });
  });

  it('keeps the path as is for arguments without a name, and passes valid input', async () => {
    await expect(
      pipe.transform({ title: 'toolong', fields: [] }, { type: 'body', metatype: ThingInput }),
    ).rejects.toMatchObject({ details: { field: 'title', rule: 'maxLength', limit: 5 } });
    const valid = await pipe.transform(
      { title: 'ok', fields: [{ label: 'a', weight: 1 }] },
      { type: 'body', metatype: ThingInput, data: 'input' },
    );
    expect(valid).toBeInstanceOf(ThingInput);
  });
});
