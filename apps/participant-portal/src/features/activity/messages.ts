import { defineMessages } from '@alianza/i18n';

export const activityMessages = defineMessages(
  {
    title: 'Nuestra actividad',
    description:
      'Dónde actúa vuestra organización: mercados, segmentos, productos y, si queréis, vuestros clientes. Sirve para que la facilitación detecte dónde chocáis con otras empresas.',
    notParticipant:
      'Vuestra organización aún no participa en esta colaboración: podréis declarar vuestra actividad cuando una persona responsable acepte la invitación y las reglas del juego.',
    notActive:
      'Las reglas del juego han cambiado: una persona responsable de vuestra organización debe aceptar la versión vigente para volver a declarar vuestra actividad.',
    toRules: 'Ir a las reglas del juego',
    closedNotice: 'La colaboración está cerrada: vuestra declaración ya no cambia.',
    whoSees: {
      title: 'Quién ve qué',
      own: 'Solo vuestra organización ve lo que marcáis y subís aquí. Las demás organizaciones no ven nada de ello.',
      facilitator:
        'La facilitación no ve vuestra declaración: solo ve lo que coincide entre dos o más organizaciones (por ejemplo, «comparten el mercado Andalucía» o «tienen 3 clientes en común») y decide si declarar un solapamiento.',
      effect:
        'Si lo declara, lo que pidáis compartir con esas organizaciones en esa área pasará siempre por su aprobación.',
    },
    area: 'Área',
    noAreas: 'Esta colaboración aún no tiene áreas de intercambio.',
    declared: {
      heading: 'Solapamientos declarados que os afectan',
      intro:
        'La facilitación los declara cuando vuestra actividad choca con la de otra organización en un área: lo que compartáis con ella en esa área pasará por su aprobación. No muestra nada de lo que declararon las demás.',
      empty:
        'La facilitación no ha declarado ningún solapamiento que afecte a vuestra organización.',
      with: 'Con {{organizations}} · {{area}}',
      since: 'Declarado el {{date}}',
      unknownOrganization: 'Organización que ya no participa',
    },
    declaration: {
      heading: 'Lo que hacemos en esta área',
      intro: 'Marcad lo que corresponde a vuestra organización.',
      noOptions:
        'La facilitación aún no ha preparado listas de mercados, segmentos o productos en esta área.',
      save: 'Guardar declaración',
      saved: 'Declaración guardada',
      unsaved: 'Hay cambios sin guardar.',
      count_one: '{{count}} opción marcada',
      count_other: '{{count}} opciones marcadas',
    },
    customers: {
      heading: 'Lista de clientes (opcional)',
      intro:
        'Un archivo de texto o CSV con un identificador por línea (o en la primera columna): NIF/CIF, dominio web o correo de empresa. Se detecta una cabecera y se ignoran las líneas vacías.',
      privacy:
        'El archivo se lee en vuestro navegador y se envía una sola vez; no se guarda. Cada identificador se normaliza y se guarda solo como una huella cifrada con una clave propia de esta colaboración: nadie puede volver a verlo, tampoco vosotros. La facilitación solo ve cuántos clientes tenéis en común con cada otra organización, nunca cuáles.',
      file: 'Archivo de clientes',
      filePlaceholder: 'Elegir archivo (.csv, .txt)',
      upload: 'Subir y cifrar',
      replace: 'Subir y sustituir la lista actual',
      uploaded: 'Lista de clientes subida',
      tooBig: 'El archivo pesa más de 2 MB. Dejad solo la columna de identificadores o divididlo.',
      unreadable: 'No se pudo leer el archivo.',
      none: 'No habéis subido ninguna lista en esta área.',
      current: 'Lista actual',
      fileName: '«{{name}}»',
      noName: 'Sin nombre de archivo',
      uploadedAt: 'subida el {{date}}',
      accepted_one: '{{count}} identificador aceptado',
      accepted_other: '{{count}} identificadores aceptados',
      duplicates_one: '{{count}} repetido',
      duplicates_other: '{{count}} repetidos',
      rejected_one: '{{count}} línea no reconocida',
      rejected_other: '{{count}} líneas no reconocidas',
      remove: 'Quitar la lista',
      removeConfirm:
        '¿Quitar la lista de clientes de esta área? Se borrarán todas sus huellas y dejará de contar para los solapamientos.',
      removed: 'Lista de clientes quitada',
    },
  },
  {
    title: 'Our activity',
    description:
      'Where your organization is active: markets, segments, products and, if you wish, your customers. It lets the facilitator detect where you collide with other companies.',
    notParticipant:
      'Your organization does not take part in this collaboration yet: you can declare your activity once an owner accepts the invitation and the ground rules.',
    notActive:
      'The ground rules have changed: an owner of your organization must accept the current version before you can declare your activity again.',
    toRules: 'Go to the ground rules',
    closedNotice: 'The collaboration is closed: your declaration no longer changes.',
    whoSees: {
      title: 'Who sees what',
      own: 'Only your organization sees what you mark and upload here. Other organizations see none of it.',
      facilitator:
        'The facilitator does not see your declaration: only what two or more organizations have in common (for example, “they share the market Andalucía” or “they have 3 customers in common”), and decides whether to declare an overlap.',
      effect:
        'If declared, whatever you ask to share with those organizations in that area always goes through the facilitator’s approval.',
    },
    area: 'Area',
    noAreas: 'This collaboration has no areas of exchange yet.',
    declared: {
      heading: 'Declared overlaps that concern you',
      intro:
        'The facilitator declares them when your activity collides with another organization’s in an area: what you share with it in that area goes through the facilitator’s approval. Nothing the others declared is shown.',
      empty: 'The facilitator has declared no overlap that concerns your organization.',
      with: 'With {{organizations}} · {{area}}',
      since: 'Declared on {{date}}',
      unknownOrganization: 'An organization no longer taking part',
    },
    declaration: {
      heading: 'What we do in this area',
      intro: 'Mark what applies to your organization.',
      noOptions:
        'The facilitator has not prepared lists of markets, segments or products in this area yet.',
      save: 'Save declaration',
      saved: 'Declaration saved',
      unsaved: 'There are unsaved changes.',
      count_one: '{{count}} option marked',
      count_other: '{{count}} options marked',
    },
    customers: {
      heading: 'Customer list (optional)',
      intro:
        'A text or CSV file with one identifier per line (or in the first column): tax id, web domain or company email. A header is detected and blank lines are skipped.',
      privacy:
        'The file is read in your browser and sent once; it is not kept. Each identifier is normalized and kept only as a fingerprint encrypted with a key of this collaboration: nobody can see it again, you included. The facilitator only sees how many customers you have in common with each other organization, never which.',
      file: 'Customer file',
      filePlaceholder: 'Choose a file (.csv, .txt)',
      upload: 'Upload and encrypt',
      replace: 'Upload and replace the current list',
      uploaded: 'Customer list uploaded',
      tooBig: 'The file is larger than 2 MB. Keep only the identifier column or split it.',
      unreadable: 'The file could not be read.',
      none: 'You have not uploaded a list in this area.',
      current: 'Current list',
      fileName: '“{{name}}”',
      noName: 'No file name',
      uploadedAt: 'uploaded on {{date}}',
      accepted_one: '{{count}} identifier accepted',
      accepted_other: '{{count}} identifiers accepted',
      duplicates_one: '{{count}} repeated',
      duplicates_other: '{{count}} repeated',
      rejected_one: '{{count}} line not recognised',
      rejected_other: '{{count}} lines not recognised',
      remove: 'Remove the list',
      removeConfirm:
        'Remove the customer list of this area? All its fingerprints are deleted and it no longer counts for overlaps.',
      removed: 'Customer list removed',
    },
  },
);
