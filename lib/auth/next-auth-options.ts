import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { writeAudit } from '@/lib/audit/write-audit';
import { attemptSignIn } from './sign-in';
import { revokeSession } from './resolve-session';
import { ABSOLUTE_TIMEOUT_MS } from './policy';
import { authRequestIp } from './auth-request';

// The JWT carries only the id of a server-side AuthSession row (lib/auth/resolve-session.ts);
// everything that decides access is re-read from the database on every request.
export const authOptions: NextAuthOptions = {
  // Read per request, not when the module loads: `next build` imports this without secrets.
  get secret() {
    return env().authSecret;
  },
  session: { strategy: 'jwt', maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const result = await attemptSignIn({
          db,
          email: credentials.email,
          password: credentials.password,
          ip: authRequestIp(),
        });
        return result.ok ? { id: result.userId, sid: result.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user && 'sid' in user) token.sid = user.sid as string;
      return token;
    },
    async session({ session }) {
      // /api/auth/session answers page JavaScript: it says only that a session exists and until
      // when. The session id stays in the httpOnly cookie; the server reads it from there
      // (lib/auth/request-context.ts), so an injected script cannot copy it.
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      const sid = token?.sid as string | undefined;
      if (!sid) return;
      const row = await db.authSession.findUnique({ where: { id: sid }, include: { user: true } });
      await revokeSession({ db, sessionId: sid });
      if (row) {
        await db.$transaction((tx) =>
          writeAudit(tx, { actor: row.user, action: 'auth.signOut', targetType: 'User', targetId: row.userId, outcome: 'SUCCESS', ip: authRequestIp() }),
        );
      }
    },
  },
};
