// Chinese numerals as they appear in regulation numbering (第六十二条, （十一）) and dates (二〇二五年).

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0,
  一: 1, 壹: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const MYRIADS: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

export class ChineseNumeralError extends Error {
  constructor(readonly input: string, reason: string) {
    super(`not a numeral: "${input}" (${reason})`);
    this.name = 'ChineseNumeralError';
  }
}

const WRITTEN_DIGITS = '零一二三四五六七八九';
const PLACE_VALUES = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
] as const;

/**
 * 1 → 一, 12 → 十二, 105 → 一百零五, 110 → 一百一十, 2024 → 二千零二十四: the numbering numerals (第…条,
 * （…）) that parseChineseNumeral reads back, up to 9999. Throws RangeError outside 1–9999.
 */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`cannot write ${n} as a numbering numeral (1–9999)`);
  let text = '';
  let zero = false;
  for (const [value, unit] of PLACE_VALUES) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      // One 零 for any run of missing places between two written ones: 一千零五, not 一千零零五.
      zero = text !== '';
      continue;
    }
    if (zero) text += '零';
    zero = false;
    text += WRITTEN_DIGITS[digit] + unit;
  }
  // 十二, not 一十二, when ten is the highest place.
  return n >= 10 && n < 20 ? text.slice(1) : text;
}

const toAsciiDigits = (text: string): string =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));

/**
 * `六十二` → 62, `十二` → 12, `一百零五` → 105, `二〇二五` → 2025 (digit by digit, as in years), `62`/`６２` → 62.
 * Throws ChineseNumeralError on anything else.
 */
export function parseChineseNumeral(input: string): number {
  const text = toAsciiDigits(input.trim());
  if (text === '') throw new ChineseNumeralError(input, 'empty');
  if (/^[0-9]+$/.test(text)) return Number(text);

  const chars = [...text];
  const hasUnit = chars.some((c) => c in UNITS || c in MYRIADS);
  if (!hasUnit) {
    // Without 十/百/千 the characters are positional digits: 二〇二五 → 2025.
    let value = 0;
    for (const c of chars) {
      const digit = DIGITS[c];
      if (digit === undefined) throw new ChineseNumeralError(input, `unexpected "${c}"`);
      value = value * 10 + digit;
    }
    return value;
  }

  let total = 0;
  let section = 0; // the part below the current 万/亿
  let digit: number | null = null;
  let lastUnit = Infinity; // units must fall within a section: 二千三百, never 二百三千
  let lastMyriad = Infinity;
  let afterZero = false;
  for (const c of chars) {
    const d = DIGITS[c];
    const unit = UNITS[c];
    const myriad = MYRIADS[c];
    if (d !== undefined) {
      if (digit !== null) throw new ChineseNumeralError(input, `two digits in a row at "${c}"`);
      if (d === 0) {
        if (lastUnit === Infinity && lastMyriad === Infinity) throw new ChineseNumeralError(input, 'leading 零');
        afterZero = true;
      } else {
        digit = d;
      }
    } else if (unit !== undefined) {
      if (digit === null) {
        // 十二 = 12: a bare 十 only at the start of a section.
        if (unit !== 10 || section !== 0 || afterZero) throw new ChineseNumeralError(input, `"${c}" without a digit`);
        digit = 1;
      }
      if (unit >= lastUnit) throw new ChineseNumeralError(input, `"${c}" out of order`);
      section += digit * unit;
      lastUnit = unit;
      digit = null;
      afterZero = false;
    } else if (myriad !== undefined) {
      if (digit !== null) section += digit;
      if (section === 0) throw new ChineseNumeralError(input, `"${c}" without a number`);
      if (myriad >= lastMyriad) throw new ChineseNumeralError(input, `"${c}" out of order`);
      total += section * myriad;
      section = 0;
      digit = null;
      lastUnit = Infinity;
      lastMyriad = myriad;
      afterZero = false;
    } else {
      throw new ChineseNumeralError(input, `unexpected "${c}"`);
    }
  }
  if (digit !== null) {
    if (afterZero) section += digit;
    // A bare last digit abbreviates the next lower unit: 二百五 = 250, 一万五 = 15000 (and 十二 = 12).
    else if (lastUnit !== Infinity) section += (digit * lastUnit) / 10;
    else if (lastMyriad !== Infinity) section += (digit * lastMyriad) / 10;
    else section += digit;
  } else if (afterZero) {
    throw new ChineseNumeralError(input, 'trailing 零');
  }
  return total + section;
}
