/** Side panel entry: mounts the Preact app. Also served as sidepanel.html in a tab. */
import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);
