import { defineMessages } from '@alianza/i18n';

export const benchmarksMessages = defineMessages(
  {
    title: 'Benchmarking',
    description:
      'Compara tus cifras con las del grupo sin que nadie vea las tuyas: envías tu valor en privado y, al cerrar, se publican solo agregados sobre al menos k empresas. Solo ven el resultado quienes enviaron su valor.',
    empty: 'Tu organización no participa en ninguna ronda de benchmarking de esta colaboración.',
    round: {
      opens: 'Abre el {{date}}',
      closes: 'Cierra el {{date}}',
      closedOn: 'Cerrada el {{date}}',
      k: 'Se publica solo si envían al menos {{k}} de las {{count}} empresas.',
      direction: {
        higher: 'Más alto es mejor.',
        lower: 'Más bajo es mejor.',
      },
      scheduled: 'Aún no admite valores.',
    },
    submit: {
      label: 'Tu valor',
      labelWithUnit: 'Tu valor ({{unit}})',
      send: 'Enviar valor',
      replace: 'Reemplazar valor',
      sent: 'Valor enviado',
      current: 'Enviaste {{value}} el {{date}}. Puedes reemplazarlo hasta el cierre.',
      required: 'Escribe un número.',
      notNegative: 'Esta métrica se suma entre empresas: no puede ser negativa.',
      privacyTitle: 'Quién ve tu valor',
      nobodyElse: 'Ninguna otra empresa verá tu valor, nunca.',
      facilitatorSees: 'La facilitación sí puede verlo: así se configuró esta ronda.',
      facilitatorDoesNot: 'Tampoco la facilitación: solo tu organización.',
    },
    result: {
      heading: 'Resultado',
      computing: 'La ronda ha cerrado: el resultado se está calculando.',
      notClosed: 'El resultado se publica al cerrar la ronda.',
      didNotSubmit:
        'Tu organización no envió su valor, así que no ve el resultado: solo lo ven quienes aportan («dar para recibir»).',
      withheld:
        'No se ha publicado ningún resultado: no se cumplieron las garantías de privacidad de la ronda (por ejemplo, no enviaron suficientes empresas).',
      published: 'Agregados de {{count}} empresas.',
      position: 'Tu posición: {{position}}',
      yourValue: 'Tu valor: {{value}}',
      firstQuartile: 'Primer cuartil (Q1)',
      median: 'Mediana',
      thirdQuartile: 'Tercer cuartil (Q3)',
      mean: 'Media',
      neverMinMax: 'Nunca se publican el mínimo, el máximo ni el valor de nadie.',
    },
  },
  {
    title: 'Benchmarking',
    description:
      'Compare your figures with the group’s without anyone seeing yours: you submit your value privately and, at closing, only aggregates over at least k companies are published. Only those who submitted see the outcome.',
    empty: 'Your organization takes part in no benchmark round of this collaboration.',
    round: {
      opens: 'Opens on {{date}}',
      closes: 'Closes on {{date}}',
      closedOn: 'Closed on {{date}}',
      k: 'Published only if at least {{k}} of the {{count}} companies submit.',
      direction: {
        higher: 'Higher is better.',
        lower: 'Lower is better.',
      },
      scheduled: 'It takes no values yet.',
    },
    submit: {
      label: 'Your value',
      labelWithUnit: 'Your value ({{unit}})',
      send: 'Submit value',
      replace: 'Replace value',
      sent: 'Value submitted',
      current: 'You submitted {{value}} on {{date}}. You may replace it until closing.',
      required: 'Enter a number.',
      notNegative: 'This metric adds up across companies: it cannot be negative.',
      privacyTitle: 'Who sees your value',
      nobodyElse: 'No other company will ever see your value.',
      facilitatorSees: 'The facilitator can see it: this round was set up so.',
      facilitatorDoesNot: 'Nor can the facilitator: only your organization.',
    },
    result: {
      heading: 'Outcome',
      computing: 'The round has closed: the outcome is being computed.',
      notClosed: 'The outcome is published when the round closes.',
      didNotSubmit:
        'Your organization did not submit its value, so it does not see the outcome: only contributors do (“give to get”).',
      withheld:
        'No outcome was published: the round’s privacy guarantees were not met (for example, not enough companies submitted).',
      published: 'Aggregates of {{count}} companies.',
      position: 'Your position: {{position}}',
      yourValue: 'Your value: {{value}}',
      firstQuartile: 'First quartile (Q1)',
      median: 'Median',
      thirdQuartile: 'Third quartile (Q3)',
      mean: 'Mean',
      neverMinMax: 'The minimum, the maximum and anyone’s value are never published.',
    },
  },
);
