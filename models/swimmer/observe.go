package swimmer

import "math"

// ObsSize is the length of the swim observation for a body of links links:
// n joint angles and 3N body velocities (spec §1.4, NCAP's swim task).
func ObsSize(links int) int { return links - 1 + 3*links }

// Observe writes the swim observation (spec §1.4,
// §2.4) into dst (grown if too short) and returns it: the joint angles
// q_1..q_n, then for each link from the head (vx, vy, ω): its centre's
// velocity in its own frame (x lateral, y along the link) and its angular
// velocity.
func (s *Sim) Observe(dst []float64) []float64 {
	size := ObsSize(s.n)
	if cap(dst) < size {
		dst = make([]float64, size)
	}
	dst = dst[:size]
	copy(dst, s.qpos[3:s.d])
	const l, h = linkLength, halfLength
	vx0, vy0 := s.qvel[0], s.qvel[1]
	phi, w := s.qpos[2], s.qvel[2]
	ax, ay := 0.0, 0.0
	o := dst[s.n-1:]
	for k := range s.n {
		if k > 0 {
			phi += s.qpos[2+k]
			w += s.qvel[2+k]
		}
		sn, c := math.Sincos(phi)
		vx := vx0 - ax - h*w*c
		vy := vy0 - ay - h*w*sn
		o[3*k] = vx*c + vy*sn
		o[3*k+1] = -vx*sn + vy*c
		o[3*k+2] = w
		ax += l * w * c
		ay += l * w * sn
	}
	return dst
}

// LinkAngle is link k's absolute angle φ_k = θ + q_1 + … + q_k in radians;
// the link points from its head-ward joint along (−sin φ, cos φ).
func (s *Sim) LinkAngle(k int) float64 {
	phi := s.qpos[2]
	for j := 1; j <= k && j < s.n; j++ {
		phi += s.qpos[2+j]
	}
	return phi
}

// Joint is the position (m) of joint k, 0 ≤ k < n, between links k and
// k+1 (MuJoCo's joint_k); Joint(−1) is the head's front end, the root
// anchor.
func (s *Sim) Joint(k int) (x, y float64) {
	x, y = s.qpos[0], s.qpos[1]-halfLength
	phi := s.qpos[2]
	for j := 0; j <= k && j < s.n; j++ {
		if j > 0 {
			phi += s.qpos[2+j]
		}
		sn, c := math.Sincos(phi)
		x -= linkLength * sn
		y += linkLength * c
	}
	return x, y
}

// LinkCentre is the position (m) of link k's centre of mass, k = 0 the head.
func (s *Sim) LinkCentre(k int) (x, y float64) {
	x, y = s.Joint(k - 1)
	sn, c := math.Sincos(s.LinkAngle(k))
	return x - halfLength*sn, y + halfLength*c
}

// Nose is the position (m) of the head's nose, 0.06 m ahead of its centre.
func (s *Sim) Nose() (x, y float64) {
	x, y = s.LinkCentre(0)
	sn, c := math.Sincos(s.qpos[2])
	return x + noseOffset*sn, y - noseOffset*c
}
