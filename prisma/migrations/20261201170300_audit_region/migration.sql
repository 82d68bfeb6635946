-- The region an audit event belongs to (issue 10): supervisors read their own region's trail only.
-- Nullable and not back-filled: events are append-only (the triggers refuse UPDATE) and sealed;
-- older events keep a null region, which only administrators read. No foreign key: the trail
-- must not depend on reference data.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "regionId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_regionId_at_idx" ON "AuditEvent"("regionId", "at");
