/** The LO phone page (web app): the same view as the sidebar, for a 390 px screen and thumbs. */
import '../shared/base.css';
import '../shared/lo-page.css';
import './mobile.css';
import { startLoPage } from '../shared/lo-page';

startLoPage({ root: document.getElementById('app')!, layout: 'mobile' });
