package sorting

import (
	"strconv"
	"strings"
)

// Algotype is the sorting rule a cell runs when it activates (spec §2).
// The zero value is Bubble. The numeric order (Bubble, Insertion, Selection)
// is the canonical order used by FormatMix and by the type-count arrays; it
// differs from the reference code's record codes (Bubble 0, Selection 1,
// Insertion 2, spec §1), which this package never uses.
type Algotype uint8

// The three cell-view algotypes of spec §2.1–2.3.
const (
	Bubble    Algotype = iota // swaps with a random neighbour (§2.1)
	Insertion                 // swaps left once its left side is sorted (§2.2)
	Selection                 // swaps with the cell at its pointer (§2.3)
)

// numAlgotypes is the number of defined algotypes.
const numAlgotypes = 3

var algotypeNames = [numAlgotypes]string{"bubble", "insertion", "selection"}

// String returns the lower-case name: "bubble", "insertion" or "selection".
// Undefined values render as "algotype(N)".
func (t Algotype) String() string {
	if int(t) < numAlgotypes {
		return algotypeNames[t]
	}
	return "algotype(" + strconv.Itoa(int(t)) + ")"
}

// ParseAlgotype parses a lower-case algotype name as returned by String.
// Surrounding spaces and letter case are ignored. The error is a
// *ConfigError naming the allowed names.
func ParseAlgotype(s string) (Algotype, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for i, n := range algotypeNames {
		if name == n {
			return Algotype(i), nil
		}
	}
	return 0, &ConfigError{Field: "algotype", Value: strconv.Quote(s),
		Reason: "is not one of bubble, insertion, selection"}
}

// Damage selects how frozen cells behave (spec §4).
// The zero value is Passive.
type Damage uint8

// The two damage modes of spec §4.
const (
	// Passive ("movable") frozen cells never initiate a move, but an active
	// cell may swap with them and so displace them.
	Passive Damage = iota
	// Stuck ("immovable") frozen cells neither initiate nor can be
	// displaced: every swap involving one is refused and counted (§4).
	Stuck
)

var damageNames = [...]string{"passive", "stuck"}

// String returns "passive" or "stuck". Undefined values render as
// "damage(N)".
func (d Damage) String() string {
	if int(d) < len(damageNames) {
		return damageNames[d]
	}
	return "damage(" + strconv.Itoa(int(d)) + ")"
}

// ParseDamage parses "passive" or "stuck". Surrounding spaces and letter
// case are ignored. The error is a *ConfigError naming the allowed names.
func ParseDamage(s string) (Damage, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	for i, n := range damageNames {
		if name == n {
			return Damage(i), nil
		}
	}
	return 0, &ConfigError{Field: "damage", Value: strconv.Quote(s),
		Reason: "is not one of passive, stuck"}
}
