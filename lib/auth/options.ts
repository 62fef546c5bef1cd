import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await authenticate(credentials?.email ?? "", credentials?.password ?? "");
        // The error code travels to the login form, which shows it in the user's language.
        if (!result.ok) throw new Error(result.error);
        return { id: String(result.userId) };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id: role and active flag are read from the database on every
    // request, so a role change or a deactivation takes effect on the next request.
    jwt({ token, user }) {
      if (user) token.uid = Number(user.id);
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: typeof token.uid === "number" ? token.uid : undefined };
    },
  },
};
