// The 1-to-5 scale of the answer and the clarity forms: five radio buttons drawn as one row of steps.
import { radioGroup } from '../../forms';
import { RATING_MAX } from '../../satisfaction/words';

/** `words` name each step for screen readers; the hint names the scale's two ends for everyone. */
export function ratingScale(name: string, legend: string, words: readonly string[], checked: number | null, idPrefix: string): HTMLFieldSetElement {
  const steps = Array.from({ length: RATING_MAX }, (_, i) => ({ value: String(i + 1), label: String(i + 1), description: words[i] ?? '' }));
  const group = radioGroup(name, legend, steps, checked === null ? '' : String(checked), idPrefix, `1 ${words[0] ?? ''} · ${RATING_MAX} ${words[RATING_MAX - 1] ?? ''}`);
  group.classList.add('scale');
  return group;
}
