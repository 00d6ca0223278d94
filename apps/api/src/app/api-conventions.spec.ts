import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The API conventions of `docs/api.md` ("Conventions"), checked on the committed schema: a
 * new operation that breaks one fails here (the web apps' use of deprecated names is checked by
 * `web-documents.spec.ts`). Deprecated fields and arguments are exempt: they are the old names,
 * kept until their removal date.
 */
const ROOT = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.graphql'), 'utf8'));

/** Mutations whose result is not an entity, each with why. */
const NOT_AN_ENTITY: Record<string, string> = {
  signUp: 'account flow: must not tell whether the address already has an account',
  signUpWithInvitation: 'account flow: must not tell whether the address already has an account',
  requestPasswordReset: 'account flow: must not tell whether the address has an account',
  resendVerificationEmail: 'account flow: must not tell whether the address is verified',
  requestEmailChange: 'account flow: must not tell whether the new address is taken',
  verifyEmail: 'account flow: a link from an email, answered before any session exists',
  confirmEmailChange: 'account flow: a link from an email, answered before any session exists',
  resetPassword: 'account flow: a link from an email, answered before any session exists',
  changePassword: 'account flow: ends the other sessions; nothing else to read',
  logout: 'ends the session: there is nothing left to read',
  endSession: 'ends a session: there is nothing left to read',
  endOtherSessions: 'ends sessions: answers how many ended',
  revokeCalendarFeed: 'deletes the feed: there is nothing left to read',
  deleteWebhookEndpoint: 'deletes the endpoint: there is nothing left to read',
  markNotificationsRead: 'answers how many were marked; the list is read with `notifications`',
  resetSecondFactor: "a platform admin's action on another account's secret: nothing to read",
};

/**
 * `Float` fields that are not business quantities: the privacy parameters of a benchmark,
 * percentages and durations of statistics. Business quantities are `Decimal`.
 */
const FLOAT_PARAMETERS = [
  /\.epsilon$/,
  /^BenchmarkPrivacy(Settings|Input)\.quantiles$/, // probabilities (0.25, 0.5, 0.75)
  /\.margin95$/,
  /\.step$/,
  /\.p$/,
  /\.dominanceCap$/,
  /\.progressPercent$/,
  /\.decisionHoursP(50|90)$/,
  /\.percentDone$/, // a percentage of tasks done
  /(ObjectiveRatingReport|PeerRatingReport)\.average$/, // the mean of 1–5 ratings
  /^SearchHit\.rank$/, // a relevance score
  /^ItemFile\.bytes$/, // a size beyond Int's 2^31
  /^ItemField(Input)?\.number$/, // a figure a party writes in its own item, of any unit
  /^(PlanResource|ResourceInput|UpdateResourceInput)\.quantity$/, // a count in its unit (hours, units); its value is `valueDecimal`
];

/**
 * Root lists that stay plain lists: each is bounded by something the product limits.
 */
const BOUNDED_LISTS: Record<string, string> = {
  auditLogPeople: "the people who acted in one collaboration: the audit log's filter choices",
  myNotificationPreferences: 'one per notification kind (an enum)',
  myOrganizationInvitations: "the caller's pending invitations to organizations",
  portfolioReport: 'one row per collaboration the caller facilitates (a report, not a list)',
};

/** Id arguments that may name a thing of any kind. */
const ANY_ENTITY: Record<string, string> = {
  subjectId: "the audit log's filter: the id of whatever a record is about",
};

/** An object's field, not an argument or an input field. */
function isOutput(where: string): boolean {
  return !where.includes('(') && !isInputObjectType(schema.getType(where.split('.')[0]!));
}

type Coordinate = { where: string; deprecated: boolean };

function fieldsOf(
  s: GraphQLSchema,
): { coordinate: string; field: GraphQLField<unknown, unknown> }[] {
  return Object.values(s.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .flatMap((t) =>
      Object.values(t.getFields()).map((field) => ({
        coordinate: `${t.name}.${field.name}`,
        field,
      })),
    );
}

function inputFieldsOf(s: GraphQLSchema): { coordinate: string; field: GraphQLInputField }[] {
  return Object.values(s.getTypeMap())
    .filter((t): t is GraphQLInputObjectType => isInputObjectType(t))
    .flatMap((t) =>
      Object.values(t.getFields()).map((field) => ({
        coordinate: `${t.name}.${field.name}`,
        field,
      })),
    );
}

function argumentsOf(s: GraphQLSchema): { coordinate: string; arg: GraphQLArgument }[] {
  return fieldsOf(s).flatMap(({ coordinate, field }) =>
    field.deprecationReason
      ? []
      : field.args.map((arg) => ({ coordinate: `${coordinate}(${arg.name}:)`, arg })),
  );
}

/** Every value (field, argument, input field) of the schema with its named type. */
function valuesOf(s: GraphQLSchema): (Coordinate & { name: string; type: GraphQLNamedType })[] {
  return [
    ...fieldsOf(s).map(({ coordinate, field }) => ({
      where: coordinate,
      name: field.name,
      type: getNamedType(field.type),
      deprecated: !!field.deprecationReason,
    })),
    ...argumentsOf(s).map(({ coordinate, arg }) => ({
      where: coordinate,
      name: arg.name,
      type: getNamedType(arg.type),
      deprecated: !!arg.deprecationReason,
    })),
    ...inputFieldsOf(s).map(({ coordinate, field }) => ({
      where: coordinate,
      name: field.name,
      type: getNamedType(field.type),
      deprecated: !!field.deprecationReason,
    })),
  ];
}

/** `LedgerEntry` → `LedgerEntry`, `Entry`: the names an id of that type may carry. */
function entityNames(s: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(s.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const words = type.name.match(/[A-Z][a-z0-9]*/g) ?? [];
    for (let i = 0; i < words.length; i += 1) names.add(words.slice(i).join(''));
  }
  return names;
}

function namesAnEntity(name: string, entities: Set<string>): boolean {
  const stem = name.replace(/Ids?$/, '');
  const words = `${stem[0]!.toUpperCase()}${stem.slice(1)}`.match(/[A-Z][a-z0-9]*/g) ?? [];
  // a role may qualify the entity: `ownerOrganizationId`, `actorUserId`
  return words.some((_, i) => entities.has(words.slice(i).join('')));
}

/** An input type with a field a client must give. */
function hasRequiredField(type: GraphQLInputObjectType): boolean {
  return Object.values(type.getFields()).some(
    (f) => isNonNullType(f.type) && f.defaultValue === undefined,
  );
}

describe('the API conventions (docs/api.md)', () => {
  const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
    (m) => !m.deprecationReason,
  );
  const entities = entityNames(schema);

  it('names every id a client writes after its entity: `<entity>Id`, a bare `id` only where a query reads one thing', () => {
    const written = valuesOf(schema).filter(
      (v) => !v.deprecated && v.type.name === 'ID' && !isOutput(v.where),
    );
    expect(written.length).toBeGreaterThan(100);
    const wrong = written
      .filter((v) => {
        if (v.name === 'id') return !v.where.startsWith('Query.');
        if (v.name in ANY_ENTITY) return false;
        return !/Ids?$/.test(v.name) || !namesAnEntity(v.name, entities);
      })
      .map((v) => v.where);
    expect(wrong).toEqual([]);
  });

  it('gives every mutation ids and at most one `input`, optional only when none of its fields is required', () => {
    const wrong = mutations.flatMap((m) =>
      m.args
        .filter((a) => !a.deprecationReason)
        .filter((a) => {
          const named = getNamedType(a.type);
          if (named.name === 'ID') return false;
          if (a.name !== 'input' || !isInputObjectType(named)) return true;
          // an input may be left out only when none of its fields is required, or while the
          // mutation's deprecated arguments still offer the old form instead
          const oldForm = m.args.some((other) => other.deprecationReason);
          return hasRequiredField(named) && !isNonNullType(a.type) && !oldForm;
        })
        .map((a) => `${m.name}(${a.name}: ${a.type})`),
    );
    expect(wrong).toEqual([]);
  });

  it('answers every mutation with the entity it changes (or a payload carrying it)', () => {
    const wrong = mutations
      .filter((m) => !isObjectType(getNamedType(m.type)) && !(m.name in NOT_AN_ENTITY))
      .map((m) => `${m.name}: ${m.type}`);
    expect(wrong).toEqual([]);
    // an exception that became an entity (or went away) leaves the list
    const stale = Object.keys(NOT_AN_ENTITY).filter((name) => {
      const m = schema.getMutationType()!.getFields()[name];
      return !m || m.deprecationReason || isObjectType(getNamedType(m.type));
    });
    expect(stale).toEqual([]);
  });

  it('types business quantities as `Decimal`, never `Float` or a decimal `String`', () => {
    const floats = valuesOf(schema)
      .filter((v) => !v.deprecated && isScalarType(v.type) && v.type.name === 'Float')
      .map((v) => v.where.replace(/\((\w+):\)$/, '.$1'))
      .filter((where) => !FLOAT_PARAMETERS.some((p) => p.test(where)));
    expect(floats).toEqual([]);
    const decimalStrings = [
      ...fieldsOf(schema).map(({ coordinate, field }) => ({ coordinate, field })),
      ...inputFieldsOf(schema),
    ]
      .filter(({ field }) => !field.deprecationReason && getNamedType(field.type).name === 'String')
      .filter(({ field }) => /\bdecimal\b/i.test(field.description ?? ''))
      .map(({ coordinate }) => coordinate);
    expect(decimalStrings).toEqual([]);
  });

  it('types instants as `DateTime`', () => {
    const wrong = valuesOf(schema)
      .filter((v) => !v.deprecated && /[a-z]At$/.test(v.name) && v.type.name !== 'DateTime')
      .map((v) => `${v.where}: ${v.type.name}`);
    expect(wrong).toEqual([]);
  });

  it('pages every root list that can grow (a connection with `first`, `after` and `totalCount`)', () => {
    const lists = Object.values(schema.getQueryType()!.getFields())
      .filter((f) => !f.deprecationReason)
      .filter((f) => {
        const type = isNonNullType(f.type) ? f.type.ofType : f.type;
        return isListType(type) && isObjectType(getNamedType(type));
      })
      .map((f) => f.name)
      .filter((name) => !(name in BOUNDED_LISTS));
    expect(lists).toEqual([]);
    const connections = fieldsOf(schema).filter(({ field }) =>
      getNamedType(field.type).name.endsWith('Connection'),
    );
    const wrong = connections
      .filter(({ field }) => !['first', 'after'].every((a) => field.args.some((x) => x.name === a)))
      .map(({ coordinate }) => coordinate);
    expect(wrong).toEqual([]);
  });

  it('deprecates with the replacement and a removal date', () => {
    const reasons = [
      ...fieldsOf(schema).map(({ coordinate, field }) => [coordinate, field.deprecationReason]),
      ...argumentsOf(schema).map(({ coordinate, arg }) => [coordinate, arg.deprecationReason]),
      ...inputFieldsOf(schema).map(({ coordinate, field }) => [
        coordinate,
        field.deprecationReason,
      ]),
    ].filter((pair): pair is [string, string] => !!pair[1]);
    const wrong = reasons
      .filter(([, reason]) => !/Removed after \d{4}-\d{2}-\d{2}\.?$/.test(reason))
      .map(([coordinate, reason]) => `${coordinate}: ${reason}`);
    expect(wrong).toEqual([]);
  });
});
