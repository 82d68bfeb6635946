/**
 * Every back-office role needs a second factor. The demo seed marks its accounts mfaExempt so the
 * demo and the browser journeys can sign in with a password alone; the flag counts only while the
 * app runs in demo mode, so a copied demo database in production still asks everyone to enrol.
 */
export function secondFactorRequired({ user, demo }: { user: { mfaExempt: boolean }; demo: boolean }): boolean {
  return !(demo && user.mfaExempt);
}
