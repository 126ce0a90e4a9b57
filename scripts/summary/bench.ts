// `npm run bench:summary` (part of `npm run bench`): the extractive summary of a 60-message thread.
import { timeSixty } from './eval';
import { fixtureThreads } from './threads';

const ms = timeSixty(await fixtureThreads());
console.log(`summary: extractive summary of 60 messages: ${ms.toFixed(2)} ms median (budget <= 5 ms: ${ms <= 5 ? 'ok' : 'OVER'})`);
if (ms > 5) process.exitCode = 1;
