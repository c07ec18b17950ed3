// Copyright 2026 The natokg Authors.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package gizmo

// natokg: the bounded converter of JavaScript values to Go values, in place
// of goja's Export and upstream's unwrap, which recurse without a bound.

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"

	"github.com/dop251/goja"
)

const (
	// MaxExportDepth bounds how deep a value passed from a script to Go
	// may nest.
	MaxExportDepth = 64
	// MaxExportValues bounds how many values (scalars, arrays, objects)
	// one value passed from a script to Go may hold.
	MaxExportValues = 1 << 20
)

var (
	typeMap   = reflect.TypeOf(map[string]interface{}(nil))
	typeError = reflect.TypeOf((*error)(nil)).Elem()
)

// exporter converts one JavaScript value to Go, within the bounds above.
type exporter struct {
	what   string // names the value in errors: "Emit", "argument"
	n      int
	onPath map[*goja.Object]bool
}

// exportValue converts v to Go: nil, bool, int64, float64, string,
// []interface{}, map[string]interface{}, or a wrapped Go value (a path as
// its *path.Path). A cyclic value, one nested deeper than MaxExportDepth
// or holding more than MaxExportValues values, NaN, ±Infinity and
// functions are errors.
func exportValue(what string, v goja.Value) (interface{}, error) {
	e := &exporter{what: what, onPath: make(map[*goja.Object]bool)}
	return e.value(v, 0)
}

func (e *exporter) value(v goja.Value, depth int) (interface{}, error) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, nil
	}
	if e.n++; e.n > MaxExportValues {
		return nil, fmt.Errorf("%s: the value holds more than %d values", e.what, MaxExportValues)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return e.primitive(v)
	}
	if _, ok := goja.AssertFunction(v); ok {
		return nil, fmt.Errorf("%s: a function is not a JSON value", e.what)
	}
	if depth >= MaxExportDepth {
		return nil, fmt.Errorf("%s: the value is nested deeper than %d levels", e.what, MaxExportDepth)
	}
	if e.onPath[o] {
		return nil, fmt.Errorf("%s: the value is cyclic", e.what)
	}
	e.onPath[o] = true
	defer delete(e.onPath, o)
	switch {
	case o.ClassName() == "Array":
		return e.array(o, depth)
	case o.ExportType() == typeMap:
		return e.object(o, depth)
	}
	// A wrapped Go value (path, quad value, filter) or a Date.
	return unwrap(o.Export()), nil
}

func (e *exporter) primitive(v goja.Value) (interface{}, error) {
	x := v.Export()
	if f, ok := x.(float64); ok && (math.IsNaN(f) || math.IsInf(f, 0)) {
		return nil, fmt.Errorf("%s: %v is not a JSON value", e.what, v)
	}
	return x, nil
}

func (e *exporter) array(o *goja.Object, depth int) (interface{}, error) {
	n := o.Get("length").ToInteger()
	if n < 0 || n > MaxExportValues {
		return nil, fmt.Errorf("%s: the value holds more than %d values", e.what, MaxExportValues)
	}
	out := make([]interface{}, 0, n)
	for i := int64(0); i < n; i++ {
		x, err := e.value(o.Get(strconv.FormatInt(i, 10)), depth+1)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

func (e *exporter) object(o *goja.Object, depth int) (interface{}, error) {
	out := make(map[string]interface{})
	for _, k := range o.Keys() {
		x, err := e.value(o.Get(k), depth+1)
		if err != nil {
			return nil, err
		}
		out[k] = x
	}
	return out, nil
}

// exceptionError returns the Go error a script threw (throwErr), or nil:
// it does not export any other value, which may be deep or cyclic.
func exceptionError(v goja.Value) error {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if t := o.ExportType(); t == nil || t == typeMap || !t.Implements(typeError) {
		return nil
	}
	err, _ := o.Export().(error)
	return err
}

// thrown returns the error for a value a script threw that is not a Go
// error: its text read now, while no caller can be crashed by it (the text
// of a thrown array joins it; of an Error it may run the script's code),
// and only for primitives and Errors.
func thrown(e *goja.Exception) (err error) {
	if o, ok := e.Value().(*goja.Object); ok && o.ClassName() != "Error" {
		return fmt.Errorf("the script threw a value of class %s, not an Error", o.ClassName())
	}
	defer func() {
		if recover() != nil {
			err = errors.New("the script threw an Error whose text cannot be read")
		}
	}()
	return errors.New(e.Error())
}

// Weight is how much a value counts toward a limit on results: an array
// (or any Go slice but a byte slice) counts its elements, nested arrays
// too; an object (any Go map) the elements of the arrays and objects it
// holds; anything else one; each counts at least one. The server counts
// whole answers (GraphQL's typed results among them) the same way.
func Weight(v interface{}) int {
	return weight(reflect.ValueOf(v))
}

// weight is Weight of a reflected value.
func weight(v reflect.Value) int {
	v = indirect(v)
	n := 0
	switch v.Kind() {
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return 1
		}
		for i := range v.Len() {
			n += weight(v.Index(i))
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if k := indirect(it.Value()).Kind(); k == reflect.Slice || k == reflect.Array || k == reflect.Map {
				n += weight(it.Value())
			}
		}
	}
	return max(n, 1)
}

// indirect returns the value v holds, through interfaces and pointers.
func indirect(v reflect.Value) reflect.Value {
	for (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && !v.IsNil() {
		v = v.Elem()
	}
	return v
}
