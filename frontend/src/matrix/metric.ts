import type { MatrixMetric } from '../api/types';
import { t } from '../i18n';

/** Every metric the matrix can show, in the order the pickers list them. */
// Label and description in the page's language when read (the language is set after this module loads).
const metric = (key: MatrixMetric) => ({
  key,
  get label() {
    return t(`metric.${key}`);
  },
  get description() {
    return t(`metric.${key}.description`);
  },
});
export const METRICS: readonly { key: MatrixMetric; label: string; description: string }[] = [
  metric('agreement'),
  metric('satisfaction'),
  metric('yesno'),
  metric('open'),
  metric('service'),
  metric('specification'),
];

export function isMetric(value: string): value is MatrixMetric {
  return METRICS.some((metric) => metric.key === value);
}

export function metricLabel(metric: MatrixMetric): string {
  return METRICS.find((m) => m.key === metric)?.label ?? metric;
}
