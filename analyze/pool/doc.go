// Package pool runs numbered jobs on a bounded number of goroutines and
// hands their results back in job order, so that what a stage writes never
// depends on scheduling or on the number of workers.
//
// Every stage of portray that works in parallel (reading and analysing
// articles, per-article report rows, charts, output files) goes through
// this package, and each honours the batch's -j flag.
package pool
