/** Options page entry. */
import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n.ts';
import { Options } from './options.tsx';
import '../shared/palette.css';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
