// How many stats events one `stats-record` message may carry: the content script sends sooner at this many,
// the background's schema refuses more. A module of its own: the content script imports no schema.
export const MAX_STATS_RECORDS = 50;
