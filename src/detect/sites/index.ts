import type { SiteAdapter } from '../types.ts';
import { taipeiTimes } from './taipei-times.ts';
import { theGuardian } from './the-guardian.ts';
import { theDiplomat } from './the-diplomat.ts';
import { japanTimes } from './japan-times.ts';
import { scmp } from './scmp.ts';
import { taiwanNews } from './taiwan-news.ts';

/** Every supported publisher. A new site is one file in this folder and one line here (the manifest's content scripts are generated from it). */
export const siteAdapters: readonly SiteAdapter[] = [taipeiTimes, theGuardian, theDiplomat, japanTimes, scmp, taiwanNews];
