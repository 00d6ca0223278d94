import { AppError } from '@alianza/shared';
import { plainToInstance, Type } from 'class-transformer';
import { IsNotEmpty, IsNumber, ValidateNested, validateSync } from 'class-validator';
import { firstRefusedField, InputValidationPipe } from './validation';

class Value {
  @IsNumber() value!: number;
}

class Input {
  @IsNotEmpty() title!: string;
  @ValidateNested({ each: true })
  @Type(() => Value)
  values: Value[] = [];
}

const errorsOf = (plain: object) => validateSync(plainToInstance(Input, plain));

describe('the field a refused input names', () => {
  it('is the first refused field, by its path inside the argument', () => {
    expect(firstRefusedField(errorsOf({ title: '', values: [] }))).toBe('title');
    expect(
      firstRefusedField(errorsOf({ title: 't', values: [{ value: 1 }, { value: 'x' }] })),
    ).toBe('values.1.value');
    expect(firstRefusedField([])).toBeNull();
  });

  it('rides on BAD_USER_INPUT with every message', async () => {
    const pipe = new InputValidationPipe({ transform: true });
    const refused = await pipe
      .transform({ title: '', values: [{ value: 'x' }] }, { type: 'body', metatype: Input })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'title' } });
    expect((refused as AppError).message).toContain('values.0.value must be a number');
  });
});
