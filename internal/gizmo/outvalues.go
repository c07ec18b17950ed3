package gizmo

import (
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
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
// reads, in the same traversal, without making an object and calling the
// script for each value: a page of a hundred events reads a thousand
// names and dates, and the calls were much of its time.
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
// limit each (all when limit < 0), as a traversal's results give them:
// the traversal of g.V(nodes).Tag("n").Out(pred), in one iterator, its
// results gathered in Go.
func (s *Session) outValues(nodes []string, pred quad.Value, limit int) (map[string][]interface{}, error) {
	out := make(map[string][]interface{}, len(nodes))
	asked := map[interface{}]string{} // the key of each node's ref -> the node as given
	var start []graph.Ref
	for _, n := range nodes {
		if _, seen := out[n]; seen {
			continue
		}
		out[n] = []interface{}{}
		ref, err := s.qs.ValueOf(quad.StringToValue(n))
		if err != nil {
			return nil, fmt.Errorf("OutValues: %w", err)
		} else if ref != nil {
			asked[refs.ToKey(ref)] = n
			start = append(start, ref)
		}
	}
	if len(start) == 0 || limit == 0 {
		return out, nil
	}
	// The nodes by the refs looked up above, not looked up again.
	it := path.StartPathNodes(s.qs, start...).Tag(outNodeTag).Out(pred).BuildIteratorOn(s.ctx, s.qs)
	it = iterator.Tag(it, TopResultTag)
	err := iterator.Iterate(s.ctx, it).Paths(true).TagEach(func(tags map[string]graph.Ref) error {
		n, ok := asked[refs.ToKey(tags[outNodeTag])]
		if !ok || (limit > 0 && len(out[n]) >= limit) {
			return nil
		}
		v, err := s.native(tags[TopResultTag])
		if err != nil || v == nil {
			return err
		}
		out[n] = append(out[n], v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("OutValues: %w", err)
	}
	return out, nil
}

// outNodeTag tags the node a value of OutValues comes out of.
const outNodeTag = "\x00node"

// native is the value of ref as a traversal's results give it.
func (s *Session) native(ref graph.Ref) (interface{}, error) {
	if ref == nil {
		return nil, nil
	}
	v, err := s.qs.NameOf(ref)
	if err != nil {
		return nil, err
	}
	return s.quadValueToNative(v), nil
}
