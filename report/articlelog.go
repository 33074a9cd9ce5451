package report

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
)

// articleLog keeps each article's tallies, one record per article in input
// order, outside the aggregate's maps: the per-article table is written at
// the end (when the leaders are known) by reading the records back, so the
// aggregate's memory does not grow with the number of articles. Records
// are kept in memory unless spill sends them to a temporary file.
type articleLog struct {
	mem  bytes.Buffer
	file *os.File // nil: records are in mem
	name string   // the file's name while it still has one
	buf  *bufio.Writer
	enc  *gob.Encoder
	n    int
	err  error
}

// articleRecord is one article's tallies per name, names sorted.
type articleRecord struct {
	ID      string
	Source  string // the article's source, "" when none
	Date    string // the article's date, "" when none
	Names   []string
	Tallies []tally
}

// add appends one article's record.
func (l *articleLog) add(rec articleRecord) {
	if l.err != nil {
		return
	}
	if l.enc == nil {
		var w io.Writer = &l.mem
		if l.buf != nil {
			w = l.buf
		}
		l.enc = gob.NewEncoder(w)
	}
	if err := l.enc.Encode(rec); err != nil {
		l.err = fmt.Errorf("article log: %w", err)
		return
	}
	l.n++
}

// spill sends the records to a temporary file in dir (the system's
// temporary folder when empty). It must come before the first record. The
// file's name is removed at once where the system allows an open file to
// lose its name, so nothing is left behind even if the run is killed;
// elsewhere release removes it.
func (l *articleLog) spill(dir string) error {
	if l.n > 0 || l.enc != nil {
		return errors.New("article log: spill after the first record")
	}
	f, err := os.CreateTemp(dir, ".portray-articles-*")
	if err != nil {
		return fmt.Errorf("article log: %w", err)
	}
	if err := os.Remove(f.Name()); err != nil {
		l.name = f.Name()
	}
	l.file, l.buf = f, bufio.NewWriterSize(f, 1<<16)
	return nil
}

// each calls fn with every record in order. No record may be added after.
func (l *articleLog) each(fn func(articleRecord) error) error {
	if l.err != nil {
		return l.err
	}
	var r io.Reader = bytes.NewReader(l.mem.Bytes())
	if l.file != nil {
		if err := l.buf.Flush(); err != nil {
			return fmt.Errorf("article log: %w", err)
		}
		if _, err := l.file.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("article log: %w", err)
		}
		r = bufio.NewReaderSize(l.file, 1<<16)
		defer l.file.Seek(0, io.SeekEnd)
	}
	dec := gob.NewDecoder(r)
	for range l.n {
		var rec articleRecord
		if err := dec.Decode(&rec); err != nil {
			return fmt.Errorf("article log: %w", err)
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	return nil
}

// release closes the temporary file, if any, and removes it if it still
// has a name.
func (l *articleLog) release() {
	if l.file != nil {
		l.file.Close()
		l.file, l.buf = nil, nil
	}
	if l.name != "" {
		os.Remove(l.name)
		l.name = ""
	}
}
