import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A Prisma client for tools and tests, for an explicit connection string. */
export function connect(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 5 }) });
}
