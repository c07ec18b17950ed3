// Package gizmo is natokg's fork of Cayley's Gizmo query language
// (github.com/cayleygraph/cayley/query/gizmo, Apache-2.0, see LICENSE and
// NOTICE), registered under the language name "gizmo" in its place.
//
// natokg changed it so that no script can crash the process or get past
// the session's limit (the server's --limit):
//
//   - values passed from JavaScript to Go (the arguments of g.V, Out, Has
//     and the others, Emit's argument, the completion value) are
//     converted by a bounded converter (export.go) instead of goja's
//     Export: a cyclic value, one nested deeper than MaxExportDepth or
//     holding more than MaxExportValues values, NaN, ±Infinity and
//     functions are thrown as JavaScript errors;
//   - the session's limit is a ceiling: GetLimit(n) and All send at most
//     min(n, limit) results, and an emitted value counts toward the limit
//     by its Weight (an array by its elements), so an emitted array past
//     the limit is an error;
//   - the completion value is converted only for the REPL and Raw
//     collations, and a panic of the script's goroutine is the query's
//     error;
//   - Array.prototype.join and toLocaleString give "" for a cyclic array
//     and throw past MaxExportDepth levels (join.go), and a thrown value
//     that is not an Error is not converted to text (goja's join
//     recurses in Go: String(a) of a cyclic array was a fatal stack
//     overflow).
//
// It also added, for speed:
//
//   - g.OutValues(nodes, predicate, limit), the values of one predicate
//     out of many nodes, read without a call of the script per value
//     (outvalues.go);
//   - programs split by the line Cached: the part after it, the same on
//     every call of a library query, is compiled once per process
//     (cached.go).
//
// Each change is marked "natokg" in the code.
package gizmo
