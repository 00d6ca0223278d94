import { defineMessages } from '@alianza/i18n';

/** The `redaction` namespace: both apps register it for choosing what text to hide. */
export const redactionMessages = defineMessages(
  {
    text: 'El texto, tal como se lee',
    hint: 'Selecciona con el ratón lo que quieras ocultar y pulsa «Ocultar la selección». Sin ratón, elige una frase en la lista.',
    selected: 'Seleccionado: «{{text}}»',
    nothingSelected: 'No hay nada seleccionado.',
    hideSelection: 'Ocultar la selección',
    sentence: 'Ocultar una frase',
    sentencePlaceholder: 'Elige una frase',
    hidden: 'Partes del texto ocultas',
    none: 'No se oculta ninguna parte del texto.',
    quoted: '«{{text}}»',
    show: 'Volver a mostrar «{{text}}»',
    locked: 'Ya oculto en la propuesta',
    chosen: 'Oculto',
    noText: 'Este contenido no tiene texto.',
  },
  {
    text: 'The text, as it reads',
    hint: 'Select what you want to hide with the mouse and press “Hide the selection”. Without a mouse, pick a sentence from the list.',
    selected: 'Selected: “{{text}}”',
    nothingSelected: 'Nothing is selected.',
    hideSelection: 'Hide the selection',
    sentence: 'Hide a sentence',
    sentencePlaceholder: 'Pick a sentence',
    hidden: 'Hidden parts of the text',
    none: 'No part of the text is hidden.',
    quoted: '“{{text}}”',
    show: 'Show “{{text}}” again',
    locked: 'Already hidden in the proposal',
    chosen: 'Hidden',
    noText: 'This content has no text.',
  },
);
