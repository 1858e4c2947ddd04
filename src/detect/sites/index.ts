import type { SiteAdapter } from '../types.ts';
import { taipeiTimes } from './taipei-times.ts';

/** Every supported publisher. A new site is one file in this folder and one line here (and in manifest.json). */
export const siteAdapters: readonly SiteAdapter[] = [taipeiTimes];
