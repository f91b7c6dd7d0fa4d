package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"bioplay/models/sortbatch"
)

// runFigure runs 'bioplay sort -figure n -out dir' with extra args and
// fails unless it succeeds quietly on stderr.
func runFigure(t *testing.T, n int, dir string, args ...string) string {
	t.Helper()
	all := append([]string{"sort", "-figure", strconv.Itoa(n), "-out", dir}, args...)
	stdout, stderr, code := runCLI(t, all...)
	if code != 0 || stderr != "" {
		t.Fatalf("run(%q) = %d, stderr %q", all, code, stderr)
	}
	return stdout
}

// readCSV reads a CSV file into a header and rows of column → cell maps.
func readCSV(t *testing.T, path string) (header []string, rows []map[string]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("%s: %v, %d records", path, err, len(recs))
	}
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return recs[0], rows
}

// number parses a CSV cell.
func number(t *testing.T, row map[string]string, col string) float64 {
	t.Helper()
	x, err := strconv.ParseFloat(row[col], 64)
	if err != nil {
		t.Fatalf("column %s = %q: %v", col, row[col], err)
	}
	return x
}

// decodePNG decodes a PNG file and checks it is a plot-sized picture with
// more than one colour.
func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	b := img.Bounds()
	if b.Dx() < 600 || b.Dx() > 3000 || b.Dy() < 400 || b.Dy() > 2000 {
		t.Errorf("%s is %v, want a plot between 600×400 and 3000×2000", path, b.Size())
	}
	colours := map[[3]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	if len(colours) < 4 {
		t.Errorf("%s has %d colours, want a drawn plot", path, len(colours))
	}
	return img
}

// Fig 4, the acceptance check: traditional cost ÷ cell-view cost
// within 10% of the paper's 1.5 (Bubble), 2.03 (Insertion) and 0.85
// (Selection) (spec §7, Fig 4), with the figure's own 100 runs per
// condition at N=100 (about half a second).
func TestFigure4(t *testing.T) {
	dir := t.TempDir()
	out := runFigure(t, 4, dir)
	for _, w := range []string{"Fig 4:", "100 runs per condition, seeds 1..100", "Bubble", "Insertion", "Selection",
		"cost_ratio=1.5", "cost_ratio=2.03", "cost_ratio=0.85", "ratio", "wrote " + filepath.Join(dir, "fig4.csv")} {
		if !strings.Contains(out, w) {
			t.Errorf("stdout lacks %q:\n%s", w, out)
		}
	}
	header, rows := readCSV(t, filepath.Join(dir, "fig4.csv"))
	for _, col := range []string{"condition", "params", "runs", "final_error_mean", "final_error_sd", "sortedness_mean",
		"swaps_mean", "cost_mean", "cost_sd", "dg_mean", "dg_sd", "agg_peak", "agg_peak_progress",
		"traditional_cost_mean", "traditional_dg_sd", "cost_ratio", "paper_cost_ratio"} {
		if !strings.Contains(","+strings.Join(header, ",")+",", ","+col+",") {
			t.Errorf("fig4.csv header lacks %s: %q", col, header)
		}
	}
	if len(rows) != 3 {
		t.Fatalf("fig4.csv has %d rows, want 3", len(rows))
	}
	for i, want := range []struct {
		name  string
		paper float64
	}{{"Bubble", 1.5}, {"Insertion", 2.03}, {"Selection", 0.85}} {
		r := rows[i]
		if r["condition"] != want.name || r["runs"] != "100" {
			t.Errorf("row %d: condition %q, runs %q; want %q, 100", i, r["condition"], r["runs"], want.name)
		}
		if got := number(t, r, "paper_cost_ratio"); got != want.paper {
			t.Errorf("%s: paper_cost_ratio = %v, want %v", want.name, got, want.paper)
		}
		ratio := number(t, r, "cost_ratio")
		if math.Abs(ratio-want.paper) > 0.1*want.paper {
			t.Errorf("%s: cost_ratio = %.3f, want %.2f ± 10%%", want.name, ratio, want.paper)
		}
		if got := number(t, r, "traditional_cost_mean") / number(t, r, "cost_mean"); math.Abs(got-ratio) > 1e-9 {
			t.Errorf("%s: cost_ratio %v is not traditional_cost_mean ÷ cost_mean = %v", want.name, ratio, got)
		}
	}
	_, curves := readCSV(t, filepath.Join(dir, "fig4_curves.csv"))
	if len(curves) != 3*101 {
		t.Fatalf("fig4_curves.csv has %d rows, want 3 × 101", len(curves))
	}
	for i, r := range curves {
		if r["progress"] != strconv.Itoa(i%101) || r["condition"] != rows[i/101]["condition"] {
			t.Fatalf("curves row %d = %v, want progress %d of %s", i, r, i%101, rows[i/101]["condition"])
		}
	}
	// Without damage every run ends sorted: the mean curve ends at 100%.
	if got := number(t, curves[100], "sortedness_mean"); got != 100 {
		t.Errorf("Bubble's sortedness at progress 100 = %v, want 100", got)
	}
	decodePNG(t, filepath.Join(dir, "fig4.png"))
}

// Every figure runs and writes its three files; 2 runs per condition keep
// it quick. The CSVs have one row per condition and 101 curve points each.
func TestEveryFigureWritesItsFiles(t *testing.T) {
	for _, fig := range sortbatch.Figures() {
		t.Run("fig"+strconv.Itoa(fig.Number), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "new", "dir") // created by -out
			runFigure(t, fig.Number, dir, "-runs", "2", "-seed", "7")
			base := filepath.Join(dir, "fig"+strconv.Itoa(fig.Number))
			_, rows := readCSV(t, base+".csv")
			if len(rows) != len(fig.Conditions) {
				t.Errorf("%s.csv has %d rows, want %d conditions", base, len(rows), len(fig.Conditions))
			}
			for i, c := range fig.Conditions {
				if i < len(rows) && rows[i]["condition"] != c.Name {
					t.Errorf("row %d is %q, want %q", i, rows[i]["condition"], c.Name)
				}
				for k, v := range c.Paper {
					if i < len(rows) && rows[i]["paper_"+k] != strconv.FormatFloat(v, 'f', -1, 64) {
						t.Errorf("%s: paper_%s = %q, want %v", c.Name, k, rows[i]["paper_"+k], v)
					}
				}
			}
			if _, curves := readCSV(t, base+"_curves.csv"); len(curves) != 101*len(fig.Conditions) {
				t.Errorf("%s_curves.csv has %d rows, want %d", base, len(curves), 101*len(fig.Conditions))
			}
			decodePNG(t, base+".png")
		})
	}
}

// The same command line writes the same bytes: the CSVs and the PNG hold
// no timestamps or timings.
func TestFigureDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	outA := runFigure(t, 4, a, "-runs", "3", "-seed", "5")
	outB := runFigure(t, 4, b, "-runs", "3", "-seed", "5")
	if strings.ReplaceAll(outA, a, "DIR") != strings.ReplaceAll(outB, b, "DIR") {
		t.Errorf("stdout differs:\n%s\n%s", outA, outB)
	}
	for _, name := range []string{"fig4.csv", "fig4_curves.csv", "fig4.png"} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two identical runs (%d and %d bytes)", name, len(x), len(y))
		}
	}
	c := t.TempDir()
	runFigure(t, 4, c, "-runs", "3", "-seed", "6")
	x, _ := os.ReadFile(filepath.Join(a, "fig4.csv"))
	y, _ := os.ReadFile(filepath.Join(c, "fig4.csv"))
	if bytes.Equal(x, y) {
		t.Errorf("seeds 5 and 6 wrote the same fig4.csv")
	}
}

func TestFigureJSON(t *testing.T) {
	dir := t.TempDir()
	out := runFigure(t, 4, dir, "-runs", "2", "-json", "-dg", "reference")
	var r figureReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if r.Figure != 4 || r.Runs != 2 || r.Seeds != [2]uint64{1, 2} || len(r.Conditions) != 3 || len(r.Files) != 3 {
		t.Fatalf("report = %+v, want figure 4, 2 runs, seeds 1..2, 3 conditions and 3 files", r)
	}
	for _, c := range r.Conditions {
		if c.Traditional == nil || c.Traditional.CostRatio <= 0 || c.Paper["cost_ratio"] == 0 {
			t.Errorf("%s: traditional %+v, paper %v; want a cost ratio beside the paper's", c.Name, c.Traditional, c.Paper)
		}
		if c.Params["mix"] == "" {
			t.Errorf("%s: params = %v, want the condition's mix", c.Name, c.Params)
		}
	}
	for _, key := range []string{`"dg"`, `"cost"`, `"aggregation_peak"`, `"traditional"`, `"paper"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

// An -out that cannot be created or written is exit status 1, before any
// run.
func TestFigureOutUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{file, filepath.Join(file, "sub")} {
		stdout, stderr, code := runCLI(t, "sort", "-figure", "4", "-out", out)
		if code != 1 || stdout != "" || !strings.Contains(stderr, "-out") {
			t.Errorf("-out %s = %d, stdout %q, stderr %q; want 1 naming -out and no output", out, code, stdout, stderr)
		}
	}
}
