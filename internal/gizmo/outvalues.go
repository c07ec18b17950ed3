package gizmo

import (
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"
)

// NewOutValues (natokg; OutValues in a script) follows one predicate out
// of each of many nodes and returns {node: [value, ...]}: every node
// given, with at most limit values each (all when limit is negative or
// missing), in the order a traversal gives them and as it gives them.
//
//	g.OutValues(["<a>", "<b>"], "<name>", 3)
//
// It reads what
//
//	g.V(nodes).Tag("n").Out(pred).ForEach(function (d) { ... d.n, d.id ... })
//
// reads, one index scan per node, without making an object and calling
// the script for each value: a page of a hundred events reads a
// thousand names and dates, and the calls were most of its time.
func (g *graphObject) NewOutValues(call goja.FunctionCall) goja.Value {
	vm := g.s.vm
	args := exportArgs(vm, call.Arguments)
	if len(args) != 2 && len(args) != 3 {
		return throwErr(vm, errArgCount{Got: len(args)})
	}
	nodes := toStrings([]interface{}{args[0]})
	pred, err := toQuadValue(args[1])
	if err != nil {
		return throwErr(vm, err)
	}
	limit := -1
	if len(args) == 3 {
		if l, ok := toInt(args[2]); ok {
			limit = l
		}
	}
	vals, err := g.s.outValues(nodes, pred, limit)
	if err != nil {
		return throwErr(vm, err)
	}
	out := vm.NewObject()
	for _, n := range nodes {
		if err := out.Set(n, vm.NewArray(vals[n]...)); err != nil {
			return throwErr(vm, err)
		}
	}
	return out
}

// outValues returns the values of pred out of each of nodes, at most
// limit each (all when limit < 0), as a traversal's results give them.
func (s *Session) outValues(nodes []string, pred quad.Value, limit int) (map[string][]interface{}, error) {
	ctx := s.context()
	out := make(map[string][]interface{}, len(nodes))
	p, err := s.qs.ValueOf(pred)
	if err != nil {
		return nil, fmt.Errorf("OutValues: %w", err)
	}
	for _, n := range nodes {
		if _, seen := out[n]; seen {
			continue
		}
		out[n] = []interface{}{}
		if p == nil || limit == 0 {
			continue
		}
		ref, err := s.qs.ValueOf(quad.StringToValue(n))
		if err != nil {
			return nil, fmt.Errorf("OutValues: %w", err)
		} else if ref == nil {
			continue
		}
		if out[n], err = s.valuesOut(ref, p, limit); err != nil {
			return nil, fmt.Errorf("OutValues: %w", err)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// valuesOut returns the objects of the quads with subject node and
// predicate pred, at most limit (all when limit < 0).
func (s *Session) valuesOut(node, pred graph.Ref, limit int) ([]interface{}, error) {
	ctx := s.context()
	filter := map[quad.Direction]graph.Ref{quad.Subject: node, quad.Predicate: pred}
	it := shape.BuildIterator(ctx, s.qs, shape.QuadsAction{Result: quad.Object, Filter: filter}).Iterate()
	defer it.Close()
	vals := []interface{}{}
	for (limit < 0 || len(vals) < limit) && it.Next(ctx) {
		v, err := s.qs.NameOf(it.Result())
		if err != nil {
			return nil, err
		}
		if o := s.quadValueToNative(v); o != nil {
			vals = append(vals, o)
		}
	}
	return vals, it.Err()
}
