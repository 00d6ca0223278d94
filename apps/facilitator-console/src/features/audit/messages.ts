import { AUDIT_ACTION_LABELS, AUDIT_SUBJECT_LABELS } from '@alianza/shared';
import { defineMessages } from '@alianza/i18n';

export const auditMessages = defineMessages(
  {
    title: 'Registro de auditoría',
    description:
      'Cada decisión y cada lectura de información sensible deja un registro encadenado: nadie puede alterarlo sin que se note.',
    records: 'Registros',
    downloadWhat: 'el registro de auditoría',
    downloadWhatFiltered: 'los registros que coinciden con los filtros',
    empty: 'Aún no hay registros.',
    emptyFiltered: 'Ningún registro coincide con los filtros.',
    unknownOrganization: 'Organización desconocida',
    filterBySubject: 'Ver solo los registros de este sujeto',
    filterBySubjectLabel: 'Filtrar por {{subject}}',
    payload: 'Datos',
    payloadToggle: 'Datos del registro nº {{seq}}',
    hashes: 'huella: {{hash}} · anterior: {{prev}}',
    columns: {
      seq: 'Nº',
      time: 'Fecha',
      actor: 'Quién',
      action: 'Acción',
      subject: 'Sujeto',
      organizations: 'Organizaciones',
      payload: 'Datos del registro',
    },
    actor: {
      system: 'Sistema',
      facilitator: 'Facilitación',
      participant: 'Persona participante',
      former: 'Persona que ya no está en la plataforma',
    },
    filters: {
      action: 'Acción',
      anyAction: 'Cualquier acción',
      noAction: 'Ninguna acción coincide',
      person: 'Persona',
      anyPerson: 'Cualquier persona',
      organization: 'Organización',
      anyOrganization: 'Cualquier organización',
      from: 'Desde el día',
      to: 'Hasta el día',
      periodInvalid: 'El último día no puede ser anterior al primero.',
      subject: 'Identificador del sujeto',
      subjectPlaceholder: 'p. ej. 38c35785-9be2-…',
      subjectInvalid: 'Escribe un identificador completo (UUID).',
      apply: 'Filtrar',
      clear: 'Quitar filtros',
    },
    verify: {
      title: 'Integridad de la cadena',
      hint: 'Cada registro enlaza con el anterior y lleva un código calculado con una clave que no está en la base de datos; fuera de ella se guardan puntos de control firmados. La verificación comprueba en el servidor lo añadido desde la última verificación, o toda la cadena, y señala el primer registro alterado.',
      button: 'Verificar lo nuevo',
      fullButton: 'Verificar desde el principio',
      valid: 'Cadena íntegra hasta el registro nº {{head}}',
      validFull_one: '{{formatted}} registro comprobado desde el primero.',
      validFull_other: '{{formatted}} registros comprobados desde el primero.',
      validResumed_one:
        '{{formatted}} registro nuevo comprobado. Hasta el nº {{resumed}} ya estaba verificado, y ese registro sigue intacto.',
      validResumed_other:
        '{{formatted}} registros nuevos comprobados. Hasta el nº {{resumed}} ya estaba verificado, y ese registro sigue intacto.',
      checkpoint:
        'Coincide con el último punto de control guardado fuera de la base de datos (registro nº {{seq}}).',
      legacy:
        'Los registros hasta el nº {{seq}} son anteriores a las claves: se comprueban con la regla antigua, y los puntos de control los protegen.',
      broken: 'Cadena rota en el registro nº {{seq}}',
      brokenNoSeq: 'Cadena rota',
      brokenBeforeResumed:
        'Se comprobó a partir del registro nº {{resumed}}; verifica desde el principio para revisar también los anteriores.',
      brokenRecord: 'Identificador del registro:',
      reasons: {
        SEQUENCE_GAP: 'Falta este registro: alguien lo borró.',
        LINK_MISMATCH:
          'Este registro no enlaza con el anterior: se reordenaron registros o se alteró uno anterior.',
        MAC_MISMATCH: 'El contenido de este registro no coincide con su código: alguien lo alteró.',
        UNKNOWN_KEY: 'Este registro dice estar hecho con una clave que el servidor no conoce.',
        UNEXPECTED_LEGACY:
          'Este registro tiene el formato antiguo, sin clave, donde ya solo puede haber registros con clave: alguien lo rehízo.',
        CHECKPOINT_MISMATCH:
          'Este registro ya no es el que vio el punto de control guardado fuera de la base de datos: la cadena se reescribió.',
        TRUNCATED:
          'La cadena termina antes del último punto de control: se borraron los últimos registros, desde este.',
        CHECKPOINT_INVALID:
          'El último punto de control no tiene una firma válida: alguien alteró el archivo de puntos de control, o falta la clave con que se firmó.',
      },
    },
    subjects: AUDIT_SUBJECT_LABELS.es,
    actions: AUDIT_ACTION_LABELS.es,
  },
  {
    title: 'Audit log',
    description:
      'Every decision and every read of sensitive information leaves a chained record: nobody can alter it unnoticed.',
    records: 'Records',
    downloadWhat: 'the audit log',
    downloadWhatFiltered: 'the records that match the filters',
    empty: 'No records yet.',
    emptyFiltered: 'No record matches the filters.',
    unknownOrganization: 'Unknown organization',
    filterBySubject: 'Show only the records of this subject',
    filterBySubjectLabel: 'Filter by {{subject}}',
    payload: 'Data',
    payloadToggle: 'Data of record no. {{seq}}',
    hashes: 'hash: {{hash}} · previous: {{prev}}',
    columns: {
      seq: 'No.',
      time: 'Time',
      actor: 'Who',
      action: 'Action',
      subject: 'Subject',
      organizations: 'Organizations',
      payload: 'Record data',
    },
    actor: {
      system: 'System',
      facilitator: 'Facilitator',
      participant: 'Participant',
      former: 'Person no longer on the platform',
    },
    filters: {
      action: 'Action',
      anyAction: 'Any action',
      noAction: 'No action matches',
      person: 'Person',
      anyPerson: 'Anyone',
      organization: 'Organization',
      anyOrganization: 'Any organization',
      from: 'From',
      to: 'To',
      periodInvalid: 'The last day cannot come before the first.',
      subject: 'Subject id',
      subjectPlaceholder: 'e.g. 38c35785-9be2-…',
      subjectInvalid: 'Enter a complete id (UUID).',
      apply: 'Filter',
      clear: 'Clear filters',
    },
    verify: {
      title: 'Chain integrity',
      hint: 'Each record links to the one before and carries a code computed with a key that is not in the database; signed checkpoints are kept outside it. Verification checks on the server what was added since the last verification, or the whole chain, and points at the first altered record.',
      button: 'Verify what is new',
      fullButton: 'Verify from the start',
      valid: 'Chain intact up to record no. {{head}}',
      validFull_one: '{{formatted}} record checked from the first one.',
      validFull_other: '{{formatted}} records checked from the first one.',
      validResumed_one:
        '{{formatted}} new record checked. Up to no. {{resumed}} it had been verified, and that record is unchanged.',
      validResumed_other:
        '{{formatted}} new records checked. Up to no. {{resumed}} it had been verified, and that record is unchanged.',
      checkpoint:
        'It matches the latest checkpoint kept outside the database (record no. {{seq}}).',
      legacy:
        'Records up to no. {{seq}} predate the keys: they are checked by the old rule, and the checkpoints protect them.',
      broken: 'Chain broken at record no. {{seq}}',
      brokenNoSeq: 'Chain broken',
      brokenBeforeResumed:
        'Checked from record no. {{resumed}} on; verify from the start to check the earlier ones too.',
      brokenRecord: 'Record id:',
      reasons: {
        SEQUENCE_GAP: 'This record is missing: someone deleted it.',
        LINK_MISMATCH:
          'This record does not link to the one before: records were reordered, or an earlier one was altered.',
        MAC_MISMATCH: 'The content of this record does not match its code: someone altered it.',
        UNKNOWN_KEY: 'This record claims a key the server does not know.',
        UNEXPECTED_LEGACY:
          'This record has the old format, without a key, where only keyed records may be: someone rewrote it.',
        CHECKPOINT_MISMATCH:
          'This record is no longer the one the checkpoint kept outside the database saw: the chain was rewritten.',
        TRUNCATED:
          'The chain ends before its latest checkpoint: the last records were deleted, from this one on.',
        CHECKPOINT_INVALID:
          'The latest checkpoint has no valid signature: someone altered the checkpoint file, or the key that signed it is missing.',
      },
    },
    subjects: AUDIT_SUBJECT_LABELS.en,
    actions: AUDIT_ACTION_LABELS.en,
  },
);
