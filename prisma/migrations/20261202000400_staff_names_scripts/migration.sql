-- Staff names in Cyrillic and Latin script, and the position printed on documents (issue 12,
-- docs/decisions/019-court-ready-documents.md).

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "fullNameCyr" TEXT,
ADD COLUMN     "fullNameLat" TEXT,
ADD COLUMN     "position" TEXT;

-- Existing names: a Cyrillic name is the Cyrillic form; a Latin name is the Latin form and is
-- transliterated (Kazakh passport romanisation read back) for the Cyrillic form.
UPDATE "public"."User" SET "fullNameCyr" = "fullName" WHERE "fullName" ~ '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "public"."User" SET "fullNameLat" = "fullName" WHERE "fullName" !~ '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "public"."User"
SET "fullNameCyr" = translate(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
    "fullName",
    'Shch', 'Щ'), 'shch', 'щ'), 'Sh', 'Ш'), 'sh', 'ш'), 'Ch', 'Ч'), 'ch', 'ч'), 'Zh', 'Ж'), 'zh', 'ж'),
    'Kh', 'Х'), 'kh', 'х'), 'Ts', 'Ц'), 'ts', 'ц'), 'Yu', 'Ю'), 'yu', 'ю'), 'Ya', 'Я'), 'ya', 'я'), 'Ye', 'Е'), 'ye', 'е'),
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  'АБЦДЕФГХИЖКЛМНОПКРСТУВВКЫЗабцдефгхижклмнопкрстуввкыз')
WHERE "fullNameCyr" IS NULL AND "fullName" ~ '^[A-Za-z .''-]+$';
