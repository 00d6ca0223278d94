import { defineMessages } from '@alianza/i18n';

/**
 * The `calendar-feed` namespace: the security screen's "Calendar" section (a private address
 * from which a calendar app reads one's milestones and tasks). Both apps register it.
 */
export const calendarFeedMessages = defineMessages(
  {
    title: 'Calendario',
    description:
      'Puedes ver en tu calendario (Google Calendar, Outlook, el calendario del teléfono…) los hitos y las tareas de los planes de acción en los que participas: las tareas de tu organización y las tuyas. Para ello, crea una dirección privada y añádela a tu calendario como «calendario desde una dirección» o «suscripción». Tu calendario la consultará cada cierto tiempo y recogerá los cambios por sí solo.',
    private:
      'La dirección es personal, como una contraseña: quien la tenga verá tus hitos y tareas. No la compartas. Si crees que alguien más la tiene, desactívala o crea una nueva.',
    none: 'Aún no tienes una dirección de calendario.',
    active: 'Tienes una dirección de calendario activa, creada el {{date}}.',
    lastUsed: 'Tu calendario la consultó por última vez {{when}}.',
    neverUsed: 'Ningún calendario la ha consultado todavía.',
    create: 'Crear mi dirección de calendario',
    replace: 'Crear una dirección nueva',
    revoke: 'Desactivar la dirección',
    created: 'Dirección de calendario creada',
    revoked: 'Dirección de calendario desactivada',
    secret: {
      title: 'Copia la dirección ahora: no se volverá a mostrar',
      warning:
        'Pégala en tu calendario, en la opción de añadir un calendario desde una dirección (URL). Solo guardamos una huella de la dirección, no la dirección: si la pierdes, crea una nueva.',
      label: 'Dirección de tu calendario',
      copy: 'Copiar la dirección',
      copied: 'Copiada',
      dismiss: 'Ya la he añadido',
    },
    replaceModal: {
      title: '¿Crear una dirección nueva?',
      text: 'La dirección que tienes ahora dejará de funcionar en cuanto crees la nueva: tendrás que poner la nueva en tu calendario.',
      confirm: 'Crear la dirección nueva',
      cancel: 'Cancelar',
    },
    addToCalendar: {
      button: 'Añadir al calendario',
      label: 'Añadir «{{title}}» a tu calendario',
    },
    revokeModal: {
      title: '¿Desactivar tu dirección de calendario?',
      text: 'Dejará de funcionar ahora mismo: tu calendario ya no recibirá tus hitos ni tus tareas. Podrás crear otra cuando quieras.',
      confirm: 'Desactivar',
      cancel: 'Cancelar',
    },
  },
  {
    title: 'Calendar',
    description:
      'You can see in your calendar (Google Calendar, Outlook, your phone’s calendar…) the milestones and tasks of the action plans you take part in: your organization’s tasks and your own. To do so, create a private address and add it to your calendar as a “calendar from a URL” or “subscription”. Your calendar will read it every so often and pick up changes by itself.',
    private:
      'The address is personal, like a password: whoever has it sees your milestones and tasks. Do not share it. If you think someone else has it, turn it off or create a new one.',
    none: 'You do not have a calendar address yet.',
    active: 'You have an active calendar address, created on {{date}}.',
    lastUsed: 'Your calendar last read it {{when}}.',
    neverUsed: 'No calendar has read it yet.',
    create: 'Create my calendar address',
    replace: 'Create a new address',
    revoke: 'Turn the address off',
    created: 'Calendar address created',
    revoked: 'Calendar address turned off',
    secret: {
      title: 'Copy the address now: it will not be shown again',
      warning:
        'Paste it into your calendar, where it offers to add a calendar from an address (URL). We keep only a fingerprint of the address, not the address: if you lose it, create a new one.',
      label: 'Your calendar’s address',
      copy: 'Copy the address',
      copied: 'Copied',
      dismiss: 'I have added it',
    },
    replaceModal: {
      title: 'Create a new address?',
      text: 'The address you have now stops working as soon as you create the new one: you will need to put the new one in your calendar.',
      confirm: 'Create the new address',
      cancel: 'Cancel',
    },
    addToCalendar: {
      button: 'Add to calendar',
      label: 'Add “{{title}}” to your calendar',
    },
    revokeModal: {
      title: 'Turn your calendar address off?',
      text: 'It stops working right away: your calendar will no longer receive your milestones and tasks. You can create another whenever you like.',
      confirm: 'Turn off',
      cancel: 'Cancel',
    },
  },
);
