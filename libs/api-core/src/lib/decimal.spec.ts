import {
  buildSchema,
  graphqlSync,
  GraphQLSchema,
  OperationDefinitionNode,
  parse,
  printSchema,
} from 'graphql';
import { validate } from 'class-validator';
import {
  DecimalInput,
  decimalFromNumber,
  decimalMean,
  decimalProblem,
  decimalRound,
  decimalSum,
  GraphQLDecimal,
} from './decimal';
import { operationInputIssue } from './input-rules';

describe('decimalProblem', () => {
  it('takes plain decimals within the bounds', () => {
    for (const ok of ['0', '-0.5', '1234.50', '0001', '9999999999999999.999999']) {
      expect(decimalProblem(ok)).toBeUndefined();
    }
  });

  it('refuses exponents, NaN, signs, spaces and stray points', () => {
    for (const bad of [
      '1e3',
      '1E3',
      'NaN',
      'Infinity',
      'abc',
      '',
      ' 1',
      '+1',
      '1.',
      '.5',
      '1,5',
      '0x10',
    ]) {
      expect(decimalProblem(bad)).toMatch(/^must be a decimal written as a string/);
    }
  });

  it('refuses too many digits, before or after the point', () => {
    expect(decimalProblem('12345678901234567')).toMatch(/at most 16 digits before the point/);
    expect(decimalProblem('1.1234567')).toMatch(/and 6 after/);
    expect(decimalProblem('1.123', { scale: 2 })).toMatch(/and 2 after/);
    expect(decimalProblem('-1', { nonNegative: true })).toBe('must not be negative');
  });
});

describe('exact arithmetic', () => {
  it('averages exactly, rounding half away from zero', () => {
    expect(decimalMean(['100', '0', '0'], 2)).toBe('33.33');
    expect(decimalMean(['200', '0', '0'], 2)).toBe('66.67');
    expect(decimalMean(['-200', '0', '0'], 2)).toBe('-66.67');
    expect(decimalMean(['0.1', '0.2'], 2)).toBe('0.15');
    expect(decimalMean(['0.005'], 2)).toBe('0.01');
    expect(decimalMean(['-0.005'], 2)).toBe('-0.01');
    expect(decimalMean(['1', '2'], 0)).toBe('2');
  });

  it('sums at the largest scale without float noise', () => {
    expect(decimalSum(['0.1', '0.2'])).toBe('0.3');
    expect(decimalSum(['1.50', '-2'])).toBe('-0.50');
    expect(decimalSum([])).toBe('0');
  });

  it('rounds and pads', () => {
    expect(decimalRound('33.333333', 2)).toBe('33.33');
    expect(decimalRound('2.5', 0)).toBe('3');
    expect(decimalRound('7', 2)).toBe('7.00');
  });

  it('writes numbers out without an exponent', () => {
    expect(decimalFromNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(decimalFromNumber(1e21)).toBe('1000000000000000000000');
    expect(decimalFromNumber(1.5e-7)).toBe('0.00000015');
    expect(decimalFromNumber(-0)).toBe('0');
    expect(() => decimalFromNumber(NaN)).toThrow(TypeError);
  });
});

describe('GraphQLDecimal', () => {
  const schema = new GraphQLSchema({
    query: buildSchema(`
      scalar Decimal
      type Query { echo(value: Decimal!): Decimal! money: Decimal! float: Decimal! }
    `).getQueryType()!,
  });
  // Bind the real scalar (buildSchema makes a pass-through one).
  const typeMap = schema.getTypeMap();
  Object.assign(typeMap['Decimal']!, {
    serialize: GraphQLDecimal.serialize,
    parseValue: GraphQLDecimal.parseValue,
    parseLiteral: GraphQLDecimal.parseLiteral,
  });
  const rootValue = {
    echo: ({ value }: { value: string }) => value,
    money: () => '1234.50',
    float: () => 0.1 + 0.2,
  };
  const run = (source: string, variableValues?: Record<string, unknown>) =>
    graphqlSync({ schema, source, rootValue, variableValues });

  it('describes itself', () => {
    expect(printSchema(schema)).toContain('scalar Decimal');
    expect(GraphQLDecimal.description).toMatch(/exact decimal number written as a string/);
  });

  it('answers the numeric strings unchanged, and numbers without an exponent', () => {
    expect(run('{ money float }').data).toEqual({ money: '1234.50', float: '0.30000000000000004' });
  });

  it('takes a string variable or literal, and refuses numbers and malformed variables', () => {
    expect(run('query($v: Decimal!) { echo(value: $v) }', { v: '-12.5' }).data).toEqual({
      echo: '-12.5',
    });
    expect(run('{ echo(value: "12.50") }').data).toEqual({ echo: '12.50' });
    expect(run('{ echo(value: 12.5) }').errors?.[0]?.message).toMatch(/Decimal must be a string/);
    for (const v of ['1e3', 'abc', 12.5]) {
      expect(run('query($v: Decimal!) { echo(value: $v) }', { v }).errors?.[0]?.message).toMatch(
        /Decimal must be a/,
      );
    }
  });

  it('is refused by the input rule naming the field, literal or variable', () => {
    const appSchema = buildSchema(`
      scalar Decimal
      input In { valueDecimal: Decimal }
      type Query { q: String }
      type Mutation { save(input: In!): String }
    `);
    const issue = (query: string, variables?: Record<string, unknown>) => {
      const document = parse(query);
      const operation = document.definitions[0] as OperationDefinitionNode;
      return operationInputIssue(appSchema, document, operation, variables);
    };
    expect(issue('mutation { save(input: { valueDecimal: "1e3" }) }')).toEqual({
      field: 'input.valueDecimal',
      message: expect.stringMatching(/^must be a decimal written as a string/),
    });
    expect(issue('mutation($i: In!) { save(input: $i) }', { i: { valueDecimal: 1000 } })).toEqual({
      field: 'input.valueDecimal',
      message: 'must be a decimal written as a string, e.g. "1234.50"',
    });
    expect(issue('mutation { save(input: { valueDecimal: "1000.5" }) }')).toBeUndefined();
  });
});

describe('@DecimalInput', () => {
  class Form {
    @DecimalInput('valueDecimal', { scale: 2, nonNegative: true }) valueDecimal!: string;
  }
  const check = async (value: unknown) =>
    (await validate(Object.assign(new Form(), { valueDecimal: value })))[0]?.constraints?.[
      'isDecimal'
    ];

  it('narrows to the column and names the field', async () => {
    expect(await check('12.50')).toBeUndefined();
    expect(await check('12.505')).toMatch(/^valueDecimal must be a decimal .* and 2 after$/);
    expect(await check('-1')).toBe('valueDecimal must not be negative');
    expect(await check(12)).toBe('valueDecimal must be a decimal written as a string');
  });
});
