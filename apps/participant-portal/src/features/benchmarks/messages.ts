import { defineMessages } from '@alianza/i18n';

export const benchmarksMessages = defineMessages(
  {
    title: 'Benchmarking',
    description:
      'Compara tus cifras con las del grupo sin que nadie vea las tuyas: envías tu valor en privado y, al cerrar, se publican solo medias de grupos de varias empresas, nunca la cifra de una. Solo ven el resultado quienes enviaron su valor.',
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
      range:
        'Los valores por debajo de {{lower}} cuentan como {{lower}}, y los de encima de {{upper}} como {{upper}}: así ninguna empresa puede mover mucho las cifras.',
    },
    noisy: {
      introMean:
        'Cifras con ruido añadido para proteger a cada empresa: la media puede desviarse unos ±{{margin}} de la real, 95 de cada 100 veces.',
      introQuantile:
        'Cifras con ruido añadido para proteger a cada empresa: {{figure}} suele quedar a menos de ±{{margin}} de la real.',
      typically: 'habitualmente',
      drawnOnce: 'Se calcularon una sola vez, al cerrar, con {{count}} empresas: no cambian.',
      mean: 'la media',
      q25: 'el cuartil inferior (25 %)',
      q50: 'la mediana',
      q75: 'el cuartil superior (75 %)',
      percentile: 'el percentil {{percent}}',
      figure: 'Cifra',
      value: 'Valor publicado',
      margin: 'Margen (95 de cada 100)',
      position:
        'Tu valor está por encima de {{count}} de las {{total}} cifras publicadas con ruido.',
    },
    result: {
      heading: 'Resultado',
      computing: 'La ronda ha cerrado: el resultado se está calculando.',
      notClosed: 'El resultado se publica al cerrar la ronda.',
      didNotSubmit:
        'Tu organización no envió su valor, así que no ve el resultado: solo lo ven quienes aportan («dar para recibir»).',
      withheld:
        'No se ha publicado ningún resultado: no se cumplieron las garantías de privacidad de la ronda (por ejemplo, no enviaron suficientes empresas).',
      published:
        'Medias de {{count}} empresas, ordenadas de menor a mayor valor y repartidas en grupos.',
      publishedOneGroup:
        'Media de las {{count}} empresas. Con tan pocas empresas no se publican grupos: solo la media de todas.',
      position:
        'Tu valor está en el grupo «{{band}}»: el {{place}}.º de {{total}}, contando desde el mejor.',
      yourValue: 'Tu valor: {{value}}',
      promise:
        'Solo se publican medias de grupos de al menos {{k}} empresas. Nunca el mínimo, el máximo, la mediana ni el valor de nadie, ni cifras con las que, junto con el tuyo, se pueda calcular el valor exacto de otra empresa.',
    },
  },
  {
    title: 'Benchmarking',
    description:
      'Compare your figures with the group’s without anyone seeing yours: you submit your value privately and, at closing, only averages over groups of several companies are published, never one company’s figure. Only those who submitted see the outcome.',
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
      range:
        'Values below {{lower}} count as {{lower}}, and values above {{upper}} count as {{upper}}: so no company can move the figures much.',
    },
    noisy: {
      introMean:
        'Figures with noise added to protect each company: the average may be off by about ±{{margin}} in 95 of 100 rounds.',
      introQuantile:
        'Figures with noise added to protect each company: {{figure}} is typically within ±{{margin}} of the true one.',
      typically: 'typically',
      drawnOnce:
        'They were worked out once, at closing, with {{count}} companies: they do not change.',
      mean: 'the average',
      q25: 'the lower quartile (25%)',
      q50: 'the median',
      q75: 'the upper quartile (75%)',
      percentile: 'the {{percent}} percentile',
      figure: 'Figure',
      value: 'Published value',
      margin: 'Margin (95 in 100)',
      position: 'Your value is above {{count}} of the {{total}} figures published with noise.',
    },
    result: {
      heading: 'Outcome',
      computing: 'The round has closed: the outcome is being computed.',
      notClosed: 'The outcome is published when the round closes.',
      didNotSubmit:
        'Your organization did not submit its value, so it does not see the outcome: only contributors do (“give to get”).',
      withheld:
        'No outcome was published: the round’s privacy guarantees were not met (for example, not enough companies submitted).',
      published:
        'Averages of {{count}} companies, ranked from the lowest value to the highest and split into groups.',
      publishedOneGroup:
        'Average of the {{count}} companies. With so few companies no groups are published: only the average of all.',
      position:
        'Your value is in the group “{{band}}”: number {{place}} of {{total}}, counting from the best.',
      yourValue: 'Your value: {{value}}',
      promise:
        'Only averages over groups of at least {{k}} companies are published. Never the minimum, the maximum, the median or anyone’s value, nor figures that, together with your own, let anyone work out another company’s exact value.',
    },
  },
);
