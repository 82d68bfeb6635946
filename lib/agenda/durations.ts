// Choices of the agenda's selects, apart from the settings schema so that the booking forms do
// not reach its messages (tests/unit/client-messages.test.ts).

/** Slot lengths an officer may choose for their working hours (minutes). */
export const SLOT_LENGTHS = [15, 20, 30, 45, 60] as const;
/** Durations an appointment or visit may be booked for (minutes). */
export const DURATIONS = [15, 30, 45, 60, 90, 120] as const;

/** An officer's working week in Kazakhstan local time (minutes after midnight, ISO weekdays). */
export type TWorkingHours = {
  weekdays: number[];
  startMinute: number;
  endMinute: number;
  slotMinutes: number;
  lunchStartMinute: number | null;
  lunchEndMinute: number | null;
};

/** Used while an officer has not set their own: Mon–Fri 09:00–18:00, 30-minute slots, lunch 13:00–14:00. */
export const DEFAULT_WORKING_HOURS: TWorkingHours = {
  weekdays: [1, 2, 3, 4, 5],
  startMinute: 9 * 60,
  endMinute: 18 * 60,
  slotMinutes: 30,
  lunchStartMinute: 13 * 60,
  lunchEndMinute: 14 * 60,
};
