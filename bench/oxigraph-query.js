// bench/oxigraph-query.js - Oxigraph's side of the query benchmark.
//
// Usage: node bench/oxigraph-query.js DATA.nq RUNS QUERY.rq...
//
// Loads DATA.nq (N-Quads, read in slices of whole lines: a JavaScript
// string holds at most about 512 MB; docgraph writes no blank nodes, so
// slicing keeps every term) into an in-memory Oxigraph store once, then runs
// each query RUNS times with the union of the graphs as the default graph
// (what docgraph's store answers), and prints one tab-separated line:
//   load  -  LOAD-MS  STATEMENTS
// then, per query:
//   NAME  ROWS  MEDIAN-MS  RUN-MS,RUN-MS,...
// ROWS is the number of solutions (SELECT), the answer (ASK) or the number
// of distinct triples (CONSTRUCT). NODE_PATH must find the oxigraph package.
"use strict";
const fs = require("fs");
const path = require("path");
const oxigraph = require("oxigraph");

const [data, runsArg, ...queries] = process.argv.slice(2);
const runs = Math.max(1, parseInt(runsArg, 10) || 1);

function ms(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(v) {
  const s = v.slice().sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function rows(result) {
  if (typeof result === "boolean") return String(result);
  if (!Array.isArray(result)) return "?";
  if (result.length && result[0] instanceof Map) return String(result.length);
  // CONSTRUCT: quads; count distinct triples, as a graph holds them
  const seen = new Set();
  for (const q of result) seen.add(q.subject.toString() + " " + q.predicate.toString() +
                                   " " + q.object.toString());
  return String(seen.size);
}

const store = new oxigraph.Store();
let t0 = process.hrtime.bigint();
{
  const fd = fs.openSync(data, "r");
  const chunk = Buffer.alloc(64 << 20);
  let rest = Buffer.alloc(0);
  for (;;) {
    const got = fs.readSync(fd, chunk, 0, chunk.length, null);
    const buf = Buffer.concat([rest, chunk.subarray(0, got)]);
    const end = got ? buf.lastIndexOf(10) + 1 : buf.length;
    if (end > 0) store.load(buf.toString("utf8", 0, end), { format: "application/n-quads" });
    rest = Buffer.from(buf.subarray(end));
    if (!got) break;
  }
  fs.closeSync(fd);
}
process.stdout.write(`load\t-\t${ms(t0).toFixed(1)}\t${store.size}\n`);

for (const file of queries) {
  const name = path.basename(file, ".rq");
  const text = fs.readFileSync(file, "utf8");
  const times = [];
  let n = "?";
  for (let r = 0; r < runs; r++) {
    t0 = process.hrtime.bigint();
    let result;
    try {
      result = store.query(text, { use_default_graph_as_union: true });
    } catch (e) {
      process.stderr.write(`oxigraph: ${name}: ${e}\n`);
      n = "error";
      break;
    }
    // materialise the results inside the timed part
    n = rows(result);
    times.push(ms(t0));
  }
  const med = times.length ? median(times).toFixed(1) : "-";
  process.stdout.write(`${name}\t${n}\t${med}\t${times.map((t) => t.toFixed(1)).join(",")}\n`);
}
