import {
  ExportColumn,
  ExportLanguage,
  ExportOptions,
  formatWallDateTime,
  PdfWriter,
  wallClock,
} from '@alianza/export';
import { FinalStatementContent } from './final-statement-content';

/** The words of the final statement's PDF, Spanish first. */
const es = {
  title: 'Balance final',
  closedAt: 'Cerrada el {{date}}',
  objective: 'Objetivo de la colaboración',
  override: 'Se cerró sin todas las evaluaciones. Motivo: {{reason}}',
  missing: 'No evaluaron: {{names}}',
  balances: 'Debe y haber por organización',
  balancesIntro: 'Aportaciones confirmadas al cerrar: lo que cada organización dio y recibió.',
  organization: 'Organización',
  given: 'Dado',
  received: 'Recibido',
  net: 'Saldo',
  pairs: 'Entre organizaciones',
  giver: 'Da',
  receiver: 'Recibe',
  value: 'Valor',
  wholeCollaboration: 'Toda la colaboración',
  noBalances: 'No hubo aportaciones confirmadas.',
  points: 'puntos',
  plan: 'Resultado del plan',
  milestones: 'Hitos hechos: {{done}} de {{total}}',
  indicator: 'Indicador',
  baseline: 'Base',
  target: 'Meta',
  current: 'Al cerrar',
  progress: 'Avance',
  noIndicators: 'El plan no tenía indicadores.',
  evaluations: 'Evaluaciones',
  evaluationCount: 'Organizaciones que evaluaron: {{count}}',
  objectiveRatings: 'Valoración de los objetivos (media de 1 a 5)',
  peerRatings: 'Valoración que recibió cada organización (media de 1 a 5)',
  ratings: 'Valoraciones',
  average: 'Media',
  noRatings: 'Sin valoraciones.',
  assessment: 'Valoración de la facilitación',
  seal: 'Sello',
  sealIntro: 'Huella SHA-256 del contenido guardado al cerrar:',
  sealHow:
    'Cómo comprobarlo: este PDF lleva adjunto el contenido guardado (balance-final.json, en el panel de adjuntos del lector de PDF). Calcula su SHA-256 con cualquier herramienta (en Linux o Mac: sha256sum; en Windows: certutil -hashfile balance-final.json SHA256) y compáralo con el sello de arriba. Si coinciden, el contenido es el mismo que se guardó al cerrar: nadie lo ha cambiado. Si cambiara una sola cifra, la huella sería otra. La API da el mismo contenido en el campo content del balance final (finalStatement); su huella se calcula sobre el JSON con las claves ordenadas alfabéticamente y sin espacios.',
  unknownOrganization: 'Organización no visible',
  attachment: 'Contenido del balance final, tal como se selló (JSON canónico).',
};

type Words = typeof es;

const en: Words = {
  title: 'Final statement',
  closedAt: 'Closed on {{date}}',
  objective: 'Objective of the collaboration',
  override: 'Closed without every evaluation. Reason: {{reason}}',
  missing: 'Did not evaluate: {{names}}',
  balances: 'Give and take per organization',
  balancesIntro: 'Contributions confirmed when closing: what each organization gave and received.',
  organization: 'Organization',
  given: 'Given',
  received: 'Received',
  net: 'Balance',
  pairs: 'Between organizations',
  giver: 'Gives',
  receiver: 'Receives',
  value: 'Value',
  wholeCollaboration: 'The whole collaboration',
  noBalances: 'There were no confirmed contributions.',
  points: 'points',
  plan: 'Plan outcome',
  milestones: 'Milestones done: {{done}} of {{total}}',
  indicator: 'Indicator',
  baseline: 'Baseline',
  target: 'Target',
  current: 'When closing',
  progress: 'Progress',
  noIndicators: 'The plan had no indicators.',
  evaluations: 'Evaluations',
  evaluationCount: 'Organizations that evaluated: {{count}}',
  objectiveRatings: 'Rating of the objectives (mean, 1 to 5)',
  peerRatings: 'Rating each organization received (mean, 1 to 5)',
  ratings: 'Ratings',
  average: 'Mean',
  noRatings: 'No ratings.',
  assessment: 'Facilitator’s assessment',
  seal: 'Seal',
  sealIntro: 'SHA-256 fingerprint of the content stored when closing:',
  sealHow:
    'How to check it: this PDF carries the stored content as an attachment (balance-final.json, in the attachments panel of your PDF reader). Compute its SHA-256 with any tool (on Linux or Mac: sha256sum; on Windows: certutil -hashfile balance-final.json SHA256) and compare it with the seal above. If they match, the content is the one stored when closing: no one has changed it. Had a single figure changed, the fingerprint would be different. The API gives the same content in the final statement’s content field; its fingerprint is computed over the JSON with keys sorted alphabetically and no spaces.',
  unknownOrganization: 'Organization not visible',
  attachment: 'The final statement’s content, as sealed (canonical JSON).',
};

const WORDS: Record<ExportLanguage, Words> = { es, en };

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** Mean of ratings with one decimal, as the report gives them. */
const mean = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

/** Mean rating per objective and per rated organization, from the statement's evaluations. */
export function statementRatings(content: FinalStatementContent): {
  objectives: { id: string; title: string; ratings: number; average: number | null }[];
  peers: { organizationId: string; ratings: number; average: number | null }[];
} {
  const objectiveRatings = content.evaluations.flatMap((e) => e.objectiveRatings);
  const peerRatings = content.evaluations.flatMap((e) => e.peerRatings);
  const rated = [...new Set(peerRatings.map((r) => r.organizationId))];
  return {
    objectives: content.plan.objectives.map((o) => {
      const values = objectiveRatings.filter((r) => r.objectiveId === o.id).map((r) => r.rating);
      return { id: o.id, title: o.title, ratings: values.length, average: mean(values) };
    }),
    peers: rated.map((organizationId) => {
      const values = peerRatings
        .filter((r) => r.organizationId === organizationId)
        .map((r) => r.rating);
      return { organizationId, ratings: values.length, average: mean(values) };
    }),
  };
}

export interface FinalStatementPdfInput {
  content: FinalStatementContent;
  /** SHA-256 of the canonical content, as stored. */
  hash: string;
  /** The canonical content the hash is of (attached to the PDF). */
  canonicalContent: string;
  closedAt: Date;
  overrideReason: string | null;
  /** Names of the organizations the reader may see, by id. */
  names: Map<string, string>;
  /** The ledger's currency; null: points. */
  currency: string | null;
}

/**
 * The sealed final statement as a PDF for people: the "debe y haber" per organization and per
 * pair, the plan's outcome, a summary of the evaluations, and the seal with how to check it. The
 * stored content travels inside as an attachment, so the seal can be checked from the file alone.
 */
export async function finalStatementPdf(
  input: FinalStatementPdfInput,
  options: ExportOptions,
): Promise<Uint8Array> {
  const w = WORDS[options.language];
  const { content } = input;
  const name = (id: string | null) =>
    id === null ? w.wholeCollaboration : (input.names.get(id) ?? w.unknownOrganization);
  const amount = (header: string): ExportColumn => ({
    header,
    kind: 'money',
    currency: input.currency,
    unit: input.currency ? undefined : w.points,
  });
  const pdf = await PdfWriter.create({
    ...options,
    title: `${w.title}: ${content.collaboration.title}`,
  });
  pdf.title(
    `${w.title}: ${content.collaboration.title}`,
    fill(w.closedAt, {
      date: formatWallDateTime(wallClock(input.closedAt, options.timeZone)),
    }),
  );
  if (content.collaboration.objective) pdf.pairs([[w.objective, content.collaboration.objective]]);
  if (input.overrideReason) {
    pdf.paragraph(fill(w.override, { reason: input.overrideReason }));
    if (content.missingEvaluations.length)
      pdf.paragraph(fill(w.missing, { names: content.missingEvaluations.map(name).join(', ') }));
  }

  pdf.heading(w.balances).paragraph(w.balancesIntro);
  pdf.table(
    {
      name: w.balances,
      columns: [
        { header: w.organization, kind: 'text' },
        amount(w.given),
        amount(w.received),
        amount(w.net),
      ],
      rows: content.balances.organizations.map((b) => [
        name(b.organizationId),
        b.given,
        b.received,
        b.net,
      ]),
    },
    w.noBalances,
  );
  if (content.balances.pairs.length) {
    pdf.heading(w.pairs).table({
      name: w.pairs,
      columns: [
        { header: w.giver, kind: 'text' },
        { header: w.receiver, kind: 'text' },
        amount(w.value),
      ],
      rows: content.balances.pairs.map((p) => [
        name(p.giverOrganizationId),
        name(p.receiverOrganizationId),
        p.value,
      ]),
    });
  }

  pdf.heading(w.plan).paragraph(
    fill(w.milestones, {
      done: content.plan.milestonesDone,
      total: content.plan.milestonesTotal,
    }),
  );
  const indicators = content.plan.objectives.flatMap((o) =>
    o.indicators.map((i) => [
      `${o.title} / ${i.name}${i.unit ? ` (${i.unit})` : ''}`,
      i.baseline,
      i.target,
      i.current,
      i.progressPercent,
    ]),
  );
  pdf.table(
    {
      name: w.plan,
      columns: [
        { header: w.indicator, kind: 'text' },
        { header: w.baseline, kind: 'number' },
        { header: w.target, kind: 'number' },
        { header: w.current, kind: 'number' },
        { header: w.progress, kind: 'percent' },
      ],
      rows: indicators,
    },
    w.noIndicators,
  );

  const ratings = statementRatings(content);
  const participants = content.evaluations.filter((e) => e.organizationId !== null);
  pdf.heading(w.evaluations).paragraph(fill(w.evaluationCount, { count: participants.length }));
  const ratingColumns = (header: string): ExportColumn[] => [
    { header, kind: 'text' },
    { header: w.ratings, kind: 'integer' },
    { header: w.average, kind: 'number', decimals: 1 },
  ];
  pdf.paragraph(w.objectiveRatings).table(
    {
      name: w.objectiveRatings,
      columns: ratingColumns(w.objective),
      rows: ratings.objectives.map((o) => [o.title, o.ratings, o.average]),
    },
    w.noRatings,
  );
  pdf.paragraph(w.peerRatings).table(
    {
      name: w.peerRatings,
      columns: ratingColumns(w.organization),
      rows: ratings.peers.map((p) => [name(p.organizationId), p.ratings, p.average]),
    },
    w.noRatings,
  );
  const assessment = content.evaluations.find((e) => e.organizationId === null)?.assessment;
  if (assessment) pdf.pairs([[w.assessment, assessment]]);

  pdf.heading(w.seal).paragraph(w.sealIntro).code(input.hash).paragraph(w.sealHow);
  await pdf.attach(Buffer.from(input.canonicalContent, 'utf8'), 'balance-final.json', {
    mimeType: 'application/json',
    description: w.attachment,
  });
  return pdf.save();
}
