import { Api } from '../../support/api';
import { ACTIVE_OF_C, Operation, outcome } from '../../support/matrix';
import { World } from '../../support/world';

/** A fresh question of A (asked by A's owner) in C; answered and published when asked to. */
async function questionOfA(
  t: Api,
  w: World,
  stage: 'open' | 'answered' | 'published' = 'open',
): Promise<string> {
  const asked = await t.ok<{ askQuestion: { id: string } }>(
    `mutation($c: ID!) { askQuestion(collaborationId: $c, input: { body: "Una pregunta privada" }) { id } }`,
    { c: w.collaborationId },
    w.ownerA,
  );
  const id = asked.askQuestion.id;
  if (stage === 'open') return id;
  await t.ok(
    `mutation($id: ID!) { answerQuestion(questionId: $id, input: { answer: "Una respuesta" }) { id } }`,
    { id },
    w.users.facilitator,
  );
  if (stage === 'answered') return id;
  await t.ok(
    `mutation($id: ID!) { publishQuestion(questionId: $id, input: { question: "Pregunta", answer: "Respuesta" }) { id } }`,
    { id },
    w.users.facilitator,
  );
  return id;
}

/** The operations of libs/inquiry in the authorization matrix (see authorization-matrix.e2e-spec.ts). */
export const INQUIRY_MATRIX: Record<string, Operation> = {
  // --- Queries ---------------------------------------------------------------------------
  questions: {
    // Only the asking organization (both roles of A) and the facilitator: never another party.
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) => {
      const id = await questionOfA(t, w);
      return outcome(
        await t.gql(
          `query($c: ID!) { questions(collaborationId: $c, first: 100) { nodes { id } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.questions.nodes.some((q: { id: string }) => q.id === id),
      );
    },
  },
  question: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($id: ID!) { question(id: $id) { id body } }`,
          {
            id: await questionOfA(t, w),
          },
          as,
        ),
      ),
  },
  publishedAnswers: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) => {
      await questionOfA(t, w, 'published');
      return outcome(
        await t.gql(
          `query($c: ID!) { publishedAnswers(collaborationId: $c, first: 1) { nodes { id question } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.publishedAnswers.nodes.length > 0,
      );
    },
  },

  // --- Mutations -------------------------------------------------------------------------
  askQuestion: {
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!) { askQuestion(collaborationId: $c, input: { body: "¿Puedo?" }) { id } }`,
          { c: w.collaborationId },
          as,
        ),
      ),
  },
  answerQuestion: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { answerQuestion(questionId: $id, input: { answer: "Sí" }) { id } }`,
          { id: await questionOfA(t, w) },
          as,
        ),
      ),
  },
  publishQuestion: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { publishQuestion(questionId: $id, input: { question: "Q", answer: "A" }) { id } }`,
          { id: await questionOfA(t, w, 'answered') },
          as,
        ),
      ),
  },
  unpublishQuestion: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { unpublishQuestion(questionId: $id) { id } }`,
          { id: await questionOfA(t, w, 'published') },
          as,
        ),
      ),
  },
};
