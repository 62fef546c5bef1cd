// Signs in over HTTP the way the login form does, for scripts that drive a running server (the
// bench's export job, the Lighthouse run). Plain JavaScript so that both .mjs and TypeScript import it.

/**
 * Signs in through next-auth's credentials endpoint and returns the session cookie
 * ("name=value"), or throws with `what` in the message.
 * @param {string} base e.g. http://127.0.0.1:3000
 * @param {string} email
 * @param {string} password
 * @param {string} what who is signing in, for the error
 * @returns {Promise<string>}
 */
export async function signIn(base, email, password, what) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = /** @type {{ csrfToken: string }} */ (await csrf.json());
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.includes("session-token"));
  if (!session) throw new Error(`could not sign in as ${email} (${what})`);
  return session;
}
