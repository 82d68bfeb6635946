-- A grant beyond what the petition asked (lifelong for a term, or a longer term), acknowledged by the clerk.
ALTER TABLE "CourtDecision" ADD COLUMN "differsFromRequest" BOOLEAN NOT NULL DEFAULT false;
