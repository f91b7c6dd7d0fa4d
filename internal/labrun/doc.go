// Package labrun runs every lab's model natively, without the page: for
// each lab its parameter schema and a constructor from the schema's values
// to a Runner that steps the model a bounded number of times and reports
// its numbers. Fuzzing (FuzzConfig) and tests use it to drive random valid
// configurations of every lab and catch panics, errors on valid input and
// NaN or infinite state (issue 9, part 2).
//
// The registry Labs must list exactly the labs of internal/docsgen.Labs
// (the page's labs); TestRegistryCoversEveryLab fails when one is missing.
// Adding a lab is one line in Labs plus a small adapter file such as
// sorting.go.
package labrun
