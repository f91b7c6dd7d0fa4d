package kan

import "math/rand/v2"

// batches deals mini-batches from a packed training set: a shuffled order
// of the samples, reshuffled whenever fewer than a batch remain, copied
// into reused buffers. The KAN trainer and the comparison MLP share it, so
// both see the same batch sequence for the same seed.
type batches struct {
	rng    *rand.Rand
	perm   []int
	pos    int
	bx, by []float64 // the current mini-batch
}

// newBatches returns a dealer over n samples whose order is drawn from
// seed's "train" stream; the first batch reshuffles.
func newBatches(n int, seed uint64) batches {
	b := batches{rng: rand.New(rand.NewPCG(seed, 0x747261696e)), perm: make([]int, n)} // "train"
	for i := range b.perm {
		b.perm[i] = i
	}
	b.pos = n
	return b
}

// next copies the next bs samples of x (rows of dim) and y into the batch
// buffers and returns them.
func (b *batches) next(x, y []float64, dim, bs int) (bx, by []float64, n int) {
	if b.pos+bs > len(b.perm) {
		b.rng.Shuffle(len(b.perm), func(i, j int) { b.perm[i], b.perm[j] = b.perm[j], b.perm[i] })
		b.pos = 0
	}
	if len(b.by) < bs {
		b.bx, b.by = make([]float64, dim*bs), make([]float64, bs)
	}
	for k, i := range b.perm[b.pos : b.pos+bs] {
		copy(b.bx[k*dim:k*dim+dim], x[i*dim:i*dim+dim])
		b.by[k] = y[i]
	}
	b.pos += bs
	return b.bx[:dim*bs], b.by[:bs], bs
}
