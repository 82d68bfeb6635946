import { agendaIcsRoute } from '@/lib/agenda/ics-route';

export const GET = agendaIcsRoute;
