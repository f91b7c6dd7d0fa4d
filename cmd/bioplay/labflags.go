package main

import (
	"flag"
	"fmt"
	"io"

	"bioplay/models/param"
)

// labCommand names a lab command's flag set: its name, its lab's schema, the
// CLI's own flags, and an example flag for the stray-argument message.
type labCommand struct {
	name    string // "bioplay sort"
	lab     func() *param.Schema
	cli     func() *param.Schema
	example string // "-n 100"
}

// newFlagSet registers the lab's parameters and the CLI's own on a fresh,
// silent flag set: errors and usage are printed by the command, not by the
// flag package.
func (c labCommand) newFlagSet() (fs *flag.FlagSet, lab, cli *param.Flags) {
	fs = flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	lab = c.lab().Defaults().AddFlags(fs)
	if f := fs.Lookup("speed"); f != nil {
		f.Usage += " A page setting: the CLI accepts it and ignores it."
	}
	cli = c.cli().Defaults().AddFlags(fs)
	return fs, lab, cli
}

// parse parses args and applies the flags to the lab's and the CLI's
// values, each in schema order.
func (c labCommand) parse(args []string) (*flagValues, error) {
	fs, lab, cli := c.newFlagSet()
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q: every setting is a flag, as in %s", fs.Arg(0), c.example)
	}
	for _, f := range []*param.Flags{lab, cli} {
		if err := f.Apply(); err != nil {
			return nil, err
		}
	}
	fv := &flagValues{lab: lab.Values(), cli: cli.Values(), set: map[string]bool{}}
	fs.Visit(func(f *flag.Flag) { fv.set[f.Name] = true })
	return fv, nil
}
