import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Convenience only: sends anonymous visitors to the login page. Every page, action and route
// handler checks the user and the permission itself, on the server.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== "/") login.searchParams.set("callbackUrl", path);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: not the login page, next-auth, other API routes (they answer 401 themselves) or assets.
  matcher: ["/((?!login|api/|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|woff2?)$).*)"],
};
