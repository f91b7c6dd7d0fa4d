package sorting

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseEdits reads a list of clicked cells written as activation:position
// pairs separated by commas ("0:12,3500:40"); the empty string is no edits.
// Activations must not decrease and positions must be ≥ 0; the array's
// length is checked by Config.Validate.
func ParseEdits(s string) ([]Edit, error) {
	if s == "" {
		return nil, nil
	}
	items := strings.Split(s, ",")
	if len(items) > MaxEdits {
		return nil, fmt.Errorf("%d edits, at most %d", len(items), MaxEdits)
	}
	out := make([]Edit, 0, len(items))
	for _, it := range items {
		a, p, ok := strings.Cut(strings.TrimSpace(it), ":")
		at, err1 := strconv.ParseUint(a, 10, 64)
		pos, err2 := strconv.Atoi(p)
		if !ok || err1 != nil || err2 != nil || pos < 0 {
			return nil, fmt.Errorf("edit %q is not activation:position", it)
		}
		if len(out) > 0 && at < out[len(out)-1].At {
			return nil, fmt.Errorf("edit %q comes before the one preceding it", it)
		}
		out = append(out, Edit{At: at, Pos: pos})
	}
	return out, nil
}

// FormatEdits writes edits in the form ParseEdits reads.
func FormatEdits(e []Edit) string {
	var b strings.Builder
	for i, x := range e {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%d:%d", x.At, x.Pos)
	}
	return b.String()
}
