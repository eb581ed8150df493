import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuestionnaireFigures } from '../api/types';
import { questionnaire } from '../testing/fixtures';
import { renderQuestionFiguresSection } from './question-figures';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const figures: QuestionnaireFigures = {
  relationshipId: 'rel-1',
  period: '2026-Q4',
  versions: [
    { questionnaire: questionnaire(), answers: 2, averageRating: 3.5, nps: null, questions: [] },
    {
      questionnaire: questionnaire({ id: 'v-1', number: 1, scope: 'relationship', scale: '0-10' }),
      answers: 4,
      averageRating: null,
      nps: { answers: 4, promoters: 2, detractors: 1, score: 25 },
      questions: [
        { id: 'again', label: 'Would you ask us again?', kind: 'yes-partly-no', answered: 3, average: null, counts: { yes: 2, partly: 0, no: 1 } },
        { id: 'speed', label: 'How fast?', kind: 'rating', answered: 2, average: 4.5, counts: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 } },
        { id: 'keep', label: 'Keep doing?', kind: 'text', answered: 3, average: null, counts: {} },
      ],
    },
  ],
};

describe('Answers per question', () => {
  afterEach(() => document.body.replaceChildren());

  it('gives each version its own main figure, never mixing 1 to 5 with NPS, and each question its counts', async () => {
    const load = vi.fn().mockResolvedValue(figures);
    const section = document.body.appendChild(renderQuestionFiguresSection('rel-1', '2026-Q4', load, vi.fn()));
    await flush();
    expect(load).toHaveBeenCalledWith('rel-1', '2026-Q4');
    expect(section.querySelector('[data-version="built-in-0"] [data-figure=average]')!.textContent).toBe('Average rating 3.5 of 5');
    expect(section.querySelector('[data-version="built-in-0"] [data-figure=nps]')).toBeNull();
    const own = section.querySelector('[data-version="relationship-1"]')!;
    expect(own.querySelector('[data-figure=nps]')!.textContent).toBe('NPS +25: 2 promoters, 1 detractors of 4');
    expect(own.querySelector('[data-figure=average]')).toBeNull();
    expect(Array.from(own.querySelectorAll('tr'), (row) => Array.from(row.children, (c) => c.textContent))).toEqual([
      ['Would you ask us again?', '3 answered', 'Yes: 2 · Partly: 0 · No: 1'],
      ['How fast?', '2 answered', 'average 4.5 of 5 — 1 of 5: 0 · 2 of 5: 0 · 3 of 5: 0 · 4 of 5: 1 · 5 of 5: 1'],
      ['Keep doing?', '3 answered', '3 written answers (in the CSV)'],
    ]);
  });

  it('offers the CSV of the quarter, and says when nothing was answered', async () => {
    const download = vi.fn().mockResolvedValue(undefined);
    const section = document.body.appendChild(
      renderQuestionFiguresSection('rel-1', '2026-Q3', vi.fn().mockResolvedValue({ ...figures, versions: [] }), vi.fn(), download),
    );
    await flush();
    expect(section.textContent).toContain('No answers in this quarter.');
    section.querySelector<HTMLButtonElement>('[data-download=answers]')!.click();
    expect(download).toHaveBeenCalledWith('rel-1', '2026-Q3');
  });
});
