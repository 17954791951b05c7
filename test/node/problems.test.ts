import { describe, expect, it } from 'vitest';
import { formatProblem, problemHeadlines, summarizeProblems, translateMessage } from '../../src/core/i18n/problems.ts';
import type { DatasetError } from '../../src/core/validate.ts';

const rec = (index: number, field: string, message = 'Invalid type: Expected string but received 42'): DatasetError => ({ id: `r${index}`, index, field, message });
const storyRef = (n: number): DatasetError => ({ id: `slide-${n}`, index: -1, field: 'story innovation-road', message: `highlight: no record "x-${n}" in this dataset` });

describe('the error notice counts records, not errors', () => {
  it.each([
    ['2 records with 3 errors', [rec(4, 'properties.kind'), rec(4, 'geometry'), rec(9, 'properties.id')], { records: 2, recordErrors: 3, story: 0, other: 0 },
      ['2 records failed validation and were skipped (3 errors)'], ['2 条记录未通过校验，已跳过（3 处错误）']],
    ['one record, one error', [rec(0, 'properties.kind')], { records: 1, recordErrors: 1, story: 0, other: 0 },
      ['1 record failed validation and was skipped (1 error)'], ['1 条记录未通过校验，已跳过（1 处错误）']],
    ['40 story references the dataset lacks: story warnings, no record failure', Array.from({ length: 40 }, (_, i) => storyRef(i)), { records: 0, recordErrors: 0, story: 40, other: 0 },
      ['40 story warnings (missing records or faulty slides left out)'], ['40 条演示提示（缺少的记录或有误的幻灯片已略过）']],
    ['a file problem and a story that failed', [{ id: null, index: -1, field: '(file)', message: 'not valid JSON' }, { id: 'x', index: -1, field: '(story)', message: 'could not load' }],
      { records: 0, recordErrors: 0, story: 1, other: 1 }, ['1 story warning (missing records or faulty slides left out)', '1 loading problem'], ['1 条演示提示（缺少的记录或有误的幻灯片已略过）', '1 个加载问题']],
    ['17,000 bad records', Array.from({ length: 17000 }, (_, i) => rec(i, 'geometry')), { records: 17000, recordErrors: 17000, story: 0, other: 0 },
      ['17,000 records failed validation and were skipped (17,000 errors)'], ['17000 条记录未通过校验，已跳过（17000 处错误）']],
  ] as const)('%s', (_name, errors, summary, en, zh) => {
    const s = summarizeProblems(errors as readonly DatasetError[]);
    expect(s).toEqual(summary);
    expect(problemHeadlines(s, 'en')).toEqual(en);
    expect(problemHeadlines(s, 'zh')).toEqual(zh);
  });
});

describe('error details in the reader\'s language', () => {
  it.each([
    [rec(4, 'properties.name.zh'), 'en', 'record "r4" (#4): properties.name.zh: Invalid type: Expected string but received 42'],
    [rec(4, 'properties.name.zh'), 'zh', '记录 “r4”（第 5 条）: properties.name.zh: 类型错误：应为 string，实为 42'],
    [rec(2, 'properties.kind', 'is not a known kind'), 'zh', '记录 “r2”（第 3 条）: properties.kind: 不是已知的类型'],
    [rec(2, 'properties.id', 'duplicate id (first used by record #0)'), 'zh', '记录 “r2”（第 3 条）: properties.id: id 重复（第 1 条记录已使用）'],
    [storyRef(3), 'zh', '演示: 幻灯片“slide-3”：highlight: 数据集中没有记录“x-3”'],
    [storyRef(3), 'en', 'story: slide "slide-3": highlight: no record "x-3" in this dataset'],
    [{ id: null, index: -1, field: '(file)', message: 'not valid JSON: Unexpected token' }, 'zh', '数据集: (file): 不是有效的 JSON：Unexpected token'],
    [{ id: null, index: -1, field: '(file)', message: 'could not load /data/ours.geojson: HTTP 404' }, 'zh', '数据集: (file): 无法加载 /data/ours.geojson：HTTP 404'],
    [{ id: 'my-story', index: -1, field: '(story)', message: 'no story called "my-story"' }, 'zh', '演示“my-story”: 没有名为“my-story”的演示'],
    [{ id: null, index: -1, field: '(story)', message: 'could not load the story player: Failed to fetch' }, 'zh', '演示: 无法加载演示播放器：Failed to fetch'],
  ] as const)('%j in %s', (e, lang, expected) => {
    expect(formatProblem(e, lang)).toBe(expected);
  });

  it('leaves a message it does not know as it came, and English as it is', () => {
    expect(translateMessage('something new', 'zh')).toBe('something new');
    expect(translateMessage('is not a known kind', 'en')).toBe('is not a known kind');
  });
});
