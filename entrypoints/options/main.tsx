import { render } from 'preact';

render(<h1>Souffleur</h1>, document.getElementById('app')!);
