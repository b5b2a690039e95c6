/** The LO sidebar in Sheets: the caller's guests, their checklists and cards. */
import '../shared/base.css';
import '../shared/lo-page.css';
import './sidebar.css';
import { startLoPage } from '../shared/lo-page';

startLoPage({ root: document.getElementById('app')!, layout: 'sidebar' });
