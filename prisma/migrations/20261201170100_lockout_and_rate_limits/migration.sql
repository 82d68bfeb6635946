-- A lock ends by itself (lockedUntil) and grows with each lock (lockCount).
ALTER TABLE "User" ADD COLUMN "lockedUntil" TIMESTAMP(3),
ADD COLUMN "lockCount" INTEGER NOT NULL DEFAULT 0;

-- Locks set under the old rule (until an administrator unlocks) become ten-minute locks from now.
UPDATE "User" SET "lockedUntil" = CURRENT_TIMESTAMP + INTERVAL '10 minutes', "lockCount" = 1 WHERE "lockedAt" IS NOT NULL;

ALTER TABLE "User" DROP COLUMN "lockedAt";

-- Typed e-mails of failed sign-ins were stored in clear and at any length: keep at most 254 characters.
-- (They cannot be re-keyed here: the HMAC key lives outside the database.)
UPDATE "LoginAttempt" SET "email" = left("email", 254) WHERE length("email") > 254;

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEnds" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowEnds_idx" ON "RateLimitBucket"("windowEnds");
