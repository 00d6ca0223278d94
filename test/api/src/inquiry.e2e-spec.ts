import { Api, GqlResponse, TestUser } from '../support/api';

const QUESTION_FIELDS = `id collaborationId askerOrganizationId askerOrganizationName askedByName subject body
  status answer answeredAt askedAt publication { id collaborationId question answer publishedAt }`;
const ASK = `mutation($c: ID!, $input: AskQuestionInput!) { askQuestion(collaborationId: $c, input: $input) { ${QUESTION_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerQuestion(questionId: $id, input: { answer: $answer }) { ${QUESTION_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $q: String!, $a: String!) { publishQuestion(questionId: $id, input: { question: $q, answer: $a }) { ${QUESTION_FIELDS} } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishQuestion(questionId: $id) { ${QUESTION_FIELDS} } }`;
const QUESTIONS = `query($c: ID!, $status: QuestionStatus) { questions(collaborationId: $c, status: $status, first: 100) { totalCount nodes { ${QUESTION_FIELDS} } } }`;
const QUESTION = `query($id: ID!) { question(id: $id) { ${QUESTION_FIELDS} } }`;
const PUBLISHED = `query($c: ID!) { publishedAnswers(collaborationId: $c, first: 100) { totalCount nodes { id collaborationId question answer publishedAt } } }`;
const NOTIFICATIONS = `{ notifications(first: 100) { nodes { kind title payload collaborationId } } }`;
const AUDIT = `query($c: ID!) { auditLog(collaborationId: $c, first: 100) { nodes { action actorUserId subjectType subjectId organizationId counterpartOrganizationId payload } } }`;

const BODY =
  '¿Podemos contar a los demás que nuestro proveedor de harina nos cobra 0,62 €/kg sin que se sepa que somos nosotros?';
const ANSWER_TEXT = 'Sí: lo publicaré como dato agregado, sin vuestro nombre.';
const PUBLISHED_QUESTION = '¿Se puede compartir un precio de compra sin identificar a quien lo da?';
const PUBLISHED_ANSWER = 'Sí: la facilitación lo publica como dato agregado, sin nombres.';

const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions.code;

/** Private questions to the facilitator and their anonymised publication. */
describe('inquiry (private Q&A with the facilitator)', () => {
  const t = new Api();
  let facilitator: TestUser;
  let asker: TestUser; // a member (not owner) of A
  const owners: Record<'A' | 'B' | 'C' | 'I' | 'X', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C' | 'I' | 'X', string> = {} as never;
  let orgAName = '';
  let c: string;
  let other: string;

  beforeAll(async () => {
    facilitator = await t.facilitator('inquiry');
    c = await t.collaboration(facilitator, 'Preguntas');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of ['A', 'B', 'C', 'I'] as const) {
      owners[key] = await t.user(`inquiry-${key}`);
      orgs[key] = await t.organization(owners[key], `Inquiry ${key}`);
      const participation = await t.invite(facilitator, c, orgs[key]);
      if (key !== 'I') await t.acceptGroundRules(owners[key], participation, rules.id);
    }
    asker = await t.user('MarianaPreguntona');
    await t.addMember(owners.A, orgs.A, asker);
    orgAName = (
      await t.ok<{ organization: { name: string } }>(
        `query($id: ID!) { organization(id: $id) { name } }`,
        { id: orgs.A },
        owners.A,
      )
    ).organization.name;

    const otherFacilitator = await t.facilitator('inquiry-other');
    other = await t.collaboration(otherFacilitator, 'Otra');
    const otherRules = await t.publishGroundRules(otherFacilitator, other);
    owners.X = await t.user('inquiry-X');
    orgs.X = await t.organization(owners.X, 'Inquiry X');
    await t.acceptGroundRules(
      owners.X,
      await t.invite(otherFacilitator, other, orgs.X),
      otherRules.id,
    );
  });

  const ask = async (as: TestUser, body = BODY, subject: string | null = 'Precio de la harina') =>
    (await t.ok(ASK, { c, input: { subject, body } }, as)).askQuestion;
  const countQuestions = async (as: TestUser) =>
    (await t.ok(QUESTIONS, { c }, as)).questions.totalCount as number;

  it('keeps a question between the asking organization and the facilitator', async () => {
    const question = await ask(asker);
    expect(question).toMatchObject({
      collaborationId: c,
      askerOrganizationId: orgs.A,
      askerOrganizationName: orgAName,
      askedByName: 'MarianaPreguntona',
      subject: 'Precio de la harina',
      body: BODY,
      status: 'OPEN',
      answer: null,
      answeredAt: null,
      publication: null,
    });

    // The facilitator sees who asked, and was told.
    const inbox = await t.ok(QUESTIONS, { c, status: 'OPEN' }, facilitator);
    expect(inbox.questions.nodes.map((q: { id: string }) => q.id)).toContain(question.id);
    expect((await t.ok(QUESTION, { id: question.id }, facilitator)).question).toEqual(question);
    const told = (await t.ok(NOTIFICATIONS, {}, facilitator)).notifications.nodes;
    expect(told).toContainEqual({
      kind: 'INQUIRY_ASKED',
      title: 'New private question: "Precio de la harina"',
      payload: JSON.stringify({ questionId: question.id }),
      collaborationId: c,
    });

    // The asking organization's other members see it too (the owner of A).
    expect((await t.ok(QUESTION, { id: question.id }, owners.A)).question.body).toBe(BODY);

    // Another participant sees nothing of it: an empty list, and no such question.
    for (const bystander of [owners.B, owners.C]) {
      expect(await t.ok(QUESTIONS, { c }, bystander)).toEqual({
        questions: { totalCount: 0, nodes: [] },
      });
      expect(codeOf(await t.gql(QUESTION, { id: question.id }, bystander))).toBe('NOT_FOUND');
    }
    // Nor does a participant of another collaboration, nor an invited organization.
    expect(codeOf(await t.gql(QUESTION, { id: question.id }, owners.X))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(QUESTION, { id: question.id }, owners.I))).toBe('NOT_FOUND');
  });

  it('lets only the facilitator answer, in private, and tells the asking organization', async () => {
    const question = await ask(asker, 'Una pregunta que responder', null);
    for (const who of [asker, owners.A, owners.B]) {
      expect(codeOf(await t.gql(ANSWER, { id: question.id, answer: 'No' }, who))).toBe('FORBIDDEN');
    }
    const answered = (await t.ok(ANSWER, { id: question.id, answer: ANSWER_TEXT }, facilitator))
      .answerQuestion;
    expect(answered).toMatchObject({ status: 'ANSWERED', answer: ANSWER_TEXT, publication: null });
    expect(answered.answeredAt).toEqual(expect.any(String));

    const seen = (await t.ok(QUESTION, { id: question.id }, asker)).question;
    expect(seen).toMatchObject({ status: 'ANSWERED', answer: ANSWER_TEXT });
    const aNotices = (await t.ok(NOTIFICATIONS, {}, owners.A)).notifications.nodes;
    expect(aNotices).toContainEqual({
      kind: 'INQUIRY_ANSWERED',
      title: 'The facilitator answered your question: "Una pregunta que responder"',
      payload: JSON.stringify({ questionId: question.id }),
      collaborationId: c,
    });
    const bNotices = (await t.ok(NOTIFICATIONS, {}, owners.B)).notifications.nodes;
    expect(bNotices.filter((n: { kind: string }) => n.kind.startsWith('inquiry.'))).toEqual([]);

    // Until it is published, the facilitator may change the answer.
    const changed = await t.ok(ANSWER, { id: question.id, answer: 'Mejor: sí.' }, facilitator);
    expect(changed.answerQuestion).toMatchObject({ status: 'ANSWERED', answer: 'Mejor: sí.' });
  });

  it('publishes an anonymised version that no one can trace to the asker', async () => {
    const question = await ask(asker);
    await t.ok(ANSWER, { id: question.id, answer: ANSWER_TEXT }, facilitator);
    // The private question copied over as it was written is refused, naming the field.
    for (const copied of [BODY, `Precio de la harina\n\n${BODY}`, `  ${BODY.toUpperCase()} `]) {
      const refused = await t.gql(
        PUBLISH,
        { id: question.id, q: copied, a: PUBLISHED_ANSWER },
        facilitator,
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'input.question', rule: 'repeatsPrivate' },
      });
    }
    expect((await t.ok(QUESTION, { id: question.id }, facilitator)).question.status).toBe(
      'ANSWERED',
    );
    const published = (
      await t.ok(
        PUBLISH,
        { id: question.id, q: `  ${PUBLISHED_QUESTION} `, a: PUBLISHED_ANSWER },
        facilitator,
      )
    ).publishQuestion;
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      answer: ANSWER_TEXT, // the private answer stays as it was
      publication: { collaborationId: c, question: PUBLISHED_QUESTION, answer: PUBLISHED_ANSWER },
    });
    const publicationId: string = published.publication.id;

    // The asking organization sees that its question was published, and how.
    expect((await t.ok(QUESTION, { id: question.id }, asker)).question).toMatchObject({
      status: 'PUBLISHED',
      publication: { id: publicationId, question: PUBLISHED_QUESTION, answer: PUBLISHED_ANSWER },
    });

    // Every active participant reads it, and the same notice reached every one of them.
    const notice = {
      kind: 'INQUIRY_PUBLISHED',
      title: `New answer for everyone: "${PUBLISHED_QUESTION}"`,
      payload: JSON.stringify({ publishedAnswerId: publicationId }),
      collaborationId: c,
    };
    for (const who of [owners.A, asker, owners.B, owners.C]) {
      const list = (await t.ok(PUBLISHED, { c }, who)).publishedAnswers.nodes;
      expect(list).toContainEqual({
        id: publicationId,
        collaborationId: c,
        question: PUBLISHED_QUESTION,
        answer: PUBLISHED_ANSWER,
        publishedAt: expect.any(String),
      });
      expect((await t.ok(NOTIFICATIONS, {}, who)).notifications.nodes).toContainEqual(notice);
    }
    expect((await t.ok(PUBLISHED, { c }, facilitator)).publishedAnswers.totalCount).toBe(1);
    // Not the invited organization, nor another collaboration's participant.
    expect(await t.ok(PUBLISHED, { c }, owners.I)).toEqual({
      publishedAnswers: { totalCount: 0, nodes: [] },
    });
    expect((await t.ok(PUBLISHED, { c }, owners.X)).publishedAnswers.totalCount).toBe(0);

    // B and C: nothing in any answer they can get names A, its member, or the private texts.
    const traces = [
      orgs.A,
      orgAName,
      'MarianaPreguntona',
      asker.id,
      question.id,
      BODY,
      ANSWER_TEXT,
    ];
    for (const bystander of [owners.B, owners.C]) {
      const responses = [
        await t.gql(PUBLISHED, { c }, bystander),
        await t.gql(QUESTIONS, { c }, bystander),
        await t.gql(QUESTIONS, { c, status: 'PUBLISHED' }, bystander),
        await t.gql(QUESTION, { id: question.id }, bystander),
        await t.gql(NOTIFICATIONS, {}, bystander),
        await t.gql(AUDIT, { c }, bystander),
      ];
      for (const res of responses) {
        const json = JSON.stringify({ data: res.data, errors: res.errors });
        for (const trace of traces) expect(json.toLowerCase()).not.toContain(trace.toLowerCase());
      }
    }

    // A published answer is frozen; publishing twice is refused.
    expect(codeOf(await t.gql(ANSWER, { id: question.id, answer: 'Otra' }, facilitator))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(await t.gql(PUBLISH, { id: question.id, q: 'Q', a: 'A' }, facilitator))).toBe(
      'INVALID_TRANSITION',
    );
    // Only the facilitator publishes.
    const other = await ask(asker, 'Otra pregunta');
    await t.ok(ANSWER, { id: other.id, answer: 'Respuesta' }, facilitator);
    for (const who of [asker, owners.B]) {
      expect(codeOf(await t.gql(PUBLISH, { id: other.id, q: 'Q', a: 'A' }, who))).toBe('FORBIDDEN');
    }
  });

  it('records each step in the audit trail of the asking organization only', async () => {
    const question = await ask(asker, 'Una pregunta auditada');
    await t.ok(ANSWER, { id: question.id, answer: 'Respuesta' }, facilitator);
    const published = await t.ok(
      PUBLISH,
      { id: question.id, q: 'Pregunta', a: 'Respuesta' },
      facilitator,
    );
    await t.ok(UNPUBLISH, { id: question.id }, facilitator);
    const trail = async (as: TestUser) =>
      (
        (await t.ok(AUDIT, { c }, as)).auditLog.nodes as {
          action: string;
          subjectId: string;
          organizationId: string | null;
          actorUserId: string | null;
          payload: string;
        }[]
      ).filter((r) => r.subjectId === question.id);
    const forA = await trail(owners.A);
    expect(forA.map((r) => r.action)).toEqual([
      'INQUIRY_WITHDRAWN',
      'INQUIRY_PUBLISHED',
      'INQUIRY_ANSWERED',
      'INQUIRY_ASKED',
    ]);
    expect(forA.every((r) => r.organizationId === orgs.A)).toBe(true);
    expect(forA[3]?.actorUserId).toBe(asker.id);
    expect(JSON.parse(forA[1]!.payload)).toMatchObject({
      publishedAnswerId: published.publishQuestion.publication.id,
    });
    // No private text in the payloads: content hashes only.
    expect(forA.map((r) => r.payload).join(' ')).not.toContain('Una pregunta auditada');
    expect((await trail(facilitator)).map((r) => r.action)).toEqual(forA.map((r) => r.action));
    expect(await trail(owners.B)).toEqual([]);
  });

  it('withdraws a publication: participants no longer see it, the private answer stays', async () => {
    const question = await ask(asker, 'Una pregunta que se retira');
    await t.ok(ANSWER, { id: question.id, answer: 'Respuesta privada' }, facilitator);
    expect(codeOf(await t.gql(UNPUBLISH, { id: question.id }, facilitator))).toBe(
      'INVALID_TRANSITION',
    ); // not published yet
    const published = await t.ok(
      PUBLISH,
      { id: question.id, q: 'Pregunta retirada', a: 'Respuesta' },
      facilitator,
    );
    const publicationId = published.publishQuestion.publication.id;
    expect(codeOf(await t.gql(UNPUBLISH, { id: question.id }, owners.B))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UNPUBLISH, { id: question.id }, asker))).toBe('FORBIDDEN');
    const withdrawn = (await t.ok(UNPUBLISH, { id: question.id }, facilitator)).unpublishQuestion;
    expect(withdrawn).toMatchObject({
      status: 'ANSWERED',
      answer: 'Respuesta privada',
      publication: null,
    });
    const list = (await t.ok(PUBLISHED, { c }, owners.B)).publishedAnswers.nodes;
    expect(list.map((p: { id: string }) => p.id)).not.toContain(publicationId);
    // It can be published again, as a new publication.
    const again = await t.ok(PUBLISH, { id: question.id, q: 'Otra vez', a: 'Sí' }, facilitator);
    expect(again.publishQuestion.publication.id).not.toBe(publicationId);
  });

  it('refuses bad input and an unanswered publication with a clear code, writing nothing', async () => {
    const before = await countQuestions(facilitator);
    const empty = await t.gql(ASK, { c, input: { body: '   ' } }, asker);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const tooLong = await t.gql(ASK, { c, input: { body: 'x'.repeat(20_001) } }, asker);
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    const longSubject = await t.gql(
      ASK,
      { c, input: { subject: 's'.repeat(201), body: 'Ok' } },
      asker,
    );
    expect(codeOf(longSubject)).toBe('BAD_USER_INPUT');
    expect(await countQuestions(facilitator)).toBe(before);
    // The longest allowed text goes through.
    const longest = await ask(asker, 'x'.repeat(20_000), 's'.repeat(200));
    expect(longest.body).toHaveLength(20_000);

    const open = await ask(asker, 'Aún sin respuesta');
    const publishedBefore = (await t.ok(PUBLISHED, { c }, facilitator)).publishedAnswers.totalCount;
    const unanswered = await t.gql(PUBLISH, { id: open.id, q: 'Q', a: 'A' }, facilitator);
    expect(unanswered.errors?.[0]).toMatchObject({
      message: 'Answer the question before publishing it.',
      extensions: { code: 'INVALID_TRANSITION' },
    });
    expect((await t.ok(PUBLISHED, { c }, facilitator)).publishedAnswers.totalCount).toBe(
      publishedBefore,
    );
    expect((await t.ok(QUESTION, { id: open.id }, asker)).question.status).toBe('OPEN');

    const emptyAnswer = await t.gql(ANSWER, { id: open.id, answer: ' ' }, facilitator);
    expect(codeOf(emptyAnswer)).toBe('BAD_USER_INPUT');
    await t.ok(ANSWER, { id: open.id, answer: 'Ya' }, facilitator);
    const emptyPublished = await t.gql(PUBLISH, { id: open.id, q: ' ', a: 'A' }, facilitator);
    expect(codeOf(emptyPublished)).toBe('BAD_USER_INPUT');
    expect((await t.ok(QUESTION, { id: open.id }, asker)).question.status).toBe('ANSWERED');
    expect(codeOf(await t.gql(QUESTION, { id: 'not-an-id' }, asker))).toBe('BAD_USER_INPUT');
  });

  it('lets only members of an active participant ask', async () => {
    const input = { body: '¿Puedo preguntar?' };
    // An invited organization that has not accepted yet.
    expect(codeOf(await t.gql(ASK, { c, input }, owners.I))).toBe('FORBIDDEN');
    // A participant of another collaboration does not even see this one.
    expect(codeOf(await t.gql(ASK, { c, input }, owners.X))).toBe('NOT_FOUND');
    // The facilitator answers; it does not ask.
    expect(codeOf(await t.gql(ASK, { c, input }, facilitator))).toBe('FORBIDDEN');
    // A member cannot ask in the name of another organization.
    expect(
      codeOf(await t.gql(ASK, { c, input: { ...input, organizationId: orgs.B } }, asker)),
    ).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ASK, { c, input }, null))).toBe('UNAUTHENTICATED');
    // X asks in its own collaboration; this one's facilitator never sees it.
    const own = (await t.ok(ASK, { c: other, input }, owners.X)).askQuestion;
    expect(codeOf(await t.gql(QUESTION, { id: own.id }, facilitator))).toBe('NOT_FOUND');
  });
});
