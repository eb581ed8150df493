// What a page's HTML shell says before its module runs (pages/<page>.html: the title, the loading notice) is
// English; once the page knows the user's language, this says it again in that language.
import { t } from '../i18n';

export function localizeShell(title: string): void {
  document.title = title;
  for (const loading of document.querySelectorAll('main#app > p.loading')) loading.textContent = t('common.loading');
}
