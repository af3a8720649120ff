/**
 * Hong Kong names: traditional Chinese characters, their Hong Kong Government Cantonese romanisation (as printed
 * in the English name, e.g. `CHAN, Tai Man`) and their Chinese Commercial Code (中文電碼), four digits per
 * character, printed on the HKID under the English name.
 * Code source: Unicode Unihan database, field kTaiwanTelegraph (Unihan_OtherMappings.txt, Unicode License v3),
 * which holds the Chinese Commercial Code for traditional characters; checked against the Immigration
 * Department's specimen (李智能 = 2621 2535 5174).
 */

import type { Rng } from '../prng.js';

/** [character, romanisation, telex code] */
type Entry = readonly [string, string, string];

export const HK_SURNAMES: readonly Entry[] = [
  ['陳', 'CHAN', '7115'], ['李', 'LEE', '2621'], ['張', 'CHEUNG', '1728'], ['黃', 'WONG', '7806'],
  ['王', 'WONG', '3769'], ['林', 'LAM', '2651'], ['劉', 'LAU', '0491'], ['吳', 'NG', '0702'],
  ['梁', 'LEUNG', '2733'], ['何', 'HO', '0149'], ['鄭', 'CHENG', '6774'], ['周', 'CHOW', '0719'],
  ['曾', 'TSANG', '2582'], ['楊', 'YEUNG', '2799'], ['鄧', 'TANG', '6772'], ['郭', 'KWOK', '6753'],
  ['馮', 'FUNG', '7458'], ['蔡', 'CHOI', '5591'], ['謝', 'TSE', '6200'], ['羅', 'LAW', '5012'],
  ['葉', 'YIP', '5509'], ['朱', 'CHU', '2612'], ['潘', 'POON', '3382'], ['蘇', 'SO', '5685'],
  ['盧', 'LO', '4151'], ['馬', 'MA', '7456'], ['麥', 'MAK', '7796'], ['譚', 'TAM', '6223'],
  ['袁', 'YUEN', '5913'], ['許', 'HUI', '6079'], ['余', 'YU', '0151'], ['鍾', 'CHUNG', '6945'],
  ['莫', 'MOK', '5459'], ['江', 'KONG', '3068'], ['方', 'FONG', '2455'], ['廖', 'LIU', '1675'],
  ['區', 'AU', '0575'], ['姚', 'YIU', '1202'], ['孔', 'HUNG', '1313'], ['岑', 'SHUM', '1478'],
];

const COMMON: readonly Entry[] = [
  ['志', 'Chi', '1807'], ['偉', 'Wai', '0251'], ['明', 'Ming', '2494'], ['家', 'Ka', '1367'], ['嘉', 'Ka', '0857'],
  ['文', 'Man', '2429'], ['國', 'Kwok', '0948'], ['華', 'Wah', '5478'], ['俊', 'Chun', '0193'], ['子', 'Tsz', '1311'],
  ['智', 'Chi', '2535'], ['能', 'Nang', '5174'], ['安', 'On', '1344'], ['思', 'Sze', '1835'], ['天', 'Tin', '1131'],
  ['永', 'Wing', '3057'], ['樂', 'Lok', '2867'], ['宇', 'Yu', '1342'], ['恩', 'Yan', '1869'], ['心', 'Sum', '1800'],
];

const MALE: readonly Entry[] = [
  ...COMMON,
  ['傑', 'Kit', '0267'], ['浩', 'Ho', '3185'], ['健', 'Kin', '0256'], ['豪', 'Ho', '6275'], ['大', 'Tai', '1129'],
  ['康', 'Hong', '1660'], ['德', 'Tak', '1795'], ['海', 'Hoi', '3189'], ['建', 'Kin', '1696'], ['振', 'Chun', '2182'],
  ['達', 'Tat', '6671'], ['強', 'Keung', '1730'], ['輝', 'Fai', '6540'], ['賢', 'Yin', '6343'], ['軒', 'Hin', '6513'],
  ['朗', 'Long', '2597'], ['卓', 'Cheuk', '0587'], ['銘', 'Ming', '6900'], ['凱', 'Hoi', '0418'], ['耀', 'Yiu', '5069'],
  ['光', 'Kwong', '0342'], ['森', 'Sum', '2773'], ['霖', 'Lam', '7207'], ['少', 'Siu', '1421'],
];

const FEMALE: readonly Entry[] = [
  ...COMMON,
  ['美', 'Mei', '5019'], ['玲', 'Ling', '3781'], ['欣', 'Yan', '2946'], ['詠', 'Wing', '6102'], ['儀', 'Yee', '0308'],
  ['慧', 'Wai', '1979'], ['敏', 'Man', '2404'], ['婷', 'Ting', '1250'], ['麗', 'Lai', '7787'], ['芳', 'Fong', '5364'],
  ['雅', 'Nga', '7161'], ['曉', 'Hiu', '2556'], ['穎', 'Wing', '4481'], ['詩', 'Sze', '6108'], ['琪', 'Kei', '3825'],
  ['晴', 'Ching', '2532'], ['寶', 'Po', '1405'], ['珊', 'Shan', '3790'], ['秀', 'Sau', '4423'], ['英', 'Ying', '5391'],
  ['君', 'Kwan', '0689'], ['彤', 'Tung', '1749'], ['晞', 'Hei', '2522'], ['玉', 'Yuk', '3768'], ['蓮', 'Lin', '5571'],
  ['鳳', 'Fung', '7685'], ['雯', 'Man', '7186'], ['淑', 'Suk', '3219'], ['佩', 'Pui', '0160'], ['倩', 'Sin', '0241'],
  ['怡', 'Yee', '1837'], ['然', 'Yin', '3544'], ['瑩', 'Ying', '3853'],
];

export interface HkName {
  /** e.g. 李智能 */
  cn: string;
  /** e.g. `LEE, Chi Nan`: surname in capitals, comma, each given syllable capitalised. */
  en: string;
  /** e.g. `2621 2535 5174`. */
  telex: string;
}

export function hkName(rng: Rng, sex: 'M' | 'F'): HkName {
  const surname = rng.pick(HK_SURNAMES);
  const pool = sex === 'M' ? MALE : FEMALE;
  const count = rng.chance(0.85) ? 2 : 1;
  const given: Entry[] = [];
  while (given.length < count) {
    const e = rng.pick(pool);
    if (!given.includes(e)) given.push(e);
  }
  const parts = [surname, ...given];
  return {
    cn: parts.map((p) => p[0]).join(''),
    en: `${surname[1]}, ${given.map((g) => g[1]).join(' ')}`,
    telex: parts.map((p) => p[2]).join(' '),
  };
}
