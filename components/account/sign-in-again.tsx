import Link from 'next/link';

/**
 * The dead end of the sign-in steps (an unusable activation link, an expired second-factor
 * step): what went wrong, and the way back to the sign-in page. Texts come translated from the
 * caller, so the same card serves server pages and client forms.
 */
export function SignInAgain({ message, linkText }: { message: string; linkText: string }) {
  return (
    <div className="card flex flex-col gap-3">
      <p role="alert">{message}</p>
      <Link href="/login" className="link">
        {linkText}
      </Link>
    </div>
  );
}
