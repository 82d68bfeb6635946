import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/next-auth-options';
import { withAuthRoute } from '@/lib/auth/auth-route';

// Sign-in budget (429) and the client address for next-auth's audit rows: lib/auth/auth-route.ts.
const handler = withAuthRoute(NextAuth(authOptions));

export { handler as GET, handler as POST };
