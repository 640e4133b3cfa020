// Server-initiated work-done progress ("Indexing seed articles 40%"), for clients that support it.
import type { Connection } from 'vscode-languageserver';
import { WorkDoneProgress, WorkDoneProgressCreateRequest } from 'vscode-languageserver';

/** Token numbers: two runs started in the same millisecond must not share a token, as Date.now() would. */
let runs = 0;

export function startProgress(connection: Connection, title: string) {
  const token = `seed-${title.replace(/\W+/g, '-')}-${++runs}`;
  let created = false;
  let last = -1;
  const ready = connection.sendRequest(WorkDoneProgressCreateRequest.type, { token }).then(() => {
    created = true;
    void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'begin', title, percentage: 0, cancellable: false });
  }, () => undefined);
  return {
    report(done: number, total: number) {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (!created || pct === last) return;
      last = pct;
      void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'report', percentage: pct, message: `${done}/${total} files` });
    },
    done(message: string) {
      void ready.then(() => { if (created) void connection.sendProgress(WorkDoneProgress.type, token, { kind: 'end', message }); });
    },
  };
}
