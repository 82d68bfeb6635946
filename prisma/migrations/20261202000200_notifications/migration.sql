-- Notifications of hand-offs (issue 12, docs/decisions/017-notifications.md). The runtime login's
-- rights on this table come from the default privileges that prisma/tools/app-role.ts sets for
-- tables the owner creates (docs/decisions/008): SELECT, INSERT, UPDATE, DELETE.

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('PETITION_AWAITING_ENDORSEMENT', 'PETITION_RETURNED', 'PETITION_ENDORSED', 'PETITION_FILED', 'HEARING_SET', 'DECISION_RECORDED', 'ANNOUNCEMENT_DUE', 'WARNING_TO_SERVE', 'IMPORT_AWAITING_REVIEW', 'PERSONS_REASSIGNED_TO_YOU', 'PERSONS_REASSIGNED_AWAY');

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_idx" ON "Notification"("recipientId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_recipientId_createdAt_idx" ON "Notification"("recipientId", "createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
