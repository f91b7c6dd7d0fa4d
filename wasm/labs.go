//go:build js && wasm

package main

import (
	"bioplay/ui"
	"bioplay/ui/kanlab"
	"bioplay/ui/quadlab"
	"bioplay/ui/sortlab"
	"bioplay/ui/swimlab"
)

// labs is the lab picker's list, first the default. Adding a lab is one
// line here plus its model and scene packages.
var labs = []ui.Lab{
	sortlab.Lab,
	swimlab.Lab,
	quadlab.Lab,
	kanlab.Lab,
}

// findLab returns the lab called name.
func findLab(name string) (ui.Lab, bool) {
	for _, l := range labs {
		if l.Name == name {
			return l, true
		}
	}
	return ui.Lab{}, false
}

func labNames() []string {
	names := make([]string, len(labs))
	for i, l := range labs {
		names[i] = l.Name
	}
	return names
}
