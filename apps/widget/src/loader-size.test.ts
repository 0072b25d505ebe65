import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';

const loader = new URL('../dist/widget.js', import.meta.url);

describe('the widget loader', () => {
  it('is built and stays under 15 KB gzipped', () => {
    assert.ok(existsSync(loader), 'apps/widget/dist/widget.js is missing: run `npm run build`');
    const size = gzipSync(readFileSync(loader), { level: 9 }).length;
    assert.ok(size < 15 * 1024, `the loader is ${size} bytes gzipped`);
  });

  it('never renders visitor or agent text as HTML', () => {
    const app =
      readFileSync(new URL('./app/view.ts', import.meta.url), 'utf8') +
      readFileSync(new URL('./app/main.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(app, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
