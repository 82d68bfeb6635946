import type { TInstrumentDefinition, TText } from './instrument';

// The default actuarial static instrument, following the published Static-99R coding rules
// (2016 risk levels) as written in DOMAIN.md "Risk assessment". This constant is what the
// migration 20261202010000_risk_assessment inserted as version 1; corrections are new versions
// made by administrators (/admin/risk-instruments), never edits here. A test checks that the
// database's version 1 still equals this constant.

export const STATIC99R_CODE = 'STATIC99R';

const yesNo = (yesPoints: number, noPoints = 0) => [
  { code: 'NO', points: noPoints, label: { en: 'No', ru: 'Нет', kk: 'Жоқ' } },
  { code: 'YES', points: yesPoints, label: { en: 'Yes', ru: 'Да', kk: 'Иә' } },
];

export const STATIC99R_TITLE: TText = {
  en: 'Static-99R (2016 risk levels)',
  ru: 'Static-99R (уровни риска 2016 г.)',
  kk: 'Static-99R (2016 ж. қауіп деңгейлері)',
};

export const STATIC99R_CAVEAT: TText = {
  en: 'A Static-99R score places a person among a group of people with the same score and estimates that group’s relative risk of sexual reoffending. It is one input to the court’s judgement, not a decision about this person.',
  ru: 'Балл Static-99R относит лицо к группе лиц с таким же баллом и оценивает относительный риск повторного полового преступления для этой группы. Это одно из оснований для суждения суда, а не решение в отношении данного лица.',
  kk: 'Static-99R балы адамды осындай балы бар адамдар тобына жатқызып, сол топтың жыныстық қылмысты қайталау қаупін салыстырмалы түрде бағалайды. Бұл сот пайымының бір ғана негізі, осы адам туралы шешім емес.',
};

export const STATIC99R: TInstrumentDefinition = {
  items: [
    {
      code: 'AGE_AT_RELEASE',
      question: {
        en: 'Age at release from the index sentence',
        ru: 'Возраст на момент освобождения по последнему приговору',
        kk: 'Соңғы үкім бойынша босатылған кездегі жасы',
      },
      answers: [
        { code: 'AGE_18_34', points: 1, label: { en: '18 to 34.9', ru: 'от 18 до 34,9 лет', kk: '18-ден 34,9 жасқа дейін' } },
        { code: 'AGE_35_39', points: 0, label: { en: '35 to 39.9', ru: 'от 35 до 39,9 лет', kk: '35-тен 39,9 жасқа дейін' } },
        { code: 'AGE_40_59', points: -1, label: { en: '40 to 59.9', ru: 'от 40 до 59,9 лет', kk: '40-тан 59,9 жасқа дейін' } },
        { code: 'AGE_60_PLUS', points: -3, label: { en: '60 or older', ru: '60 лет и старше', kk: '60 жас және одан жоғары' } },
      ],
      prefill: 'ageAtRelease',
    },
    {
      code: 'EVER_LIVED_WITH_PARTNER',
      question: {
        en: 'Ever lived with an intimate partner for two years or more',
        ru: 'Проживал ли когда-либо с интимным партнёром два года и более',
        kk: 'Жақын серіктесімен екі жыл және одан көп бірге тұрған ба',
      },
      // Reversed: not having lived with a partner scores.
      answers: [
        { code: 'NO', points: 1, label: { en: 'No', ru: 'Нет', kk: 'Жоқ' } },
        { code: 'YES', points: 0, label: { en: 'Yes', ru: 'Да', kk: 'Иә' } },
      ],
      prefill: null,
    },
    {
      code: 'INDEX_NONSEXUAL_VIOLENCE',
      question: {
        en: 'Index non-sexual violence (any conviction)',
        ru: 'Несексуальное насилие в последнем преступлении (любая судимость)',
        kk: 'Соңғы қылмыстағы жыныстық емес зорлық (кез келген сотталғандық)',
      },
      answers: yesNo(1),
      prefill: 'indexNonSexualViolence',
    },
    {
      code: 'PRIOR_NONSEXUAL_VIOLENCE',
      question: {
        en: 'Prior non-sexual violence (any conviction)',
        ru: 'Несексуальное насилие в прошлом (любая судимость)',
        kk: 'Бұрынғы жыныстық емес зорлық (кез келген сотталғандық)',
      },
      answers: yesNo(1),
      prefill: 'priorNonSexualViolence',
    },
    {
      code: 'PRIOR_SEX_OFFENCES',
      question: {
        en: 'Prior sex offences (charges or convictions before the index offence)',
        ru: 'Прежние половые преступления (обвинения или судимости до последнего преступления)',
        kk: 'Бұрынғы жыныстық қылмыстар (соңғы қылмысқа дейінгі айыптаулар немесе сотталғандықтар)',
      },
      answers: [
        { code: 'NONE', points: 0, label: { en: 'None', ru: 'Нет', kk: 'Жоқ' } },
        {
          code: 'CHARGES_1_2_OR_CONVICTION_1',
          points: 1,
          label: { en: '1–2 charges or 1 conviction', ru: '1–2 обвинения или 1 судимость', kk: '1–2 айыптау немесе 1 сотталғандық' },
        },
        {
          code: 'CHARGES_3_5_OR_CONVICTIONS_2_3',
          points: 2,
          label: { en: '3–5 charges or 2–3 convictions', ru: '3–5 обвинений или 2–3 судимости', kk: '3–5 айыптау немесе 2–3 сотталғандық' },
        },
        {
          code: 'CHARGES_6_OR_CONVICTIONS_4',
          points: 3,
          label: {
            en: '6 or more charges or 4 or more convictions',
            ru: '6 и более обвинений или 4 и более судимостей',
            kk: '6 және одан көп айыптау немесе 4 және одан көп сотталғандық',
          },
        },
      ],
      prefill: 'priorSexOffences',
    },
    {
      code: 'PRIOR_SENTENCING_DATES',
      question: {
        en: 'Prior sentencing dates (excluding the index)',
        ru: 'Прежние даты вынесения приговоров (без последнего)',
        kk: 'Бұрынғы үкім шығарылған күндер (соңғысынан басқа)',
      },
      answers: [
        { code: 'UP_TO_3', points: 0, label: { en: '3 or fewer', ru: '3 или меньше', kk: '3 немесе одан аз' } },
        { code: 'FOUR_OR_MORE', points: 1, label: { en: '4 or more', ru: '4 и более', kk: '4 және одан көп' } },
      ],
      prefill: 'priorSentencingDates',
    },
    {
      code: 'NON_CONTACT_CONVICTION',
      question: {
        en: 'Any conviction for a non-contact sex offence',
        ru: 'Судимость за бесконтактное половое преступление',
        kk: 'Байланыссыз жыныстық қылмыс үшін сотталғандық',
      },
      answers: yesNo(1),
      prefill: 'nonContactConviction',
    },
    {
      code: 'UNRELATED_VICTIM',
      question: { en: 'Any unrelated victim', ru: 'Потерпевший, не являющийся родственником', kk: 'Туысы емес жәбірленуші' },
      answers: yesNo(1),
      prefill: 'unrelatedVictim',
    },
    {
      code: 'STRANGER_VICTIM',
      question: { en: 'Any stranger victim', ru: 'Незнакомый потерпевший', kk: 'Бейтаныс жәбірленуші' },
      answers: yesNo(1),
      prefill: 'strangerVictim',
    },
    {
      code: 'MALE_VICTIM',
      question: { en: 'Any male victim', ru: 'Потерпевший мужского пола', kk: 'Ер жынысты жәбірленуші' },
      answers: yesNo(1),
      prefill: 'maleVictim',
    },
  ],
  bands: [
    {
      code: 'I',
      rank: 1,
      min: -3,
      max: -2,
      label: { en: 'Level I — very low risk', ru: 'Уровень I — очень низкий риск', kk: 'I деңгей — өте төмен қауіп' },
      description: {
        en: 'Totals −3 to −2: far lower than the typical person convicted of a sexual offence.',
        ru: 'Сумма от −3 до −2: значительно ниже, чем у типичного лица, осуждённого за половое преступление.',
        kk: 'Жиынтық −3-тен −2-ге дейін: жыныстық қылмыс үшін сотталған әдеттегі адамнан едәуір төмен.',
      },
    },
    {
      code: 'II',
      rank: 2,
      min: -1,
      max: 0,
      label: { en: 'Level II — below average risk', ru: 'Уровень II — риск ниже среднего', kk: 'II деңгей — орташадан төмен қауіп' },
      description: {
        en: 'Totals −1 to 0: lower than the typical person convicted of a sexual offence.',
        ru: 'Сумма от −1 до 0: ниже, чем у типичного лица, осуждённого за половое преступление.',
        kk: 'Жиынтық −1-ден 0-ге дейін: жыныстық қылмыс үшін сотталған әдеттегі адамнан төмен.',
      },
    },
    {
      code: 'III',
      rank: 3,
      min: 1,
      max: 3,
      label: { en: 'Level III — average risk', ru: 'Уровень III — средний риск', kk: 'III деңгей — орташа қауіп' },
      description: {
        en: 'Totals 1 to 3: about the same as the typical person convicted of a sexual offence.',
        ru: 'Сумма от 1 до 3: примерно как у типичного лица, осуждённого за половое преступление.',
        kk: 'Жиынтық 1-ден 3-ке дейін: жыныстық қылмыс үшін сотталған әдеттегі адаммен шамалас.',
      },
    },
    {
      code: 'IVa',
      rank: 4,
      min: 4,
      max: 5,
      label: { en: 'Level IVa — above average risk', ru: 'Уровень IVa — риск выше среднего', kk: 'IVa деңгейі — орташадан жоғары қауіп' },
      description: {
        en: 'Totals 4 to 5: higher than the typical person convicted of a sexual offence.',
        ru: 'Сумма от 4 до 5: выше, чем у типичного лица, осуждённого за половое преступление.',
        kk: 'Жиынтық 4-тен 5-ке дейін: жыныстық қылмыс үшін сотталған әдеттегі адамнан жоғары.',
      },
    },
    {
      code: 'IVb',
      rank: 5,
      min: 6,
      max: 12,
      label: {
        en: 'Level IVb — well above average risk',
        ru: 'Уровень IVb — риск значительно выше среднего',
        kk: 'IVb деңгейі — орташадан едәуір жоғары қауіп',
      },
      description: {
        en: 'Totals 6 and above: much higher than the typical person convicted of a sexual offence.',
        ru: 'Сумма 6 и выше: значительно выше, чем у типичного лица, осуждённого за половое преступление.',
        kk: 'Жиынтық 6 және одан жоғары: жыныстық қылмыс үшін сотталған әдеттегі адамнан едәуір жоғары.',
      },
    },
  ],
};

/** The dynamic factors the officer reviews (seeded into RiskDynamicFactor; administrators edit them). */
export const DEFAULT_DYNAMIC_FACTORS: { code: string; title: TText }[] = [
  {
    code: 'ACCESS_TO_VICTIMS',
    title: {
      en: 'Access to potential victims or to places where children gather',
      ru: 'Доступ к потенциальным жертвам или к местам скопления детей',
      kk: 'Ықтимал жәбірленушілерге немесе балалар жиналатын орындарға қол жетімділік',
    },
  },
  { code: 'HOSTILITY', title: { en: 'Hostility', ru: 'Враждебность', kk: 'Қастық' } },
  { code: 'SEXUAL_PREOCCUPATION', title: { en: 'Sexual preoccupation', ru: 'Сексуальная озабоченность', kk: 'Жыныстық әуестік' } },
  { code: 'REJECTION_OF_SUPERVISION', title: { en: 'Rejection of supervision', ru: 'Неприятие надзора', kk: 'Қадағалауды қабылдамау' } },
  { code: 'EMOTIONAL_COLLAPSE', title: { en: 'Emotional collapse', ru: 'Эмоциональный срыв', kk: 'Эмоционалдық күйзеліс' } },
  { code: 'SOCIAL_SUPPORT_COLLAPSE', title: { en: 'Collapse of social supports', ru: 'Утрата социальной поддержки', kk: 'Әлеуметтік қолдаудың жоғалуы' } },
  {
    code: 'SUBSTANCE_ABUSE',
    title: { en: 'Substance abuse', ru: 'Злоупотребление алкоголем или наркотиками', kk: 'Алкогольді немесе есірткіні теріс пайдалану' },
  },
];
