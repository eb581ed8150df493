// The rating scales of the answer and the clarity forms: radio buttons drawn as one row of steps, 1 to 5 or
// (a questionnaire's NPS scale) 0 to 10.
import { radioGroup } from '../../forms';
import { RATING_MAX } from '../../satisfaction/words';

/**
 * `words` name each step for screen readers (on 0 to 10 the first and last name the two ends); the hint names the
 * scale's two ends for everyone.
 */
export function ratingScale(
  name: string,
  legend: string,
  words: readonly string[],
  checked: number | null,
  idPrefix: string,
  min = 1,
  max = RATING_MAX,
): HTMLFieldSetElement {
  const count = max - min + 1;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const wordOf = (i: number): string => (count === words.length ? (words[i] ?? '') : i === 0 ? first : i === count - 1 ? last : '');
  const steps = Array.from({ length: count }, (_, i) => ({ value: String(min + i), label: String(min + i), description: wordOf(i) }));
  const group = radioGroup(name, legend, steps, checked === null ? '' : String(checked), idPrefix, `${min} ${first} · ${max} ${last}`);
  group.classList.add('scale');
  if (count > RATING_MAX) group.classList.add('scale--wide');
  return group;
}
