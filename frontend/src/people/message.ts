// A message whose placeholders stand for elements (a person with their avatar), not text: the sentence is
// translated whole and the elements are put where its {placeholders} are.
import { type MessageKey, type Params, t } from '../i18n';

export function tNodes(key: MessageKey, params: Params, nodes: Record<string, Node>): (string | Node)[] {
  const text = t(key, params);
  return text
    .split(/\{(\w+)\}/)
    .map((part, index) => (index % 2 === 1 ? (nodes[part] ?? `{${part}}`) : part))
    .filter((part) => part !== '');
}
