package sorting

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

// NumAlgotypes is the number of defined algotypes: the length of arrays
// indexed by Algotype, such as Config.Directions.
const NumAlgotypes = 3

// numAlgotypes is NumAlgotypes under its older, unexported name, still used
// by traditional.go.
const numAlgotypes = NumAlgotypes

var algotypeNames = [NumAlgotypes]string{"bubble", "insertion", "selection"}

// String returns the lower-case name: "bubble", "insertion" or "selection".
// Undefined values render as "algotype(N)".
func (t Algotype) String() string {
	return enumName(algotypeNames[:], int(t), "algotype")
}

// ParseAlgotype parses a lower-case algotype name as returned by String.
// Surrounding spaces and letter case are ignored. The error is a
// *ConfigError naming the allowed names.
func ParseAlgotype(s string) (Algotype, error) {
	i, err := parseEnum("algotype", s, algotypeNames[:])
	return Algotype(i), err
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
	return enumName(damageNames[:], int(d), "damage")
}

// ParseDamage parses "passive" or "stuck". Surrounding spaces and letter
// case are ignored. The error is a *ConfigError naming the allowed names.
func ParseDamage(s string) (Damage, error) {
	i, err := parseEnum("damage", s, damageNames[:])
	return Damage(i), err
}

// Direction is the order a cell sorts towards (spec §2.6): each cell applies
// its own direction to every comparison it makes. The zero value is
// Ascending. Metrics always score ascending order, whatever the cells want
// (§6.2).
type Direction uint8

// The two sort directions of spec §2.1–2.3.
const (
	Ascending  Direction = iota // small values to the left
	Descending                  // small values to the right
)

var directionNames = [...]string{"asc", "desc"}

// String returns "asc" or "desc". Undefined values render as
// "direction(N)".
func (d Direction) String() string {
	return enumName(directionNames[:], int(d), "direction")
}

// ParseDirection parses "asc" or "desc". Surrounding spaces and letter case
// are ignored. The error is a *ConfigError naming the allowed names.
func ParseDirection(s string) (Direction, error) {
	i, err := parseEnum("direction", s, directionNames[:])
	return Direction(i), err
}

// Schedule decides which cell activates next (spec §2.4). The zero value is
// Uniform. In every schedule one Step is one activation.
type Schedule uint8

// The schedules of spec §2.4.
const (
	// Uniform draws one non-frozen cell uniformly at random per activation
	// (the spec's recommendation).
	Uniform Schedule = iota
	// Sweep activates every non-frozen cell once per round, in a fresh
	// random order each round.
	Sweep
	// Bursty draws a cell uniformly, then lets it run Config.Burst
	// activations in a row, following it as it moves; it mimics the
	// reference's thread scheduler, whose runs of consecutive activations
	// by one cell average 2–47 (§2.4).
	Bursty
)

var scheduleNames = [...]string{"uniform", "sweep", "bursty"}

// String returns "uniform", "sweep" or "bursty". Undefined values render as
// "schedule(N)".
func (s Schedule) String() string {
	return enumName(scheduleNames[:], int(s), "schedule")
}

// ParseSchedule parses "uniform", "sweep" or "bursty". Surrounding spaces
// and letter case are ignored. The error is a *ConfigError naming the
// allowed names.
func ParseSchedule(s string) (Schedule, error) {
	i, err := parseEnum("schedule", s, scheduleNames[:])
	return Schedule(i), err
}
