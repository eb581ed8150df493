import type { MatrixMetric } from '../api/types';

/** Every metric the matrix can show, in the order the pickers list them. */
export const METRICS: readonly { key: MatrixMetric; label: string; description: string }[] = [
  { key: 'agreement', label: 'Agreement', description: 'whether provider and customer agreed what is delivered and expected' },
  { key: 'satisfaction', label: 'Satisfaction', description: 'how satisfied the internal customer was with resolved requests' },
  { key: 'yesno', label: 'Yes/no tab', description: 'the share of internal requests the provider said yes to' },
  { key: 'open', label: 'Open requests', description: 'internal requests still open' },
  { key: 'service', label: 'Service target met', description: 'the share of requests answered and resolved within the service target' },
];

export function isMetric(value: string): value is MatrixMetric {
  return METRICS.some((metric) => metric.key === value);
}

export function metricLabel(metric: MatrixMetric): string {
  return METRICS.find((m) => m.key === metric)?.label ?? metric;
}
