-- The legal basis of a public-order warning (issue 14; docs/decisions/033-public-order-warning-documents.md):
-- the official preliminary warning of the Law "On the prevention of offences" (art. 51 as
-- docs/DOMAIN names it; unverified, so it is data an administrator can correct in reference data).
INSERT INTO "public"."LegalBasis" ("id", "code", "titleEn", "titleRu", "titleKk", "inForceFrom", "inForceTo", "defaultTermYears") VALUES
  ('basis-law-245-VIII-2025-art-51', 'law-245-VIII-2025-art-51',
   'Law No. 245-VIII of 30 December 2025 "On the prevention of offences", art. 51 (official preliminary warning)',
   'Закон № 245-VIII от 30 декабря 2025 года «О профилактике правонарушений», ст. 51 (официальное предостережение)',
   '2025 жылғы 30 желтоқсандағы № 245-VIII «Құқық бұзушылықтардың профилактикасы туралы» Заң, 51-бап (ресми алдын ала ескерту)',
   '2026-01-01', NULL, NULL)
ON CONFLICT ("code") DO NOTHING;
