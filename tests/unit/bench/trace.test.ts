import { describe, expect, it } from 'vitest';
import { longestTasks } from '../../bench/trace.ts';

const MAIN = { pid: 1, tid: 1 };
const mark = (name: string, ms: number) => ({ ...MAIN, name, ph: 'R', ts: ms * 1000 });
const task = (ms: number, durationMs: number) => ({ ...MAIN, name: 'RunTask', ph: 'X', ts: ms * 1000, dur: durationMs * 1000 });
const ours = (name: string, ms: number, durationMs: number, args: Record<string, unknown>) =>
  ({ ...MAIN, name, ph: 'X', ts: ms * 1000, dur: durationMs * 1000, args });

describe('the benchmark’s reading of a trace', () => {
  it('finds the longest task overlapping the annotation and counts Backstory’s loading work once', () => {
    const events = [
      mark('navigationStart', 0),
      task(5, 60), // the page's own parsing: before the content script
      mark('backstory:inject', 100),
      // The loader: its EvaluateScript starts a little before its first line, its v8.run nested inside.
      ours('EvaluateScript', 99.8, 2, { data: { url: 'chrome-extension://id/assets/index.ts-loader.js' } }),
      ours('v8.run', 99.9, 1.8, { fileName: 'chrome-extension://id/assets/index.ts-loader.js', worldName: 'Backstory' }),
      ours('v8.compileModule', 130, 1, { data: { url: 'chrome-extension://id/assets/controller.js' } }),
      // A page script in between is not Backstory's.
      ours('EvaluateScript', 140, 5, { data: { url: 'https://www.taipeitimes.com/app.js' } }),
      // Evaluating the modules runs past the start mark: only the part before it counts as loading.
      ours('v8.evaluateModule', 150, 10, { worldName: 'Backstory' }),
      task(150, 12),
      mark('backstory:start', 154),
      task(170, 8),
      mark('backstory:annotated', 175),
      task(200, 70), // after the annotation
    ];
    const result = longestTasks(events);
    expect(result.annotationMs).toBeCloseTo(21);
    expect(result.duringAnnotationMs).toBeCloseTo(12);
    expect(result.fromNavigationMs).toBeCloseTo(60);
    expect(result.longTasksDuringAnnotation).toBe(0);
    // 2 ms of loader (from 99.8) + 1 ms compiling + 4 ms of evaluation before the start mark.
    expect(result.loadWorkMs).toBeCloseTo(7);
  });

  it('reports no loading work without the loader’s mark', () => {
    const events = [mark('backstory:start', 10), task(10, 5), mark('backstory:annotated', 14)];
    expect(Number.isNaN(longestTasks(events).loadWorkMs)).toBe(true);
  });
});
