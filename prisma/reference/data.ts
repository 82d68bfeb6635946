// Reference data for the supervision back office (English / Russian / Kazakh).
//
// This file is the source of the reference-data migration (prisma/tools/reference-sql.ts writes
// the migration SQL from it). Once loaded, every row is editable by administrators in the
// Reference data screens; the migration only inserts codes that do not exist yet.
//
// Verified / reliable:
//   - administrative division as of 2024: 3 cities of republican significance + 17 regions,
//     the city districts of Astana, Almaty and Shymkent, regional centres;
//   - rural districts listed exist in the regions they are filed under.
// Approximate:
//   - lat/lng are approximate district (or district-centre) coordinates, 3 decimals.
// Unverified (check before relying on them; administrators can correct them):
//   - court names follow the usual naming pattern (regional / city / district court); they were
//     not checked against the official court register (e.g. specialised inter-district courts);
//   - criminal-code article titles are paraphrased; the contents of the aggravated parts
//     (120-3, 121-3, 122-2..4, 124-2) and all gravity categories are plausible values, not
//     checked against the current wording (sanctions were raised by later amendments);
//   - Law No. 245-VIII of 30 December 2025: date in force (2026-01-01) is unverified; whether it
//     ends the 1996 law's force (inForceTo) is also unverified;
//   - offence-article numbers (CoAO art. 476, CC art. 430) are unverified.

export type TRefName = { en: string; ru: string; kk: string };
export type TRegionRef = { code: string; name: TRefName; districts: { code: string; name: TRefName; lat: number; lng: number }[] };
export type TCourtRef = { code: string; regionCode: string; districtCode: string | null; name: TRefName };
export type TArticleRef = { code: string; title: TRefName; gravity: 'MINOR' | 'MEDIUM' | 'GRAVE' | 'ESPECIALLY_GRAVE' };
export type TLegalBasisRef = { code: string; title: TRefName; inForceFrom: string /* YYYY-MM-DD */; inForceTo: string | null; defaultTermYears: number | null };
export type TOffenceArticleRef = { code: string; kind: 'ADMINISTRATIVE' | 'CRIMINAL'; title: TRefName };

const n = (en: string, ru: string, kk: string): TRefName => ({ en, ru, kk });

// ---------------------------------------------------------------------------------------------
// Source table: each region with its court and each district with its court. REGIONS and
// COURTS below are derived from it.

type TRawDistrict = { code: string; name: TRefName; lat: number; lng: number; court: TRefName };
type TRawRegion = { code: string; name: TRefName; court: TRefName; districts: TRawDistrict[] };

type TCityCtx = { code: string; en: string; ruGen: string; kk: string };

/** A district of a city of republican significance (Astana, Almaty, Shymkent). */
function cityDistrict(
  city: TCityCtx,
  slug: string,
  en: string,
  ruName: string,
  ruCourtAdj: string | null,
  kk: string,
  lat: number,
  lng: number,
  ruCourtOverride?: string,
): TRawDistrict {
  return {
    code: `${city.code}-${slug}`,
    name: n(`${en} district`, ruName, `${kk} ауданы`),
    lat,
    lng,
    court: n(`${en} District Court of ${city.en}`, ruCourtOverride ?? `${ruCourtAdj} районный суд ${city.ruGen}`, `${city.kk} ${kk} аудандық соты`),
  };
}

type TRegionCtx = { code: string; en: string; ru: string; ruGen: string; kk: string; ruCourt: string };

/** Region (oblast) context: `kk` is the stem without "облысы". */
function region(code: string, en: string, ru: string, ruGen: string, kk: string, ruCourt: string): TRegionCtx {
  return { code, en, ru, ruGen, kk, ruCourt };
}

/** The regional centre city, e.g. "Karaganda city" / "г. Караганда" / "Қарағанды қ.". */
function centre(r: TRegionCtx, slug: string, en: string, ru: string, ruCourtAdj: string, kk: string, lat: number, lng: number): TRawDistrict {
  return {
    code: `${r.code}-${slug}`,
    name: n(`${en} city`, `г. ${ru}`, `${kk} қ.`),
    lat,
    lng,
    court: n(`${en} City Court`, `${ruCourtAdj} городской суд`, `${kk} қалалық соты`),
  };
}

/** A rural district: `ruAdj` is the Russian adjective ("Бурабайский"), `kk` the Kazakh stem. */
function rural(r: TRegionCtx, slug: string, en: string, ruAdj: string, kk: string, lat: number, lng: number): TRawDistrict {
  return {
    code: `${r.code}-${slug}`,
    name: n(`${en} district`, `${ruAdj} район`, `${kk} ауданы`),
    lat,
    lng,
    court: n(`${en} District Court of ${r.en} Region`, `${ruAdj} районный суд ${r.ruGen}`, `${r.kk} облысы ${kk} аудандық соты`),
  };
}

function oblast(r: TRegionCtx, districts: TRawDistrict[]): TRawRegion {
  return {
    code: r.code,
    name: n(`${r.en} Region`, r.ru, `${r.kk} облысы`),
    court: n(`${r.en} Regional Court`, r.ruCourt, `${r.kk} облыстық соты`),
    districts,
  };
}

// Cities of republican significance -----------------------------------------------------------

const ASTANA: TCityCtx = { code: 'astana', en: 'Astana', ruGen: 'г. Астаны', kk: 'Астана қаласы' };
const ALMATY: TCityCtx = { code: 'almaty-city', en: 'Almaty', ruGen: 'г. Алматы', kk: 'Алматы қаласы' };
const SHYMKENT: TCityCtx = { code: 'shymkent', en: 'Shymkent', ruGen: 'г. Шымкента', kk: 'Шымкент қаласы' };

// Regions ---------------------------------------------------------------------------------------

const ABAI = region('abai', 'Abai', 'область Абай', 'области Абай', 'Абай', 'Суд области Абай');
const AKMOLA = region('akmola', 'Akmola', 'Акмолинская область', 'Акмолинской области', 'Ақмола', 'Акмолинский областной суд');
const AKTOBE = region('aktobe', 'Aktobe', 'Актюбинская область', 'Актюбинской области', 'Ақтөбе', 'Актюбинский областной суд');
const ALMATY_REGION = region('almaty-region', 'Almaty', 'Алматинская область', 'Алматинской области', 'Алматы', 'Алматинский областной суд');
const ATYRAU = region('atyrau', 'Atyrau', 'Атырауская область', 'Атырауской области', 'Атырау', 'Атырауский областной суд');
const EAST_KZ = region(
  'east-kazakhstan',
  'East Kazakhstan',
  'Восточно-Казахстанская область',
  'Восточно-Казахстанской области',
  'Шығыс Қазақстан',
  'Восточно-Казахстанский областной суд',
);
const JAMBYL = region('jambyl', 'Jambyl', 'Жамбылская область', 'Жамбылской области', 'Жамбыл', 'Жамбылский областной суд');
const JETISU = region('jetisu', 'Jetisu', 'область Жетісу', 'области Жетісу', 'Жетісу', 'Суд области Жетісу');
const WEST_KZ = region(
  'west-kazakhstan',
  'West Kazakhstan',
  'Западно-Казахстанская область',
  'Западно-Казахстанской области',
  'Батыс Қазақстан',
  'Западно-Казахстанский областной суд',
);
const KARAGANDA = region('karaganda', 'Karaganda', 'Карагандинская область', 'Карагандинской области', 'Қарағанды', 'Карагандинский областной суд');
const KOSTANAY = region('kostanay', 'Kostanay', 'Костанайская область', 'Костанайской области', 'Қостанай', 'Костанайский областной суд');
const KYZYLORDA = region('kyzylorda', 'Kyzylorda', 'Кызылординская область', 'Кызылординской области', 'Қызылорда', 'Кызылординский областной суд');
const MANGYSTAU = region('mangystau', 'Mangystau', 'Мангистауская область', 'Мангистауской области', 'Маңғыстау', 'Мангистауский областной суд');
const PAVLODAR = region('pavlodar', 'Pavlodar', 'Павлодарская область', 'Павлодарской области', 'Павлодар', 'Павлодарский областной суд');
const NORTH_KZ = region(
  'north-kazakhstan',
  'North Kazakhstan',
  'Северо-Казахстанская область',
  'Северо-Казахстанской области',
  'Солтүстік Қазақстан',
  'Северо-Казахстанский областной суд',
);
const TURKISTAN = region('turkistan', 'Turkistan', 'Туркестанская область', 'Туркестанской области', 'Түркістан', 'Туркестанский областной суд');
const ULYTAU = region('ulytau', 'Ulytau', 'область Ұлытау', 'области Ұлытау', 'Ұлытау', 'Суд области Ұлытау');

const RAW: TRawRegion[] = [
  {
    code: ASTANA.code,
    name: n('Astana', 'г. Астана', 'Астана қаласы'),
    court: n('Astana City Court', 'Городской суд города Астаны', 'Астана қалалық соты'),
    districts: [
      cityDistrict(ASTANA, 'almaty', 'Almaty', 'район Алматы', 'Алматинский', 'Алматы', 51.148, 71.487),
      cityDistrict(ASTANA, 'baikonyr', 'Baikonyr', 'район Байконыр', 'Байконурский', 'Байқоңыр', 51.181, 71.436),
      cityDistrict(ASTANA, 'yesil', 'Yesil', 'район Есиль', 'Есильский', 'Есіл', 51.109, 71.418),
      cityDistrict(ASTANA, 'saryarka', 'Saryarka', 'район Сарыарка', 'Сарыаркинский', 'Сарыарқа', 51.186, 71.39),
      cityDistrict(ASTANA, 'nura', 'Nura', 'район Нура', null, 'Нұра', 51.082, 71.37, 'Районный суд района Нура г. Астаны'),
    ],
  },
  {
    code: ALMATY.code,
    name: n('Almaty', 'г. Алматы', 'Алматы қаласы'),
    court: n('Almaty City Court', 'Алматинский городской суд', 'Алматы қалалық соты'),
    districts: [
      cityDistrict(ALMATY, 'alatau', 'Alatau', 'Алатауский район', 'Алатауский', 'Алатау', 43.3, 76.83),
      cityDistrict(ALMATY, 'almaly', 'Almaly', 'Алмалинский район', 'Алмалинский', 'Алмалы', 43.254, 76.913),
      cityDistrict(ALMATY, 'auezov', 'Auezov', 'Ауэзовский район', 'Ауэзовский', 'Әуезов', 43.225, 76.856),
      cityDistrict(ALMATY, 'bostandyk', 'Bostandyk', 'Бостандыкский район', 'Бостандыкский', 'Бостандық', 43.207, 76.908),
      cityDistrict(ALMATY, 'zhetysu', 'Zhetysu', 'Жетысуский район', 'Жетысуский', 'Жетісу', 43.291, 76.934),
      cityDistrict(ALMATY, 'medeu', 'Medeu', 'Медеуский район', 'Медеуский', 'Медеу', 43.236, 76.978),
      cityDistrict(ALMATY, 'nauryzbay', 'Nauryzbay', 'Наурызбайский район', 'Наурызбайский', 'Наурызбай', 43.189, 76.805),
      cityDistrict(ALMATY, 'turksib', 'Turksib', 'Турксибский район', 'Турксибский', 'Түрксіб', 43.333, 76.963),
    ],
  },
  {
    code: SHYMKENT.code,
    name: n('Shymkent', 'г. Шымкент', 'Шымкент қаласы'),
    court: n('Shymkent City Court', 'Шымкентский городской суд', 'Шымкент қалалық соты'),
    districts: [
      cityDistrict(SHYMKENT, 'abay', 'Abay', 'Абайский район', 'Абайский', 'Абай', 42.341, 69.552),
      cityDistrict(SHYMKENT, 'al-farabi', 'Al-Farabi', 'район Аль-Фараби', 'Аль-Фарабийский', 'Әл-Фараби', 42.318, 69.597),
      cityDistrict(SHYMKENT, 'enbekshi', 'Enbekshi', 'Енбекшинский район', 'Енбекшинский', 'Еңбекші', 42.298, 69.632),
      cityDistrict(SHYMKENT, 'karatau', 'Karatau', 'Каратауский район', 'Каратауский', 'Қаратау', 42.362, 69.626),
      cityDistrict(SHYMKENT, 'turan', 'Turan', 'район Туран', 'Туранский', 'Тұран', 42.285, 69.548),
    ],
  },
  oblast(ABAI, [
    centre(ABAI, 'semey', 'Semey', 'Семей', 'Семейский', 'Семей', 50.411, 80.227),
    rural(ABAI, 'ayagoz', 'Ayagoz', 'Аягозский', 'Аягөз', 47.965, 80.439),
    rural(ABAI, 'urzhar', 'Urzhar', 'Урджарский', 'Үржар', 47.093, 81.63),
  ]),
  oblast(AKMOLA, [
    centre(AKMOLA, 'kokshetau', 'Kokshetau', 'Кокшетау', 'Кокшетауский', 'Көкшетау', 53.283, 69.391),
    rural(AKMOLA, 'burabay', 'Burabay', 'Бурабайский', 'Бурабай', 52.935, 70.189),
    rural(AKMOLA, 'tselinograd', 'Tselinograd', 'Целиноградский', 'Целиноград', 51.001, 71.14),
  ]),
  oblast(AKTOBE, [
    centre(AKTOBE, 'city', 'Aktobe', 'Актобе', 'Актюбинский', 'Ақтөбе', 50.283, 57.167),
    rural(AKTOBE, 'khromtau', 'Khromtau', 'Хромтауский', 'Хромтау', 50.252, 58.434),
    rural(AKTOBE, 'mugalzhar', 'Mugalzhar', 'Мугалжарский', 'Мұғалжар', 49.467, 57.417),
  ]),
  oblast(ALMATY_REGION, [
    centre(ALMATY_REGION, 'konaev', 'Konaev', 'Конаев', 'Конаевский', 'Қонаев', 43.867, 77.068),
    rural(ALMATY_REGION, 'talgar', 'Talgar', 'Талгарский', 'Талғар', 43.303, 77.24),
    rural(ALMATY_REGION, 'karasay', 'Karasay', 'Карасайский', 'Қарасай', 43.199, 76.62),
  ]),
  oblast(ATYRAU, [
    centre(ATYRAU, 'city', 'Atyrau', 'Атырау', 'Атырауский', 'Атырау', 47.107, 51.914),
    rural(ATYRAU, 'zhylyoi', 'Zhylyoi', 'Жылыойский', 'Жылыой', 46.953, 54.019),
    rural(ATYRAU, 'makhambet', 'Makhambet', 'Махамбетский', 'Махамбет', 47.668, 51.583),
  ]),
  oblast(EAST_KZ, [
    centre(EAST_KZ, 'oskemen', 'Ust-Kamenogorsk', 'Усть-Каменогорск', 'Усть-Каменогорский', 'Өскемен', 49.948, 82.628),
    rural(EAST_KZ, 'glubokoye', 'Glubokoye', 'Глубоковский', 'Глубокое', 50.139, 82.313),
    rural(EAST_KZ, 'shemonaikha', 'Shemonaikha', 'Шемонаихинский', 'Шемонаиха', 50.628, 81.91),
  ]),
  oblast(JAMBYL, [
    centre(JAMBYL, 'taraz', 'Taraz', 'Тараз', 'Таразский', 'Тараз', 42.9, 71.367),
    rural(JAMBYL, 'baizak', 'Baizak', 'Байзакский', 'Байзақ', 42.998, 71.5),
    rural(JAMBYL, 'kordai', 'Kordai', 'Кордайский', 'Қордай', 43.043, 74.712),
  ]),
  oblast(JETISU, [
    centre(JETISU, 'taldykorgan', 'Taldykorgan', 'Талдыкорган', 'Талдыкорганский', 'Талдықорған', 45.017, 78.38),
    rural(JETISU, 'karatal', 'Karatal', 'Каратальский', 'Қаратал', 45.252, 77.983),
    rural(JETISU, 'eskeldi', 'Eskeldi', 'Ескельдинский', 'Ескелді', 44.908, 78.489),
  ]),
  oblast(WEST_KZ, [
    centre(WEST_KZ, 'oral', 'Uralsk', 'Уральск', 'Уральский', 'Орал', 51.233, 51.367),
    rural(WEST_KZ, 'burlin', 'Burlin', 'Бурлинский', 'Бөрлі', 51.169, 52.995),
    rural(WEST_KZ, 'akzhaik', 'Akzhaik', 'Акжаикский', 'Ақжайық', 50.194, 51.17),
  ]),
  oblast(KARAGANDA, [
    centre(KARAGANDA, 'city', 'Karaganda', 'Караганда', 'Карагандинский', 'Қарағанды', 49.807, 73.088),
    rural(KARAGANDA, 'bukhar-zhyrau', 'Bukhar-Zhyrau', 'Бухар-Жырауский', 'Бұқар жырау', 50.037, 73.723),
    rural(KARAGANDA, 'karkaraly', 'Karkaraly', 'Каркаралинский', 'Қарқаралы', 49.406, 75.474),
  ]),
  oblast(KOSTANAY, [
    centre(KOSTANAY, 'city', 'Kostanay', 'Костанай', 'Костанайский', 'Қостанай', 53.214, 63.625),
    rural(KOSTANAY, 'mendykara', 'Mendykara', 'Мендыкаринский', 'Меңдіқара', 53.795, 64.186),
    rural(KOSTANAY, 'auliekol', 'Auliekol', 'Аулиекольский', 'Әулиекөл', 52.367, 64.1),
  ]),
  oblast(KYZYLORDA, [
    centre(KYZYLORDA, 'city', 'Kyzylorda', 'Кызылорда', 'Кызылординский', 'Қызылорда', 44.853, 65.509),
    rural(KYZYLORDA, 'aral', 'Aral', 'Аральский', 'Арал', 46.8, 61.667),
    rural(KYZYLORDA, 'shieli', 'Shieli', 'Шиелийский', 'Шиелі', 44.167, 66.75),
  ]),
  oblast(MANGYSTAU, [
    centre(MANGYSTAU, 'aktau', 'Aktau', 'Актау', 'Актауский', 'Ақтау', 43.651, 51.158),
    rural(MANGYSTAU, 'munaily', 'Munaily', 'Мунайлинский', 'Мұнайлы', 43.7, 51.3),
    rural(MANGYSTAU, 'tupkaragan', 'Tupkaragan', 'Тупкараганский', 'Түпқараған', 44.507, 50.262),
  ]),
  oblast(PAVLODAR, [
    centre(PAVLODAR, 'city', 'Pavlodar', 'Павлодар', 'Павлодарский', 'Павлодар', 52.287, 76.967),
    rural(PAVLODAR, 'bayanaul', 'Bayanaul', 'Баянаульский', 'Баянауыл', 50.793, 75.701),
    rural(PAVLODAR, 'ertis', 'Ertis', 'Иртышский', 'Ертіс', 53.336, 75.458),
  ]),
  oblast(NORTH_KZ, [
    centre(NORTH_KZ, 'petropavl', 'Petropavl', 'Петропавловск', 'Петропавловский', 'Петропавл', 54.867, 69.15),
    rural(NORTH_KZ, 'kyzylzhar', 'Kyzylzhar', 'Кызылжарский', 'Қызылжар', 54.767, 69.083),
    rural(NORTH_KZ, 'aiyrtau', 'Aiyrtau', 'Айыртауский', 'Айыртау', 53.29, 68.1),
  ]),
  oblast(TURKISTAN, [
    centre(TURKISTAN, 'city', 'Turkistan', 'Туркестан', 'Туркестанский', 'Түркістан', 43.297, 68.252),
    rural(TURKISTAN, 'sairam', 'Sairam', 'Сайрамский', 'Сайрам', 42.6, 69.833),
    rural(TURKISTAN, 'saryagash', 'Saryagash', 'Сарыагашский', 'Сарыағаш', 41.45, 69.17),
  ]),
  oblast(ULYTAU, [
    centre(ULYTAU, 'zhezkazgan', 'Zhezkazgan', 'Жезказган', 'Жезказганский', 'Жезқазған', 47.783, 67.767),
    rural(ULYTAU, 'ulytau', 'Ulytau', 'Улытауский', 'Ұлытау', 48.65, 67.0),
    rural(ULYTAU, 'zhanaarka', 'Zhanaarka', 'Жанааркинский', 'Жаңаарқа', 48.682, 71.643),
  ]),
];

export const REGIONS: TRegionRef[] = RAW.map((r) => ({
  code: r.code,
  name: r.name,
  districts: r.districts.map((d) => ({ code: d.code, name: d.name, lat: d.lat, lng: d.lng })),
}));

// One regional (or city) court per region, one court per district. Names unverified (see header).
export const COURTS: TCourtRef[] = RAW.flatMap((r) => [
  { code: `court-${r.code}`, regionCode: r.code, districtCode: null, name: r.court },
  ...r.districts.map((d) => ({ code: `court-${d.code}`, regionCode: r.code, districtCode: d.code, name: d.court })),
]);

// ---------------------------------------------------------------------------------------------
// Criminal Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V: crimes against the sexual
// inviolability of minors. Titles paraphrased. Parts 3-1 and 3-2 of art. 120 were added by Law
// No. 292-VI of 27.12.2019 (rape of a minor moved there from part 3 of the original wording);
// art. 121 may have parallel parts that administrators can add. Gravity values unverified.
export const CRIMINAL_ARTICLES: TArticleRef[] = [
  {
    code: '120-3',
    gravity: 'ESPECIALLY_GRAVE',
    title: n(
      'Rape, especially aggravated (art. 120 part 3)',
      'Изнасилование при особо отягчающих обстоятельствах (ст. 120 ч. 3)',
      'Аса ауырлататын мән-жайлар кезіндегі зорлау (120-бап 3-бөлік)',
    ),
  },
  {
    code: '120-3-1',
    gravity: 'ESPECIALLY_GRAVE',
    title: n(
      'Rape of a minor (art. 120 part 3-1)',
      'Изнасилование несовершеннолетней (ст. 120 ч. 3-1)',
      'Кәмелетке толмаған адамды зорлау (120-бап 3-1-бөлік)',
    ),
  },
  {
    code: '120-3-2',
    gravity: 'ESPECIALLY_GRAVE',
    title: n(
      'Rape of two or more minors, or of a minor by a parent, teacher or guardian (art. 120 part 3-2)',
      'Изнасилование двух и более несовершеннолетних либо несовершеннолетней родителем, педагогом или иным лицом, обязанным её воспитывать (ст. 120 ч. 3-2)',
      'Екі және одан да көп кәмелетке толмаған адамды зорлау не кәмелетке толмаған адамды ата-анасының, педагогтың немесе оны тәрбиелеуге міндетті өзге адамның зорлауы (120-бап 3-2-бөлік)',
    ),
  },
  {
    code: '120-4',
    gravity: 'ESPECIALLY_GRAVE',
    title: n('Rape of a child under 14 (art. 120 part 4)', 'Изнасилование малолетней (ст. 120 ч. 4)', 'Он төрт жасқа толмаған адамды зорлау (120-бап 4-бөлік)'),
  },
  {
    code: '121-3',
    gravity: 'ESPECIALLY_GRAVE',
    title: n(
      'Violent acts of a sexual nature, especially aggravated (art. 121 part 3)',
      'Насильственные действия сексуального характера при особо отягчающих обстоятельствах (ст. 121 ч. 3)',
      'Аса ауырлататын мән-жайлар кезіндегі сексуалдық сипаттағы зорлық-зомбылық әрекеттері (121-бап 3-бөлік)',
    ),
  },
  {
    code: '121-4',
    gravity: 'ESPECIALLY_GRAVE',
    title: n(
      'Violent acts of a sexual nature against a child under 14 (art. 121 part 4)',
      'Насильственные действия сексуального характера в отношении малолетнего (ст. 121 ч. 4)',
      'Он төрт жасқа толмаған адамға қатысты сексуалдық сипаттағы зорлық-зомбылық әрекеттері (121-бап 4-бөлік)',
    ),
  },
  {
    code: '122-1',
    gravity: 'MEDIUM',
    title: n(
      'Sexual intercourse or other sexual acts with a person under 16 (art. 122 part 1)',
      'Половое сношение и иные действия сексуального характера с лицом, не достигшим шестнадцати лет (ст. 122 ч. 1)',
      'Он алты жасқа толмаған адаммен жыныстық қатынас және сексуалдық сипаттағы өзге де әрекеттер (122-бап 1-бөлік)',
    ),
  },
  {
    code: '122-2',
    gravity: 'GRAVE',
    title: n(
      'Sexual acts with a person under 16, aggravated (art. 122 part 2)',
      'Действия сексуального характера с лицом, не достигшим шестнадцати лет, при отягчающих обстоятельствах (ст. 122 ч. 2)',
      'Ауырлататын мән-жайлар кезінде он алты жасқа толмаған адаммен сексуалдық сипаттағы әрекеттер (122-бап 2-бөлік)',
    ),
  },
  {
    code: '122-3',
    gravity: 'GRAVE',
    title: n(
      'Sexual acts with a person under 16, aggravated (art. 122 part 3)',
      'Действия сексуального характера с лицом, не достигшим шестнадцати лет, при отягчающих обстоятельствах (ст. 122 ч. 3)',
      'Ауырлататын мән-жайлар кезінде он алты жасқа толмаған адаммен сексуалдық сипаттағы әрекеттер (122-бап 3-бөлік)',
    ),
  },
  {
    code: '122-4',
    gravity: 'ESPECIALLY_GRAVE',
    title: n(
      'Sexual acts with a person under 16, especially aggravated (art. 122 part 4)',
      'Действия сексуального характера с лицом, не достигшим шестнадцати лет, при особо отягчающих обстоятельствах (ст. 122 ч. 4)',
      'Аса ауырлататын мән-жайлар кезінде он алты жасқа толмаған адаммен сексуалдық сипаттағы әрекеттер (122-бап 4-бөлік)',
    ),
  },
  {
    code: '124-1',
    gravity: 'MEDIUM',
    title: n('Corruption of children under 14 (art. 124 part 1)', 'Развращение малолетних (ст. 124 ч. 1)', 'Жас балаларды азғындату (124-бап 1-бөлік)'),
  },
  {
    code: '124-2',
    gravity: 'GRAVE',
    title: n(
      'Corruption of children under 14, aggravated (art. 124 part 2)',
      'Развращение малолетних при отягчающих обстоятельствах (ст. 124 ч. 2)',
      'Ауырлататын мән-жайлар кезінде жас балаларды азғындату (124-бап 2-бөлік)',
    ),
  },
];

// ---------------------------------------------------------------------------------------------
export const LEGAL_BASES: TLegalBasisRef[] = [
  {
    code: 'law-28-I-1996',
    inForceFrom: '1996-07-15',
    inForceTo: null, // unverified whether Law No. 245-VIII ends its force
    defaultTermYears: 8,
    title: n(
      'Law No. 28-I of 15 July 1996 "On administrative supervision of persons released from places of deprivation of liberty"',
      'Закон № 28-I от 15 июля 1996 года «Об административном надзоре за лицами, освобождёнными из мест лишения свободы»',
      '1996 жылғы 15 шілдедегі № 28-I «Бас бостандығынан айыру орындарынан босатылған адамдарды әкімшілік қадағалау туралы» Заң',
    ),
  },
  {
    code: 'pec-171',
    inForceFrom: '2015-01-01',
    inForceTo: null,
    defaultTermYears: 8,
    title: n(
      'Penal Enforcement Code, art. 171 (supervision term by gravity of the crime)',
      'Уголовно-исполнительный кодекс, ст. 171 (срок надзора в зависимости от тяжести преступления)',
      'Қылмыстық-атқару кодексі, 171-бап (қылмыстың ауырлығына қарай қадағалау мерзімі)',
    ),
  },
  {
    code: 'law-245-VIII-2025',
    // UNVERIFIED: the date in force of Law No. 245-VIII; administrators correct it if it differs.
    inForceFrom: '2026-01-01',
    inForceTo: null,
    defaultTermYears: null,
    title: n(
      'Law No. 245-VIII of 30 December 2025 "On the prevention of offences" (extension of supervision, lifelong supervision)',
      'Закон № 245-VIII от 30 декабря 2025 года «О профилактике правонарушений» (продление надзора, пожизненный надзор)',
      '2025 жылғы 30 желтоқсандағы № 245-VIII «Құқық бұзушылықтардың профилактикасы туралы» Заң (қадағалауды ұзарту, өмір бойғы қадағалау)',
    ),
  },
];

// UNVERIFIED article numbers (CoAO art. 476, CC art. 430): kept as data, editable by administrators.
export const OFFENCE_ARTICLES: TOffenceArticleRef[] = [
  {
    code: 'coap-476',
    kind: 'ADMINISTRATIVE',
    title: n(
      'Violation of administrative supervision rules (CoAO art. 476)',
      'Нарушение правил административного надзора (ст. 476 КоАП)',
      'Әкімшілік қадағалау қағидаларын бұзу (ӘҚБтК 476-бабы)',
    ),
  },
  {
    code: 'cc-430',
    kind: 'CRIMINAL',
    title: n(
      'Evasion of administrative supervision (CC art. 430)',
      'Уклонение от административного надзора (ст. 430 УК)',
      'Әкімшілік қадағалаудан жалтару (ҚК 430-бабы)',
    ),
  },
];

export const SETTINGS: { key: string; value: string }[] = [
  { key: 'exclusion.defaultRadiusM', value: '300' },
  { key: 'violations.penaltiesBeforeReferral', value: '2' },
  { key: 'caseload.targetPerOfficer', value: '40' },
];
