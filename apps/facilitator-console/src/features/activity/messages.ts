import { defineMessages } from '@alianza/i18n';

export const activityMessages = defineMessages(
  {
    title: 'Solapamientos detectados',
    description:
      'Dónde chocan las actividades que declaran las empresas: mercados, segmentos, productos y clientes en común.',
    privacy:
      'Solo ves lo que coincide entre dos o más organizaciones: nunca la declaración completa de una, ni sus clientes (solo cuántos tienen en común). Las empresas no ven nada de esto; cada una ve solo los solapamientos que declares y la impliquen, con el texto que escribas para ellas (nunca tu nota).',
    area: 'Área',
    areaOption: '{{name}} · detectados: {{count}}',
    closed: 'La colaboración está cerrada: las listas y las revisiones ya no cambian.',
    lists: {
      heading: 'Listas de actividad',
      intro:
        'Las opciones entre las que cada empresa marca, en privado, las que le corresponden en esta área.',
      empty: 'Sin opciones todavía.',
      edit: 'Editar',
      editLabel: 'Editar la lista «{{dimension}}»',
    },
    editor: {
      heading: '{{dimension}} en «{{area}}»',
      labels: 'Opciones, una por línea',
      description:
        'El orden es el que verán las empresas. Quitar una opción borra también lo que hubieran marcado en ella (se les avisa).',
      repeated: 'Repetidas: {{labels}}. Cada opción debe aparecer una vez.',
      tooLong: 'Cada opción tiene como mucho 200 caracteres.',
      tooMany: 'Como mucho 100 opciones por lista.',
      removing:
        'Vas a quitar: {{labels}}. Las empresas que las hubieran marcado perderán esa parte de su declaración.',
      submit: 'Guardar lista',
      saved: 'Lista guardada',
    },
    detected: {
      pairsHeading: 'Parejas',
      pairsLabel: 'Solapamientos detectados entre parejas en «{{area}}»',
      groupsHeading: 'Grupos de tres o más',
      groupsIntro: 'Opciones que han marcado tres o más organizaciones a la vez.',
      groupsLabel: 'Grupos detectados en «{{area}}»',
      organizations: 'Organizaciones',
      markets: 'Mercados',
      segments: 'Segmentos',
      products: 'Productos',
      shared: 'Opciones en común',
      customers: 'Clientes en común',
      customersHint: 'Cuántos identificadores coinciden en sus listas de clientes (nunca cuáles).',
      status: 'Estado',
      actions: 'Acciones',
      none: '—',
      empty:
        'Aún no hay solapamientos en esta área. Aparecerán cuando al menos dos empresas participantes declaren su actividad (o suban su lista de clientes) en el portal y coincidan en algo.',
      noneOfKind: 'Ninguno.',
      changed: 'Cambió desde tu revisión',
      previousReason: 'Descartado antes: «{{reason}}»',
      dismissedReason: 'Motivo: «{{reason}}»',
      declare: 'Declarar',
      declareLabel: 'Declarar el solapamiento entre {{names}}',
      dismiss: 'Descartar',
      dismissLabel: 'Descartar el solapamiento entre {{names}}',
      formerParticipant: 'Organización que ya no participa',
    },
    declare: {
      heading: 'Declarar el solapamiento',
      between: 'Entre {{names}}, en «{{area}}».',
      effect:
        'Desde ahora, cualquier solicitud para compartir entre ellas en esta área te llegará marcada para que la apruebes expresamente.',
      submit: 'Declarar solapamiento',
      done: 'Solapamiento declarado',
      noteStart: 'Detectado en la actividad declarada',
    },
    dismiss: {
      heading: 'Descartar el solapamiento',
      between: 'Entre {{names}}, en «{{area}}».',
      reason: 'Motivo',
      reasonDescription:
        'Por qué no es un solapamiento que deba vigilarse. Si más adelante coinciden en algo nuevo, volverá a aparecer por revisar.',
      reasonRequired: 'Escribe el motivo.',
      submit: 'Descartar',
      done: 'Solapamiento descartado',
    },
  },
  {
    title: 'Detected overlaps',
    description:
      'Where the activities the companies declare collide: markets, segments, products and customers in common.',
    privacy:
      'You only see what two or more organizations have in common: never one’s whole declaration, nor its customers (only how many they share). The companies see none of this; each sees only the overlaps you declare that involve it, with the text you write for them (never your note).',
    area: 'Area',
    areaOption: '{{name}} · detected: {{count}}',
    closed: 'The collaboration is closed: lists and reviews no longer change.',
    lists: {
      heading: 'Activity lists',
      intro:
        'The options among which each company marks, privately, those that apply to it in this area.',
      empty: 'No options yet.',
      edit: 'Edit',
      editLabel: 'Edit the list “{{dimension}}”',
    },
    editor: {
      heading: '{{dimension}} in “{{area}}”',
      labels: 'Options, one per line',
      description:
        'Companies see them in this order. Removing an option also deletes what they had marked in it (they are told).',
      repeated: 'Repeated: {{labels}}. Each option must appear once.',
      tooLong: 'Each option is at most 200 characters.',
      tooMany: 'At most 100 options per list.',
      removing:
        'You are removing: {{labels}}. Companies that had marked them lose that part of their declaration.',
      submit: 'Save list',
      saved: 'List saved',
    },
    detected: {
      pairsHeading: 'Pairs',
      pairsLabel: 'Overlaps detected between pairs in “{{area}}”',
      groupsHeading: 'Groups of three or more',
      groupsIntro: 'Options marked by three or more organizations at once.',
      groupsLabel: 'Groups detected in “{{area}}”',
      organizations: 'Organizations',
      markets: 'Markets',
      segments: 'Segments',
      products: 'Products',
      shared: 'Options in common',
      customers: 'Customers in common',
      customersHint: 'How many identifiers match in their customer lists (never which).',
      status: 'Status',
      actions: 'Actions',
      none: '—',
      empty:
        'No overlaps in this area yet. They appear once at least two participating companies declare their activity (or upload their customer list) in the portal and have something in common.',
      noneOfKind: 'None.',
      changed: 'Changed since your review',
      previousReason: 'Dismissed before: “{{reason}}”',
      dismissedReason: 'Reason: “{{reason}}”',
      declare: 'Declare',
      declareLabel: 'Declare the overlap between {{names}}',
      dismiss: 'Dismiss',
      dismissLabel: 'Dismiss the overlap between {{names}}',
      formerParticipant: 'Organization no longer taking part',
    },
    declare: {
      heading: 'Declare the overlap',
      between: 'Between {{names}}, in “{{area}}”.',
      effect:
        'From now on, any request to share between them in this area reaches you flagged, for your explicit approval.',
      submit: 'Declare overlap',
      done: 'Overlap declared',
      noteStart: 'Detected in the declared activity',
    },
    dismiss: {
      heading: 'Dismiss the overlap',
      between: 'Between {{names}}, in “{{area}}”.',
      reason: 'Reason',
      reasonDescription:
        'Why this overlap needs no watching. If they later have something new in common, it comes back to review.',
      reasonRequired: 'Write the reason.',
      submit: 'Dismiss',
      done: 'Overlap dismissed',
    },
  },
);
