// What the screens suite checks on a page at one viewport: nothing wider than the viewport (outside a box that
// scrolls on purpose), no text cut by its box in an open form, and no id-shaped token in the visible text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const viewports = [{ width: 1600, height: 900 }, { width: 1366, height: 768 }, { width: 390, height: 844 }] as const;

/** Every `id` of the township's content (scenarios, rosters, sites, curveballs, rubrics): none may reach a person. */
export function contentIds(): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) { for (const v of value) walk(v); return; }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, v] of Object.entries(value)) {
      if (key === 'id' && typeof v === 'string') ids.add(v);
      walk(v);
    }
  };
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.json') && !name.endsWith('schema.json')) walk(JSON.parse(readFileSync(path, 'utf8')) as unknown);
    }
  };
  visit('scenarios');
  return [...ids];
}

/** Problems of the page as it stands, each as a sentence naming the element or the token. */
export async function fitProblems(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate((idList) => {
    const width = window.innerWidth;
    const problems: string[] = [];
    const name = (el: Element): string => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const scrollsOnPurpose = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body && a.id !== 'screen'; a = a.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px > ${width} px)`);
    const screen = document.getElementById('screen');
    if (screen && screen.scrollWidth > screen.clientWidth + 1) problems.push(`the screen scrolls sideways (${screen.scrollWidth} px > ${screen.clientWidth} px)`);
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden' || scrollsOnPurpose(el)) continue;
      const outside = (e: Element | null): boolean => { const b = e?.getBoundingClientRect(); return !!b && (b.right > width + 1 || b.left < -1); };
      // Only the outermost element that runs past is named: its children go with it.
      if (outside(el) && !outside(el.parentElement)) problems.push(`${name(el)} runs past the viewport (${Math.round(r.left)}…${Math.round(r.right)} of ${width} px)`);
    }
    // An open dialog (a form): every label and control inside its box, no label's text cut, no sideways scroll.
    for (const dialog of document.querySelectorAll('dialog[open]')) {
      const box = dialog.getBoundingClientRect();
      if (dialog.scrollWidth > dialog.clientWidth + 1) problems.push(`${name(dialog)} scrolls sideways`);
      for (const el of dialog.querySelectorAll('label, span, input, select, textarea, button, legend, p, h2')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`${name(el)} lies outside its dialog`);
        if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') problems.push(`${name(el)} has its text cut`);
      }
    }
    const text = document.body.innerText;
    const zh = document.documentElement.lang === 'zh-CN';
    const known = new Set(idList);
    // Hyphenated English words that are also the name of a content id.
    const englishWords = new Set(['follow-up', 'door-to-door', 'one-way']);
    for (const token of text.match(/[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*/g) ?? []) {
      const idLike = known.has(token) && (zh || /[-_\d]/.test(token)) && !englishWords.has(token);
      const camel = /^[a-z]+[A-Z][A-Za-z]*$/.test(token);
      if (idLike || camel) problems.push(`"${token}" is an id or code in the visible text`);
    }
    return [...new Set(problems)];
  }, ids);
}
