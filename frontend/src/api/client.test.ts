import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, macroEditor, pageLocale } from './client';
import { useLocale } from '../i18n';

function answer(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(status === 204 ? null : typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

describe('API client', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    window.AP = { context: { getToken: (callback) => callback('context-token') } };
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    delete window.AP;
    vi.unstubAllGlobals();
    fetchMock.mockReset();
  });

  it('sends every call with the context token and JSON bodies', async () => {
    fetchMock.mockResolvedValue(answer(201, { id: 'd1', name: 'Sales' }));
    await api.createDepartment({ name: 'Sales' });

    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/api/departments');
    expect(init!.method).toBe('POST');
    expect((init!.headers as Record<string, string>).Authorization).toBe('JWT context-token');
    expect((init!.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(init!.body).toBe('{"name":"Sales"}');
  });

  it('asks the server to answer in the page’s language', async () => {
    fetchMock.mockResolvedValue(answer(200, { id: 'me' }));
    await useLocale('de-DE');
    try {
      await api.me();
    } finally {
      await useLocale('en-US');
    }
    expect((fetchMock.mock.calls[0]![1]!.headers as Record<string, string>)['Accept-Language']).toBe('de-DE');
  });

  it('reads the user’s locale from AP.user.getLocale, else from the URL’s loc', async () => {
    window.AP = { context: { getToken: vi.fn() }, user: { getLocale: (callback) => callback('de-DE') } };
    expect(await pageLocale()).toBe('de-DE');

    window.history.replaceState(null, '', '/pages/admin?loc=de-AT');
    try {
      window.AP = { context: { getToken: vi.fn() } };
      expect(await pageLocale()).toBe('de-AT');
      vi.useFakeTimers();
      window.AP = { context: { getToken: vi.fn() }, user: { getLocale: vi.fn() } }; // never answers
      const asked = pageLocale();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(await asked).toBe('de-AT');
    } finally {
      vi.useRealTimers();
      window.history.replaceState(null, '', '/');
    }
  });

  it('turns an error answer into an ApiError with its message and field', async () => {
    fetchMock.mockResolvedValue(answer(400, { status: 400, message: 'Name is required.', path: '/api/departments', field: 'name' }));
    const error = await api.createDepartment({ name: '' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: 'Name is required.', field: 'name' });
  });

  it('asks for people by repeated accountId and searches each picker with its query', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, { people: [], results: [] })));
    await api.people(['557058:a b', 'acc-2']);
    await api.pickUsers('ann');
    await api.pickGroups('');
    await api.pickProjects('sal es');
    await api.pickComponents('SALES', 'web');

    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      '/api/people?accountId=557058%3Aa+b&accountId=acc-2',
      '/api/pickers/users?query=ann',
      '/api/pickers/groups?query=',
      '/api/pickers/projects?query=sal+es',
      '/api/pickers/components?project=SALES&query=web',
    ]);
  });

  it('tells a deleted department (204) from an archived one (200)', async () => {
    fetchMock.mockResolvedValueOnce(answer(204, null)).mockResolvedValueOnce(answer(200, { id: 'd1', archived: true }));

    expect(await api.deleteDepartment('d1')).toBeNull();
    expect(await api.deleteDepartment('d1')).toMatchObject({ archived: true });
    expect(fetchMock.mock.calls[0]![1]!.method).toBe('DELETE');
  });

  it('asks for the matrix with metric, period and departments', async () => {
    fetchMock.mockResolvedValue(answer(200, { departments: [], cells: [] }));
    await api.matrix({ metric: 'yesno', period: '2026-Q4', departments: ['a', 'b'] });
    await api.matrix({ metric: 'open', period: '2026-Q3', departments: [] });

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/matrix?metric=yesno&period=2026-Q4&departments=a%2Cb');
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/matrix?metric=open&period=2026-Q3');
  });

  it('posts CSV for an import and reads a 400 with errors as the report', async () => {
    const errors = [{ line: 2, field: 'provider', message: 'Unknown department' }];
    fetchMock.mockResolvedValue(answer(400, { dryRun: false, departmentsCreated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, errors }));
    const report = await api.importMatrix('provider,customer\nX,Y', false);

    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/api/matrix/import?dryRun=false');
    expect((init!.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
    expect(init!.body).toBe('provider,customer\nX,Y');
    expect(report.errors).toEqual(errors);
  });

  it('follows a large import the server runs in the background until it is done', async () => {
    const report = { dryRun: false, departmentsCreated: 3, relationshipsCreated: 1500, relationshipsUpdated: 0, errors: [] };
    const job = { id: 'j/1', dryRun: false, rowsTotal: 1500, report: null, message: null };
    fetchMock
      .mockResolvedValueOnce(answer(202, { ...job, state: 'running', rowsDone: 0 }))
      .mockResolvedValueOnce(answer(200, { ...job, state: 'running', rowsDone: 600 }))
      .mockResolvedValueOnce(answer(200, { ...job, state: 'done', rowsDone: 1500, report }));
    const progress: number[][] = [];

    const done = await api.importMatrix('csv', false, (rows, total) => progress.push([rows, total]), 1);

    expect(done).toEqual(report);
    expect(progress).toEqual([
      [0, 1500],
      [600, 1500],
      [1500, 1500],
    ]);
    expect(fetchMock.mock.calls.slice(1).map(([path, init]) => [path, init!.method])).toEqual([
      ['/api/matrix/imports/j%2F1', 'GET'],
      ['/api/matrix/imports/j%2F1', 'GET'],
    ]);
  });

  it('says why a background import did not finish', async () => {
    const job = { id: 'j1', dryRun: true, rowsTotal: 5000, rowsDone: 1200, report: null };
    fetchMock
      .mockResolvedValueOnce(answer(202, { ...job, state: 'running', message: null }))
      .mockResolvedValueOnce(answer(200, { ...job, state: 'interrupted', message: 'The import stopped; nothing was imported.' }));

    await expect(api.importMatrix('csv', true, () => {}, 1)).rejects.toMatchObject({ message: 'The import stopped; nothing was imported.' });
  });

  it('still throws a 400 without an import report', async () => {
    fetchMock.mockResolvedValue(answer(400, { status: 400, message: 'The body is not CSV.' }));

    await expect(api.importMatrix('', true)).rejects.toMatchObject({ message: 'The body is not CSV.' });
  });

  it('downloads the CSV export with the token', async () => {
    fetchMock.mockResolvedValue(answer(200, 'provider,customer\n', 'text/csv'));
    const blob = await api.matrixCsv();

    expect(await blob.text()).toBe('provider,customer\n');
    expect((fetchMock.mock.calls[0]![1]!.headers as Record<string, string>).Accept).toBe('text/csv');
  });

  it('posts an empty confirmation for the caller’s side', async () => {
    fetchMock.mockResolvedValue(answer(200, { id: 'r/1' }));
    await api.confirmAgreement('r/1');

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/relationships/r%2F1/confirmations');
    expect(fetchMock.mock.calls[0]![1]!.method).toBe('POST');
    expect(fetchMock.mock.calls[0]![1]!.body).toBeUndefined();
  });

  it('gets an issue’s request and writes its decision and departments with JSON bodies', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, { issueId: '10/1', state: 'internal' })));
    const view = await api.request('10/1');
    await api.decide('10/1', { outcome: 'declined', reason: 'other', note: 'Vendor' });
    await api.correctDepartments('10/1', { providerId: null, customerId: 'sales' });

    expect(view).toMatchObject({ issueId: '10/1', state: 'internal' });
    const calls = fetchMock.mock.calls.map(([path, init]) => [path, init!.method, init!.body]);
    expect(calls).toEqual([
      ['/api/requests/10%2F1', 'GET', undefined],
      ['/api/requests/10%2F1/decision', 'PUT', '{"outcome":"declined","reason":"other","note":"Vendor"}'],
      ['/api/requests/10%2F1/departments', 'PUT', '{"providerId":null,"customerId":"sales"}'],
    ]);
  });

  it('turns a refused decision into an ApiError with its field', async () => {
    fetchMock.mockResolvedValue(answer(400, { status: 400, message: 'Say why in the note.', field: 'note' }));

    await expect(api.decide('1', { outcome: 'declined', reason: 'other' })).rejects.toMatchObject({ status: 400, field: 'note' });
  });

  it('asks for a relationship’s yes/no figures for a quarter, or the current one', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, { yes: 1, no: 0 })));
    await api.decisions('rel/1', '2026-Q4');
    await api.decisions('rel-2');

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/relationships/rel%2F1/decisions?period=2026-Q4');
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/relationships/rel-2/decisions');
  });

  it('reads and writes the satisfaction policy with the contract’s body', async () => {
    const policy = { delayMinutes: 60, asked: 'customer-members', expiryDays: 7, reminderDays: null, projects: ['IT', 'HR'], clarity: true, trigger: 'status', triggerStatus: 'In Review', jqlFilter: 'project = IT' } as const;
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, policy)));
    await api.satisfactionPolicy();
    await api.saveSatisfactionPolicy({ ...policy, projects: [...policy.projects] });

    const calls = fetchMock.mock.calls.map(([path, init]) => [path, init!.method, init!.body]);
    expect(calls).toEqual([
      ['/api/satisfaction/policy', 'GET', undefined],
      ['/api/satisfaction/policy', 'PUT', '{"delayMinutes":60,"asked":"customer-members","expiryDays":7,"reminderDays":null,"projects":["IT","HR"],"clarity":true,"trigger":"status","triggerStatus":"In Review","jqlFilter":"project = IT"}'],
    ]);
  });

  it('gets an issue’s checks and answers, rates the clarity of and thanks on a check', async () => {
    fetchMock
      .mockResolvedValueOnce(answer(200, { issueId: '10/1', current: null, history: [] }))
      .mockResolvedValueOnce(answer(200, { issueId: '10/1' }))
      .mockResolvedValueOnce(answer(200, { issueId: '10/1' }))
      .mockResolvedValueOnce(answer(201, { issueId: '10/1', current: null }))
      .mockResolvedValueOnce(answer(201, { issueId: '10/1', current: null }));
    await api.satisfaction('10/1');
    await api.answerCheck('c/1', { rating: 4, met: 'partly', comment: '' });
    await api.rateClarity('c/1', { rating: 2, comment: 'Vague' });
    const thanked = await api.thank('c/1', { message: 'Thanks!' });
    await api.askNow('10/1');

    expect(thanked).toMatchObject({ issueId: '10/1' });
    const calls = fetchMock.mock.calls.map(([path, init]) => [path, init!.method, init!.body]);
    expect(calls).toEqual([
      ['/api/requests/10%2F1/satisfaction', 'GET', undefined],
      ['/api/satisfaction/checks/c%2F1/answer', 'PUT', '{"rating":4,"met":"partly","comment":""}'],
      ['/api/satisfaction/checks/c%2F1/clarity', 'PUT', '{"rating":2,"comment":"Vague"}'],
      ['/api/satisfaction/checks/c%2F1/thanks', 'POST', '{"message":"Thanks!"}'],
      ['/api/requests/10%2F1/satisfaction/checks', 'POST', undefined],
    ]);
  });

  it('turns a closed check (409) into an ApiError', async () => {
    fetchMock.mockResolvedValue(answer(409, { status: 409, error: 'Conflict', message: 'The correction window is over.' }));

    await expect(api.answerCheck('c1', { rating: 5, met: 'yes', comment: '' })).rejects.toMatchObject({ status: 409, message: 'The correction window is over.' });
  });

  it('asks for a relationship’s satisfaction trend and a department’s latest thanks', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, {})));
    await api.relationshipSatisfaction('rel/1', '2026-Q4');
    await api.relationshipSatisfaction('rel-2', '2026-Q3', 8);
    await api.departmentThanks('d/1');

    expect(fetchMock.mock.calls.map(([path]) => path)).toEqual([
      '/api/relationships/rel%2F1/satisfaction?period=2026-Q4&quarters=4',
      '/api/relationships/rel-2/satisfaction?period=2026-Q3&quarters=8',
      '/api/departments/d%2F1/thanks?limit=5',
    ]);
  });

  it('hands out empty macro data for a new macro and refuses outside Confluence', async () => {
    window.AP = { context: { getToken: vi.fn() }, confluence: { getMacroData: (cb) => cb(undefined), saveMacro: vi.fn(), closeMacroEditor: vi.fn() } };
    expect(await macroEditor.data()).toEqual({});

    window.AP = { context: { getToken: vi.fn() } };
    await expect(macroEditor.data()).rejects.toBeInstanceOf(ApiError);
  });

  it('asks for a review by relationship or department and quarter', async () => {
    fetchMock.mockResolvedValue(answer(200, { scope: {} }));
    await api.review({ kind: 'relationship', id: 'rel 1', quarter: '2026-Q4' });
    await api.review({ kind: 'department', id: 'it', quarter: '2026-Q3' });

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/reviews?relationship=rel+1&quarter=2026-Q4');
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/reviews?department=it&quarter=2026-Q3');
  });

  it('puts a month value and a sponsor note at their paths', async () => {
    fetchMock.mockResolvedValue(answer(200, {}));
    await api.setMeasureValue('m/1', '2026-11', 7);
    await api.saveSponsorNote('rel-1', '2026-Q4', 'Well done');

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/measures/m%2F1/values/2026-11');
    expect(fetchMock.mock.calls[0]![1]!.body).toBe('{"value":7}');
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/relationships/rel-1/sponsor-notes/2026-Q4');
  });

  it('deletes a month value and a measure at their paths', async () => {
    fetchMock.mockResolvedValueOnce(answer(200, {})).mockResolvedValueOnce(new Response(null, { status: 204 }));
    await api.clearMeasureValue('m/1', '2026-11');
    await api.deleteMeasure('m/1');

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/measures/m%2F1/values/2026-11');
    expect(fetchMock.mock.calls[0]![1]!.method).toBe('DELETE');
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/measures/m%2F1');
    expect(fetchMock.mock.calls[1]![1]!.method).toBe('DELETE');
  });

  it('reads a 429’s Retry-After into the error', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ status: 429, message: 'Daily limit reached.' }), { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '3600' } }),
    );
    const error = await api.appreciate({ toDepartmentId: 'it', toAccountIds: ['a'] }).catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 429, message: 'Daily limit reached.', retryAfterSeconds: 3600 });
  });

  it('downloads the measures and review items as CSV, filtered when asked', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(answer(200, 'a,b\n', 'text/csv')));
    await api.measuresCsv('2026-Q4', 'rel-1');
    await api.reviewItemsCsv();

    expect(fetchMock.mock.calls[0]![0]).toBe('/api/measures.csv?quarter=2026-Q4&relationship=rel-1');
    expect((fetchMock.mock.calls[0]![1]!.headers as Record<string, string>).Authorization).toBe('JWT context-token');
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/review-items.csv');
  });
});
