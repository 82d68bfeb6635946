import { TZDate } from '@date-fns/tz';
import { addMinutes, format } from 'date-fns';

// iCalendar (RFC 5545) by hand: a few fixed properties, so no library. Lines end in CRLF, text
// values are escaped (backslash, semicolon, comma, newline), lines over 75 octets are folded,
// every event has a stable UID and a DTSTAMP, and times are UTC ("Z") so no VTIMEZONE is needed.
// It holds as little personal data as the officer needs to find the appointment: the person's
// surname and initial, the kind of appointment and the place (never an IIN or an address).

export type TIcsEvent = { uid: string; start: Date; durationMinutes: number; summary: string; location?: string; url?: string };

/** A text value escaped per RFC 5545 §3.3.11. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** A line folded at 75 octets (continuation lines begin with a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A UTC date-time, e.g. 20261207T040000Z. */
export function icsDateTime(at: Date): string {
  return format(new TZDate(at, 'UTC'), "yyyyMMdd'T'HHmmss'Z'");
}

export function buildCalendar({ name, events, now = new Date() }: { name: string; events: TIcsEvent[]; now?: Date }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Nadzor//Agenda//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${icsDateTime(now)}`,
      `DTSTART:${icsDateTime(e.start)}`,
      `DTEND:${icsDateTime(addMinutes(e.start, e.durationMinutes))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
