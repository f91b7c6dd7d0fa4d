package swimmer

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// MLPConfig configures the MLP baseline policy.
type MLPConfig struct {
	Links  int    // body links N; the input is the swim observation, size n+3N
	Hidden []int  // hidden layer widths, each 1..256, at most 4 layers
	Seed   uint64 // draws the initial weights
}

// DefaultHidden returns the lab's MLP hidden widths, 32,32. Our choice,
// not the paper's: its MLPs are 2×256 (PPO/DDPG) or 2×64 (ES); 2×32 keeps
// ES in the page fast with 1,989 parameters on swimmer6 against NCAP's 4.
func DefaultHidden() []int { return []int{32, 32} }

// Validate reports the first invalid field, or nil.
func (c MLPConfig) Validate() error {
	if c.Links < MinLinks || c.Links > MaxLinks {
		return &BodyError{"links", fmt.Sprint(c.Links), "is out of range [3, 15]"}
	}
	if len(c.Hidden) > 4 {
		return &BodyError{"mlp-hidden", fmt.Sprint(c.Hidden), "has more than 4 layers"}
	}
	for _, w := range c.Hidden {
		if w < 1 || w > 256 {
			return &BodyError{"mlp-hidden", fmt.Sprint(c.Hidden), "needs widths in [1, 256]"}
		}
	}
	return nil
}

// MLP is the baseline policy: the swim observation (spec §1.4) through
// tanh hidden layers to n outputs squashed by tanh into (−1, 1). Our
// choice: a tanh output (like tonic's DDPG actor) rather than clipping a
// linear output, so every parameter always has an effect. Deterministic:
// no action noise.
type MLP struct {
	cfg    MLPConfig
	sizes  []int     // layer sizes, input first
	params []float64 // per layer: weights (out×in, row-major) then biases
	obs    []float64
	bufA   []float64
	bufB   []float64
}

// NewMLP builds the policy with LeCun-normal weights (N(0, 1/fan_in)) and
// zero biases drawn from cfg.Seed. Our choice: the output layer's weights
// are scaled by 0.1 so the initial policy acts gently.
func NewMLP(c MLPConfig) (*MLP, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	c.Hidden = append([]int(nil), c.Hidden...)
	sizes := append([]int{ObsSize(c.Links)}, c.Hidden...)
	sizes = append(sizes, c.Links-1)
	count, widest := 0, 0
	for i := 1; i < len(sizes); i++ {
		count += sizes[i] * (sizes[i-1] + 1)
		widest = max(widest, sizes[i])
	}
	m := &MLP{cfg: c, sizes: sizes, params: make([]float64, count),
		obs: make([]float64, sizes[0]), bufA: make([]float64, widest), bufB: make([]float64, widest)}
	r := rand.New(rand.NewPCG(c.Seed, 0x6d6c70))
	off := 0
	for i := 1; i < len(sizes); i++ {
		in, out := sizes[i-1], sizes[i]
		scale := 1 / math.Sqrt(float64(in))
		if i == len(sizes)-1 {
			scale *= 0.1
		}
		for j := range in * out {
			m.params[off+j] = scale * r.NormFloat64()
		}
		off += in*out + out
	}
	return m, nil
}

func (m *MLP) Name() string { return "mlp" }

// Joints is the number of outputs n.
func (m *MLP) Joints() int { return m.cfg.Links - 1 }

// Config is the policy's configuration.
func (m *MLP) Config() MLPConfig { return m.cfg }

// Reset does nothing: the policy has no memory.
func (m *MLP) Reset() {}

// Params returns a copy of the flat parameters: for each layer from the
// input, its weights (row-major, one row per output) then its biases.
func (m *MLP) Params() []float64 { return append([]float64(nil), m.params...) }

// SetParams replaces the flat parameters.
func (m *MLP) SetParams(p []float64) error {
	if err := checkParams("mlp", p, len(m.params)); err != nil {
		return err
	}
	copy(m.params, p)
	return nil
}

// Clone returns an independent copy with the same parameters.
func (m *MLP) Clone() Controller {
	c, _ := NewMLP(m.cfg)
	copy(c.params, m.params)
	return c
}

// Act runs the network on the swimmer's observation.
func (m *MLP) Act(s *Sim, action []float64) {
	x := s.Observe(m.obs)
	off := 0
	bufs := [2][]float64{m.bufA, m.bufB}
	for i := 1; i < len(m.sizes); i++ {
		in, out := m.sizes[i-1], m.sizes[i]
		w := m.params[off : off+in*out]
		bias := m.params[off+in*out : off+in*out+out]
		y := bufs[i%2][:out]
		for o := range out {
			v := bias[o]
			for j, xj := range x[:in] {
				v += w[o*in+j] * xj
			}
			y[o] = math.Tanh(v)
		}
		x = y
		off += in*out + out
	}
	copy(action[:m.Joints()], x)
}
