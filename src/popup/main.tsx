/** Popup entry: renders the popup for the tab it belongs to. */
import { render } from 'preact';
import { Popup } from './popup.tsx';
import { findTargetTab } from './target-tab.ts';
import './popup.css';

const app = document.getElementById('app');
if (app) render(<Popup tabId={findTargetTab()} />, app);
