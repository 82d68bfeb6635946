// Reference data loaded by the reference-data migration (prisma/tools/reference-sql.ts) and
// editable by administrators afterwards. Administrative division as of 2024 (20 first-level
// units); districts listed are the city districts of the three cities of republican
// significance and, elsewhere, the regional centre plus one rural district. Coordinates are
// approximate district centres. Criminal-code article titles are paraphrased; offence-article
// numbers and the 2025 law's date in force are unverified and kept here as data, not code.

export type TRefName = { en: string; ru: string; kk: string };
export type TRegionRef = { code: string; name: TRefName; districts: { code: string; name: TRefName; lat: number; lng: number }[] };
export type TCourtRef = { code: string; regionCode: string; districtCode: string | null; name: TRefName };
export type TArticleRef = { code: string; title: TRefName; gravity: 'MINOR' | 'MEDIUM' | 'GRAVE' | 'ESPECIALLY_GRAVE' };
export type TLegalBasisRef = { code: string; title: TRefName; inForceFrom: string; inForceTo: string | null; defaultTermYears: number | null };
export type TOffenceArticleRef = { code: string; kind: 'ADMINISTRATIVE' | 'CRIMINAL'; title: TRefName };

const n = (en: string, ru: string, kk: string): TRefName => ({ en, ru, kk });
const d = (code: string, name: TRefName, lat: number, lng: number) => ({ code, name, lat, lng });

export const REGIONS: TRegionRef[] = [
  {
    code: 'astana',
    name: n('Astana', 'г. Астана', 'Астана қаласы'),
    districts: [
      d('astana-almaty', n('Almaty district', 'район Алматы', 'Алматы ауданы'), 51.142, 71.497),
      d('astana-baikonyr', n('Baikonyr district', 'район Байконыр', 'Байқоңыр ауданы'), 51.182, 71.436),
      d('astana-yesil', n('Yesil district', 'район Есиль', 'Есіл ауданы'), 51.109, 71.417),
      d('astana-saryarka', n('Saryarka district', 'район Сарыарка', 'Сарыарқа ауданы'), 51.186, 71.389),
      d('astana-nura', n('Nura district', 'район Нура', 'Нұра ауданы'), 51.081, 71.372),
    ],
  },
  {
    code: 'almaty-city',
    name: n('Almaty', 'г. Алматы', 'Алматы қаласы'),
    districts: [
      d('almaty-city-alatau', n('Alatau district', 'Алатауский район', 'Алатау ауданы'), 43.301, 76.831),
      d('almaty-city-almaly', n('Almaly district', 'Алмалинский район', 'Алмалы ауданы'), 43.255, 76.912),
      d('almaty-city-auezov', n('Auezov district', 'Ауэзовский район', 'Әуезов ауданы'), 43.225, 76.855),
      d('almaty-city-bostandyk', n('Bostandyk district', 'Бостандыкский район', 'Бостандық ауданы'), 43.209, 76.909),
      d('almaty-city-zhetysu', n('Zhetysu district', 'Жетысуский район', 'Жетісу ауданы'), 43.292, 76.935),
      d('almaty-city-medeu', n('Medeu district', 'Медеуский район', 'Медеу ауданы'), 43.238, 76.977),
      d('almaty-city-nauryzbay', n('Nauryzbay district', 'Наурызбайский район', 'Наурызбай ауданы'), 43.188, 76.807),
      d('almaty-city-turksib', n('Turksib district', 'Турксибский район', 'Түрксіб ауданы'), 43.333, 76.962),
    ],
  },
  {
    code: 'shymkent',
    name: n('Shymkent', 'г. Шымкент', 'Шымкент қаласы'),
    districts: [
      d('shymkent-abay', n('Abay district', 'Абайский район', 'Абай ауданы'), 42.341, 69.551),
      d('shymkent-al-farabi', n('Al-Farabi district', 'район Аль-Фараби', 'Әл-Фараби ауданы'), 42.318, 69.596),
      d('shymkent-enbekshi', n('Enbekshi district', 'Енбекшинский район', 'Еңбекші ауданы'), 42.297, 69.631),
      d('shymkent-karatau', n('Karatau district', 'Каратауский район', 'Қаратау ауданы'), 42.362, 69.625),
      d('shymkent-turan', n('Turan district', 'район Туран', 'Тұран ауданы'), 42.285, 69.548),
    ],
  },
  { code: 'abai', name: n('Abai Region', 'Абайская область', 'Абай облысы'), districts: [d('abai-semey', n('Semey city', 'г. Семей', 'Семей қ.'), 50.411, 80.227), d('abai-zharma', n('Zharma district', 'Жарминский район', 'Жарма ауданы'), 48.796, 80.823)] },
  { code: 'akmola', name: n('Akmola Region', 'Акмолинская область', 'Ақмола облысы'), districts: [d('akmola-kokshetau', n('Kokshetau city', 'г. Кокшетау', 'Көкшетау қ.'), 53.283, 69.391), d('akmola-burabay', n('Burabay district', 'Бурабайский район', 'Бурабай ауданы'), 53.082, 70.311)] },
  { code: 'aktobe', name: n('Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы'), districts: [d('aktobe-aktobe', n('Aktobe city', 'г. Актобе', 'Ақтөбе қ.'), 50.283, 57.167), d('aktobe-khromtau', n('Khromtau district', 'Хромтауский район', 'Хромтау ауданы'), 50.252, 58.446)] },
  { code: 'almaty-region', name: n('Almaty Region', 'Алматинская область', 'Алматы облысы'), districts: [d('almaty-region-konaev', n('Konaev city', 'г. Конаев', 'Қонаев қ.'), 43.867, 77.068), d('almaty-region-talgar', n('Talgar district', 'Талгарский район', 'Талғар ауданы'), 43.303, 77.24)] },
  { code: 'atyrau', name: n('Atyrau Region', 'Атырауская область', 'Атырау облысы'), districts: [d('atyrau-atyrau', n('Atyrau city', 'г. Атырау', 'Атырау қ.'), 47.094, 51.924), d('atyrau-makhambet', n('Makhambet district', 'Махамбетский район', 'Махамбет ауданы'), 47.668, 51.583)] },
  { code: 'east-kazakhstan', name: n('East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы'), districts: [d('east-kazakhstan-oskemen', n('Oskemen city', 'г. Усть-Каменогорск', 'Өскемен қ.'), 49.948, 82.628), d('east-kazakhstan-glubokoe', n('Glubokoe district', 'Глубоковский район', 'Глубокое ауданы'), 50.139, 82.313)] },
  { code: 'jambyl', name: n('Jambyl Region', 'Жамбылская область', 'Жамбыл облысы'), districts: [d('jambyl-taraz', n('Taraz city', 'г. Тараз', 'Тараз қ.'), 42.9, 71.367), d('jambyl-baizak', n('Baizak district', 'Байзакский район', 'Байзақ ауданы'), 43.027, 71.533)] },
  { code: 'jetisu', name: n('Jetisu Region', 'Жетысуская область', 'Жетісу облысы'), districts: [d('jetisu-taldykorgan', n('Taldykorgan city', 'г. Талдыкорган', 'Талдықорған қ.'), 45.017, 78.373), d('jetisu-eskeldi', n('Eskeldi district', 'Ескельдинский район', 'Ескелді ауданы'), 44.983, 78.55)] },
  { code: 'west-kazakhstan', name: n('West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы'), districts: [d('west-kazakhstan-oral', n('Oral city', 'г. Уральск', 'Орал қ.'), 51.233, 51.367), d('west-kazakhstan-terekti', n('Terekti district', 'Теректинский район', 'Теректі ауданы'), 51.067, 51.283)] },
  { code: 'karaganda', name: n('Karaganda Region', 'Карагандинская область', 'Қарағанды облысы'), districts: [d('karaganda-karaganda', n('Karaganda city', 'г. Караганда', 'Қарағанды қ.'), 49.806, 73.085), d('karaganda-bukhar-zhyrau', n('Bukhar-Zhyrau district', 'Бухар-Жырауский район', 'Бұқар жырау ауданы'), 49.968, 73.18)] },
  { code: 'kostanay', name: n('Kostanay Region', 'Костанайская область', 'Қостанай облысы'), districts: [d('kostanay-kostanay', n('Kostanay city', 'г. Костанай', 'Қостанай қ.'), 53.214, 63.632), d('kostanay-zatobolsk', n('Kostanay district', 'Костанайский район', 'Қостанай ауданы'), 53.185, 63.704)] },
  { code: 'kyzylorda', name: n('Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы'), districts: [d('kyzylorda-kyzylorda', n('Kyzylorda city', 'г. Кызылорда', 'Қызылорда қ.'), 44.853, 65.509), d('kyzylorda-syrdarya', n('Syrdarya district', 'Сырдарьинский район', 'Сырдария ауданы'), 44.733, 66.167)] },
  { code: 'mangystau', name: n('Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы'), districts: [d('mangystau-aktau', n('Aktau city', 'г. Актау', 'Ақтау қ.'), 43.65, 51.16), d('mangystau-munaily', n('Munaily district', 'Мунайлинский район', 'Мұнайлы ауданы'), 43.767, 51.383)] },
  { code: 'pavlodar', name: n('Pavlodar Region', 'Павлодарская область', 'Павлодар облысы'), districts: [d('pavlodar-pavlodar', n('Pavlodar city', 'г. Павлодар', 'Павлодар қ.'), 52.287, 76.967), d('pavlodar-ekibastuz', n('Ekibastuz city', 'г. Экибастуз', 'Екібастұз қ.'), 51.723, 75.323)] },
  { code: 'north-kazakhstan', name: n('North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы'), districts: [d('north-kazakhstan-petropavl', n('Petropavl city', 'г. Петропавловск', 'Петропавл қ.'), 54.867, 69.15), d('north-kazakhstan-kyzylzhar', n('Kyzylzhar district', 'Кызылжарский район', 'Қызылжар ауданы'), 54.85, 69.05)] },
  { code: 'turkistan', name: n('Turkistan Region', 'Туркестанская область', 'Түркістан облысы'), districts: [d('turkistan-turkistan', n('Turkistan city', 'г. Туркестан', 'Түркістан қ.'), 43.3, 68.25), d('turkistan-sairam', n('Sairam district', 'Сайрамский район', 'Сайрам ауданы'), 42.3, 69.767)] },
  { code: 'ulytau', name: n('Ulytau Region', 'Улытауская область', 'Ұлытау облысы'), districts: [d('ulytau-zhezkazgan', n('Zhezkazgan city', 'г. Жезказган', 'Жезқазған қ.'), 47.783, 67.767), d('ulytau-satpaev', n('Satpaev city', 'г. Сатпаев', 'Сәтбаев қ.'), 47.9, 67.533)] },
];

// A regional (city) court per region and a district court per district.
export const COURTS: TCourtRef[] = REGIONS.flatMap((region) => [
  {
    code: `court-${region.code}`,
    regionCode: region.code,
    districtCode: null,
    name: n(`${region.name.en} regional court`, `Областной суд: ${region.name.ru}`, `${region.name.kk} соты`),
  },
  ...region.districts.map((district) => ({
    code: `court-${district.code}`,
    regionCode: region.code,
    districtCode: district.code,
    name: n(`Court of ${district.name.en}, ${region.name.en}`, `Районный суд: ${district.name.ru} (${region.name.ru})`, `${region.name.kk}, ${district.name.kk} соты`),
  })),
]);

// Criminal Code of the Republic of Kazakhstan (2014), crimes against the sexual inviolability of minors.
export const CRIMINAL_ARTICLES: TArticleRef[] = [
  { code: '120-3', gravity: 'ESPECIALLY_GRAVE', title: n('Rape of a minor (art. 120 part 3)', 'Изнасилование несовершеннолетней (ст. 120 ч. 3)', 'Кәмелетке толмағанды зорлау (120-бап 3-бөлік)') },
  { code: '120-4', gravity: 'ESPECIALLY_GRAVE', title: n('Rape of a person under 14 (art. 120 part 4)', 'Изнасилование лица, не достигшего 14 лет (ст. 120 ч. 4)', 'Он төрт жасқа толмаған адамды зорлау (120-бап 4-бөлік)') },
  { code: '121-3', gravity: 'ESPECIALLY_GRAVE', title: n('Violent sexual acts against a minor (art. 121 part 3)', 'Насильственные действия сексуального характера в отношении несовершеннолетнего (ст. 121 ч. 3)', 'Кәмелетке толмағанға қатысты жыныстық сипаттағы күш қолдану әрекеттері (121-бап 3-бөлік)') },
  { code: '121-4', gravity: 'ESPECIALLY_GRAVE', title: n('Violent sexual acts against a person under 14 (art. 121 part 4)', 'Насильственные действия сексуального характера в отношении лица, не достигшего 14 лет (ст. 121 ч. 4)', 'Он төрт жасқа толмаған адамға қатысты жыныстық сипаттағы күш қолдану әрекеттері (121-бап 4-бөлік)') },
  { code: '122-1', gravity: 'MEDIUM', title: n('Sexual intercourse with a person under 16 (art. 122 part 1)', 'Половое сношение с лицом, не достигшим 16 лет (ст. 122 ч. 1)', 'Он алты жасқа толмаған адаммен жыныстық қатынас (122-бап 1-бөлік)') },
  { code: '122-3', gravity: 'GRAVE', title: n('Sexual intercourse with a person under 16, aggravated (art. 122 part 3)', 'Половое сношение с лицом, не достигшим 16 лет, при отягчающих обстоятельствах (ст. 122 ч. 3)', 'Он алты жасқа толмаған адаммен ауырлататын мән-жайлардағы жыныстық қатынас (122-бап 3-бөлік)') },
  { code: '124-1', gravity: 'MEDIUM', title: n('Corruption of minors (art. 124 part 1)', 'Развращение малолетних (ст. 124 ч. 1)', 'Жас балаларды азғындату (124-бап 1-бөлік)') },
  { code: '124-2', gravity: 'GRAVE', title: n('Corruption of minors, aggravated (art. 124 part 2)', 'Развращение малолетних при отягчающих обстоятельствах (ст. 124 ч. 2)', 'Жас балаларды ауырлататын мән-жайларда азғындату (124-бап 2-бөлік)') },
];

export const LEGAL_BASES: TLegalBasisRef[] = [
  {
    code: 'law-28-I-1996',
    inForceFrom: '1996-07-15',
    inForceTo: null,
    defaultTermYears: 8,
    title: n(
      'Law No. 28-I of 15 July 1996 "On administrative supervision of persons released from places of deprivation of liberty"',
      'Закон № 28-I от 15 июля 1996 года «Об административном надзоре за лицами, освобожденными из мест лишения свободы»',
      '1996 жылғы 15 шілдедегі № 28-I «Бас бостандығынан айыру орындарынан босатылған адамдарды әкімшілік қадағалау туралы» Заң',
    ),
  },
  {
    code: 'pec-171',
    inForceFrom: '2015-01-01',
    inForceTo: null,
    defaultTermYears: 8,
    title: n('Penal Enforcement Code, art. 171 (term by gravity)', 'Уголовно-исполнительный кодекс, ст. 171 (срок по тяжести)', 'Қылмыстық-атқару кодексі, 171-бап (ауырлығына қарай мерзім)'),
  },
  {
    // Date in force unverified (art. 85 of the law): kept as data an administrator can correct.
    code: 'law-245-VIII-2025',
    inForceFrom: '2026-01-01',
    inForceTo: null,
    defaultTermYears: null,
    title: n(
      'Law No. 245-VIII of 30 December 2025 "On the prevention of offences" (extension, up to lifelong)',
      'Закон № 245-VIII от 30 декабря 2025 года «О профилактике правонарушений» (продление, вплоть до пожизненного)',
      '2025 жылғы 30 желтоқсандағы № 245-VIII «Құқық бұзушылықтардың профилактикасы туралы» Заң (өмір бойына дейін ұзарту)',
    ),
  },
];

// Numbers unverified: administrators edit them in Reference data.
export const OFFENCE_ARTICLES: TOffenceArticleRef[] = [
  { code: 'coap-476', kind: 'ADMINISTRATIVE', title: n('Violation of administrative supervision rules (CoAO art. 476)', 'Нарушение правил административного надзора (КоАП ст. 476)', 'Әкімшілік қадағалау ережелерін бұзу (ӘҚБтК 476-бап)') },
  { code: 'cc-430', kind: 'CRIMINAL', title: n('Evasion of administrative supervision (CC art. 430)', 'Уклонение от административного надзора (УК ст. 430)', 'Әкімшілік қадағалаудан жалтару (ҚК 430-бап)') },
];

export const SETTINGS: { key: string; value: string }[] = [
  { key: 'exclusion.defaultRadiusM', value: '300' },
  { key: 'violations.penaltiesBeforeReferral', value: '2' },
  { key: 'caseload.targetPerOfficer', value: '40' },
];
