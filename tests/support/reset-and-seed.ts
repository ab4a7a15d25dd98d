// Puts the test database in the first-run state (plan, sample data, admin) before e2e.
import { prisma } from "@/lib/db";
import { seedAll } from "@/prisma/seed";
import { resetDatabase } from "./db";

await resetDatabase();
await seedAll();
await prisma.$disconnect();
