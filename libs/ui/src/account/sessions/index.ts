export { ActiveSessions } from './active-sessions';
export { sessionsMessages } from './messages';
