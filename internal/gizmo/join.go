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

// natokg: goja's Array.prototype.join and toLocaleString recurse, in Go,
// into the arrays an array holds: String(a) of a cyclic array (a.push(a))
// or of one nested a million deep ends the process with a fatal stack
// overflow. guardArrays makes them give "" for a cycle (as browsers do)
// and throw past MaxExportDepth levels.

import (
	"errors"

	"github.com/dop251/goja"
)

// guardArrays wraps Array.prototype.join and toLocaleString of vm.
func guardArrays(vm *goja.Runtime) error {
	proto := vm.Get("Array").ToObject(vm).Get("prototype").ToObject(vm)
	joining := make(map[*goja.Object]bool)
	for _, name := range []string{"join", "toLocaleString"} {
		orig, ok := goja.AssertFunction(proto.Get(name))
		if !ok {
			return errors.New("gizmo: Array.prototype." + name + " is not a function")
		}
		if err := proto.Set(name, guardedJoin(vm, name, orig, joining)); err != nil {
			return err
		}
	}
	return nil
}

// guardedJoin calls orig unless this array is already being joined (a
// cycle: "") or MaxExportDepth arrays are (a RangeError-like TypeError).
func guardedJoin(vm *goja.Runtime, name string, orig goja.Callable, joining map[*goja.Object]bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		o := call.This.ToObject(vm)
		if joining[o] {
			return vm.ToValue("")
		}
		if len(joining) >= MaxExportDepth {
			panic(vm.NewTypeError("%s: the array is nested deeper than %d levels", name, MaxExportDepth))
		}
		joining[o] = true
		defer delete(joining, o)
		v, err := orig(o, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	}
}
