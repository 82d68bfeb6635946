// Name pools for national-size bench data. The demo seed's 20 surnames would make every name
// search match 5% of the country; real registers have thousands of surnames with a long tail, so
// surnames here are built from Kazakh stems and suffixes plus common Russian surnames, and drawn
// with a Zipf-like weight (a few very common, most rare).
import { FEMALE_FIRST, FEMALE_PATRONYMIC, LAST_ROOTS, MALE_FIRST, MALE_PATRONYMIC, STREETS, femaleLastName } from '../../seed/names';
import type { TRandom } from '../../seed/random';

const KZ_STEMS = [
  'Абд',
  'Ахмет',
  'Айт',
  'Алим',
  'Аман',
  'Асан',
  'Байт',
  'Бек',
  'Булат',
  'Дауле',
  'Ерж',
  'Есим',
  'Жакс',
  'Жан',
  'Жумаг',
  'Кайр',
  'Калм',
  'Карим',
  'Касым',
  'Кенж',
  'Конуспа',
  'Кудайберг',
  'Мамыр',
  'Мукан',
  'Нуртаз',
  'Оспан',
  'Рахим',
  'Сагынт',
  'Садык',
  'Сапар',
  'Сарс',
  'Сеит',
  'Тажи',
  'Тлеу',
  'Тулеу',
  'Утеш',
  'Шайх',
  'Ыскак',
  'Ержан',
  'Толе',
];
const KZ_SUFFIXES = ['ов', 'баев', 'беков', 'жанов', 'галиев', 'кулов'];
const RU_SURNAMES = [
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Федоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семенов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьев',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьев',
];
const EXTRA_MALE_FIRST = [
  'Азамат',
  'Бахытжан',
  'Габит',
  'Дамир',
  'Ильяс',
  'Кайрат',
  'Максат',
  'Нурсултан',
  'Санжар',
  'Талгат',
  'Ринат',
  'Андрей',
  'Владимир',
  'Николай',
  'Павел',
];
const EXTRA_MALE_PATRONYMIC = ['Болатович', 'Кайратович', 'Талгатович', 'Аскарович', 'Владимирович', 'Николаевич', 'Бахытович', 'Муратович'];

export const SURNAMES: string[] = [...new Set([...LAST_ROOTS, ...KZ_STEMS.flatMap((s) => KZ_SUFFIXES.map((x) => s + x)), ...RU_SURNAMES])];
export const MALE_FIRST_NAMES = [...MALE_FIRST, ...EXTRA_MALE_FIRST];
export const FEMALE_FIRST_NAMES = [...FEMALE_FIRST];
export const MALE_PATRONYMICS = [...MALE_PATRONYMIC, ...EXTRA_MALE_PATRONYMIC];
export const FEMALE_PATRONYMICS = [...FEMALE_PATRONYMIC];
export { STREETS, femaleLastName };

/** Picks an index with weight 1/(rank+1)^0.5: the most common surname ≈3%, the rarest ≈0.2%. */
export function zipfPicker(size: number, exponent = 0.5) {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < size; i++) {
    total += 1 / Math.pow(i + 1, exponent);
    cumulative.push(total);
  }
  return (rng: TRandom) => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
