/** Popup entry: renders the popup for the tab it belongs to. */
import { render } from 'preact';
import { createEntityLookup } from '../background/entity-lookup.ts';
import { uiLanguage } from '../shared/i18n.ts';
import { Popup } from './popup.tsx';
import { findTargetTab } from './target-tab.ts';
// The card's own styles (written for its shadow root) style the card the popup shows for a search result.
import '../cards/card.css';
import '../shared/palette.css';
import './popup.css';

// The knowledge file is loaded only when the reader searches or opens a card here.
const knowledge = () => import('virtual:backstory/knowledge').then((module) => module.default);
const lookUp = async (id: string) => createEntityLookup(await knowledge())(id);

document.documentElement.lang = uiLanguage();
const app = document.getElementById('app');
if (app) render(<Popup tab={findTargetTab()} knowledge={knowledge} lookUp={lookUp} />, app);
