import type { Locale, MailContent } from '@alianza/mail';
import { NotificationKind } from '@alianza/shared';

interface KindTexts {
  /** What happened, as a heading (and the digest's label of the kind). */
  title: string;
  /** What happened, as a sentence that names nothing of the content. */
  sentence: string;
}

/**
 * What each kind says by email, in each language. Only what happened: never the item, task,
 * question or round it is about (their titles and texts are the parties' information, and an
 * email leaves the platform), never who did it. The app shows the rest to whoever signs in.
 */
const KINDS: Record<Locale, Record<NotificationKind, KindTexts>> = {
  es: {
    [NotificationKind.DISCLOSURE_PENDING]: {
      title: 'Nueva solicitud para compartir',
      sentence: 'Una organización pidió compartir información y espera tu decisión.',
    },
    [NotificationKind.DISCLOSURE_DECIDED]: {
      title: 'Decisión sobre tu solicitud',
      sentence: 'Hay una decisión sobre una de tus solicitudes para compartir información.',
    },
    [NotificationKind.GRANT_RECEIVED]: {
      title: 'Han compartido información contigo',
      sentence: 'Otra organización compartió información con la tuya.',
    },
    [NotificationKind.GRANT_REVOKED]: {
      title: 'Se retiró un acceso',
      sentence: 'Se retiró el acceso a información que habían compartido con tu organización.',
    },
    [NotificationKind.LEDGER_TO_CONFIRM]: {
      title: 'Confirma una aportación recibida',
      sentence:
        'Se declaró una aportación a tu organización: confírmala o indica que no la recibiste.',
    },
    [NotificationKind.LEDGER_DISPUTED]: {
      title: 'Aportación en disputa',
      sentence: 'Una aportación del balance está en disputa y espera tu decisión.',
    },
    [NotificationKind.LEDGER_PLEDGE_OVERDUE]: {
      title: 'Compromiso vencido',
      sentence: 'Venció la fecha de un compromiso de aportación.',
    },
    [NotificationKind.PLAN_OVERDUE]: {
      title: 'Tarea o hito vencido',
      sentence: 'Venció la fecha de una tarea o de un hito del plan de acción.',
    },
    [NotificationKind.PLAN_PROPOSAL]: {
      title: 'Nueva propuesta para el plan',
      sentence: 'Hay una propuesta nueva para el plan de acción.',
    },
    [NotificationKind.PLAN_TASK_ASSIGNED]: {
      title: 'Tarea asignada',
      sentence: 'Se asignó a tu organización una tarea del plan de acción.',
    },
    [NotificationKind.ACTIVITY_DECLARATION_CHANGED]: {
      title: 'Revisa tu declaración de actividad',
      sentence: 'La facilitación cambió las listas de actividad: revisa lo que declaraste.',
    },
    [NotificationKind.INQUIRY_ASKED]: {
      title: 'Nueva pregunta privada',
      sentence: 'Una organización hizo una pregunta privada a la facilitación.',
    },
    [NotificationKind.INQUIRY_ANSWERED]: {
      title: 'Respondieron vuestra pregunta',
      sentence: 'La facilitación respondió una pregunta de tu organización.',
    },
    [NotificationKind.INQUIRY_PUBLISHED]: {
      title: 'Nueva respuesta para todos',
      sentence: 'La facilitación publicó una respuesta para todas las organizaciones.',
    },
    [NotificationKind.BENCHMARK_OPEN]: {
      title: 'Ronda de benchmarking abierta',
      sentence: 'Se abrió una ronda de benchmarking: envía el valor de tu organización.',
    },
    [NotificationKind.BENCHMARK_CLOSED]: {
      title: 'Ronda de benchmarking cerrada',
      sentence: 'Se cerró una ronda de benchmarking.',
    },
    [NotificationKind.BENCHMARK_PUBLISHED]: {
      title: 'Resultados de benchmarking publicados',
      sentence: 'Se publicaron los resultados de una ronda de benchmarking.',
    },
    [NotificationKind.WEBHOOK_PAUSED]: {
      title: 'Webhook en pausa',
      sentence: 'Un webhook falló repetidamente y quedó en pausa hasta que lo reanudes.',
    },
  },
  en: {
    [NotificationKind.DISCLOSURE_PENDING]: {
      title: 'New disclosure request',
      sentence: 'An organization asked to share information and is waiting for your decision.',
    },
    [NotificationKind.DISCLOSURE_DECIDED]: {
      title: 'Decision on your request',
      sentence: 'There is a decision on one of your requests to share information.',
    },
    [NotificationKind.GRANT_RECEIVED]: {
      title: 'Information shared with you',
      sentence: 'Another organization shared information with yours.',
    },
    [NotificationKind.GRANT_REVOKED]: {
      title: 'An access was withdrawn',
      sentence: 'The access to information shared with your organization was withdrawn.',
    },
    [NotificationKind.LEDGER_TO_CONFIRM]: {
      title: 'Confirm a contribution received',
      sentence:
        'A contribution to your organization was declared: confirm it or say you did not receive it.',
    },
    [NotificationKind.LEDGER_DISPUTED]: {
      title: 'Contribution disputed',
      sentence: 'A contribution in the ledger is disputed and awaits your decision.',
    },
    [NotificationKind.LEDGER_PLEDGE_OVERDUE]: {
      title: 'Pledge overdue',
      sentence: 'A pledged contribution is past its date.',
    },
    [NotificationKind.PLAN_OVERDUE]: {
      title: 'Task or milestone overdue',
      sentence: 'A task or milestone of the action plan is past its date.',
    },
    [NotificationKind.PLAN_PROPOSAL]: {
      title: 'New plan proposal',
      sentence: 'There is a new proposal for the action plan.',
    },
    [NotificationKind.PLAN_TASK_ASSIGNED]: {
      title: 'Task assigned',
      sentence: 'A task of the action plan was assigned to your organization.',
    },
    [NotificationKind.ACTIVITY_DECLARATION_CHANGED]: {
      title: 'Review your activity declaration',
      sentence: 'The facilitator changed the activity lists: review what you declared.',
    },
    [NotificationKind.INQUIRY_ASKED]: {
      title: 'New private question',
      sentence: 'An organization asked the facilitator a private question.',
    },
    [NotificationKind.INQUIRY_ANSWERED]: {
      title: 'Your question was answered',
      sentence: 'The facilitator answered a question of your organization.',
    },
    [NotificationKind.INQUIRY_PUBLISHED]: {
      title: 'New answer for everyone',
      sentence: 'The facilitator published an answer for every organization.',
    },
    [NotificationKind.BENCHMARK_OPEN]: {
      title: 'Benchmark round open',
      sentence: "A benchmark round is open: submit your organization's value.",
    },
    [NotificationKind.BENCHMARK_CLOSED]: {
      title: 'Benchmark round closed',
      sentence: 'A benchmark round closed.',
    },
    [NotificationKind.BENCHMARK_PUBLISHED]: {
      title: 'Benchmark results published',
      sentence: 'The results of a benchmark round were published.',
    },
    [NotificationKind.WEBHOOK_PAUSED]: {
      title: 'Webhook paused',
      sentence: 'A webhook kept failing and is paused until you resume it.',
    },
  },
};

const TEXTS = {
  es: {
    open: 'Abrir en Alianza',
    privacy: 'Por seguridad, este correo no dice de qué se trata: entra en Alianza para verlo.',
    settings: (url: string) => `Elige qué avisos te llegan por correo y cuándo: ${url}`,
    unsubscribe: (title: string, url: string) =>
      `Dejar de recibir «${title}» por correo (lo seguirás viendo en la aplicación): ${url}`,
    reason: (title: string) =>
      `Recibes este correo porque tu cuenta de Alianza avisa por correo de «${title}» en cuanto ocurre.`,
    digestSubject: (n: number) =>
      n === 1
        ? 'Tu resumen diario de Alianza: 1 aviso'
        : `Tu resumen diario de Alianza: ${n} avisos`,
    digestHeading: 'Tu resumen diario',
    digestIntro: 'Esto es lo que ocurrió desde tu último resumen:',
    digestLine: (title: string, n: number, url: string) => `${title}: ${n} — ${url}`,
    digestReason:
      'Recibes este correo porque tu cuenta de Alianza reúne algunos avisos en un resumen diario.',
  },
  en: {
    open: 'Open in Alianza',
    privacy:
      'For your security this email does not say what it is about: sign in to Alianza to see it.',
    settings: (url: string) => `Choose which notifications reach you by email, and when: ${url}`,
    unsubscribe: (title: string, url: string) =>
      `Stop emails about “${title}” (you will still see them in the app): ${url}`,
    reason: (title: string) =>
      `You receive this email because your Alianza account emails you about “${title}” as it happens.`,
    digestSubject: (n: number) =>
      n === 1
        ? 'Your Alianza daily digest: 1 notification'
        : `Your Alianza daily digest: ${n} notifications`,
    digestHeading: 'Your daily digest',
    digestIntro: 'This is what happened since your last digest:',
    digestLine: (title: string, n: number, url: string) => `${title}: ${n} — ${url}`,
    digestReason:
      'You receive this email because your Alianza account gathers some notifications in a daily digest.',
  },
} as const;

/** The title of a kind in a language (the digest's labels, the unsubscribe page's). */
export const kindTitle = (locale: Locale, kind: NotificationKind): string =>
  KINDS[locale][kind].title;

/** One notification, by email at once. */
export function notificationMail(
  locale: Locale,
  p: { kind: NotificationKind; url: string; settingsUrl: string; unsubscribeUrl: string },
): MailContent {
  const t = TEXTS[locale];
  const { title, sentence } = KINDS[locale][p.kind];
  return {
    subject: title,
    heading: title,
    paragraphs: [sentence, t.privacy],
    action: { label: t.open, url: p.url },
    afterAction: [t.settings(p.settingsUrl), t.unsubscribe(title, p.unsubscribeUrl)],
    reason: t.reason(title),
  };
}

/** One line of a digest: how many notifications of a kind, where to see them, how to stop them. */
export interface DigestLine {
  kind: NotificationKind;
  count: number;
  url: string;
  unsubscribeUrl: string;
}

/** A day's notifications of the kinds a user gets daily, counted by kind, in one email. */
export function digestMail(
  locale: Locale,
  p: { lines: DigestLine[]; homeUrl: string; settingsUrl: string },
): MailContent {
  const t = TEXTS[locale];
  const total = p.lines.reduce((n, line) => n + line.count, 0);
  return {
    subject: t.digestSubject(total),
    heading: t.digestHeading,
    paragraphs: [
      t.digestIntro,
      ...p.lines.map((line) => t.digestLine(kindTitle(locale, line.kind), line.count, line.url)),
      t.privacy,
    ],
    action: { label: t.open, url: p.homeUrl },
    afterAction: [
      t.settings(p.settingsUrl),
      ...p.lines.map((line) => t.unsubscribe(kindTitle(locale, line.kind), line.unsubscribeUrl)),
    ],
    reason: t.digestReason,
  };
}
