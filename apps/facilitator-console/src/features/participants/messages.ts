import { defineMessages } from '@alianza/i18n';

export const participantsMessages = defineMessages(
  { title: 'Participantes e invitaciones' },
  { title: 'Participants and invitations' },
);
