package input

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// File is one entry found under the paths given to a batch.
type File struct {
	// Path is where the file is on disk.
	Path string
	// ID is the path under the input folder, with forward slashes; for a
	// file given directly it is the file's name. A folder's ID ends in "/".
	ID string
	// Skip, when set, is why the entry is listed but not read (a hidden
	// file or folder, the output folder, a symbolic link loop).
	Skip string
	// Fail, when set, is why the entry is listed as failed without being
	// read (a broken symbolic link, a folder that cannot be read).
	Fail string
}

// Walk lists the files under each root, recursively and in lexical order,
// roots in the order given. Nothing found is left out: an entry that is not
// read is listed with the reason, as skipped (hidden files and folders,
// anything under exclude, which is the output folder, devices and pipes)
// or failed (a folder that cannot be read, a broken symbolic link).
//
// Symbolic links are followed once. A link to a file or folder that the walk
// reaches under its own name is skipped ("read as ..."), so nothing is read
// twice; a link to a folder that holds the link (a loop) is skipped with
// that reason; any other link is read under the link's name. A root that
// does not exist is an error.
func Walk(roots []string, exclude string) ([]File, error) {
	w := &walker{seen: map[string]string{}}
	if exclude != "" {
		w.exclude = realPath(exclude)
	}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err // the message names root already
			}
			if errors.Is(err, fs.ErrNotExist) {
				return nil, &missingInput{root: root, err: err}
			}
			return nil, fmt.Errorf("input %s: %w", root, err)
		}
		real := realPath(root)
		if !info.IsDir() {
			id := filepath.ToSlash(filepath.Base(root))
			if prev, ok := w.seen[real]; ok {
				w.out = append(w.out, File{Path: root, ID: id, Skip: "same file as " + prev + ", read once"})
				continue
			}
			w.seen[real] = id
			w.out = append(w.out, File{Path: root, ID: id})
			continue
		}
		if _, ok := w.seen[real]; !ok {
			w.seen[real] = ""
		}
		w.dir(root, real, "", []string{real}, false)
	}
	// Links found in the walk are followed now that every file and folder
	// reached under its own name is known.
	var out []File
	next := 0
	for i, f := range w.out {
		if next < len(w.links) && w.links[next].at == i {
			l := w.links[next]
			next++
			w.out = nil
			w.link(l.path, l.id, l.chain)
			out = append(out, w.out...)
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// missingInput is the error of an input PATH that does not exist; it
// wraps fs.ErrNotExist.
type missingInput struct {
	root string
	err  error
}

// Error names the input and says it does not exist.
func (e *missingInput) Error() string { return "input " + e.root + ": no such file or folder" }

// Unwrap returns the error of the file system (fs.ErrNotExist).
func (e *missingInput) Unwrap() error { return e.err }

// walker holds the state of one Walk.
type walker struct {
	out     []File
	exclude string            // real path of the output folder, or ""
	seen    map[string]string // real path of each folder walked and file listed -> its ID
	links   []pendingLink     // links met outside followed folders, in order
}

// pendingLink is a link met in the first pass, to follow once the walk of
// every root is done.
type pendingLink struct {
	at       int      // index of its placeholder in out
	path, id string   // the link and its ID
	chain    []string // real paths of the folders that hold it
}

// dir lists the entries of the folder at path (real path real, ID prefix
// id) in lexical order. chain holds the real paths of the folders from the
// root down to this one, for telling loops; inside a followed link, links
// are followed at once.
func (w *walker) dir(path, real, id string, chain []string, followed bool) {
	entries, err := os.ReadDir(path)
	if err != nil {
		w.out = append(w.out, File{Path: path, ID: id + "/", Fail: "cannot read folder: " + unwrapPathErr(err)})
	}
	for _, e := range entries {
		name := e.Name()
		p, r, eid := filepath.Join(path, name), filepath.Join(real, name), joinID(id, name)
		hidden := strings.HasPrefix(name, ".")
		t := e.Type()
		switch {
		case w.exclude != "" && r == w.exclude:
			w.out = append(w.out, File{Path: p, ID: eid + "/", Skip: "the output folder"})
		case t&fs.ModeSymlink != 0 && hidden:
			what := "hidden file"
			if fi, err := os.Stat(p); err == nil && fi.IsDir() {
				what, eid = "hidden folder", eid+"/"
			}
			w.out = append(w.out, File{Path: p, ID: eid, Skip: what})
		case t&fs.ModeSymlink != 0 && followed:
			w.link(p, eid, chain)
		case t&fs.ModeSymlink != 0:
			w.links = append(w.links, pendingLink{at: len(w.out), path: p, id: eid, chain: chain})
			w.out = append(w.out, File{Path: p, ID: eid}) // a placeholder
		case t.IsDir() && hidden:
			w.out = append(w.out, File{Path: p, ID: eid + "/", Skip: "hidden folder"})
		case t.IsDir():
			if prev, ok := w.seen[r]; ok {
				w.out = append(w.out, File{Path: p, ID: eid + "/", Skip: "same folder as " + nameOf(prev) + ", read once"})
				continue
			}
			w.seen[r] = eid + "/"
			w.dir(p, r, eid, append(chain[:len(chain):len(chain)], r), followed)
		case hidden:
			w.out = append(w.out, File{Path: p, ID: eid, Skip: "hidden file"})
		case !t.IsRegular():
			w.out = append(w.out, File{Path: p, ID: eid, Skip: "not a regular file (a device, pipe or socket)"})
		default:
			if prev, ok := w.seen[r]; ok {
				w.out = append(w.out, File{Path: p, ID: eid, Skip: "same file as " + prev + ", read once"})
				continue
			}
			w.seen[r] = eid
			w.out = append(w.out, File{Path: p, ID: eid})
		}
	}
}

// link lists what the symbolic link at path (ID id, inside the folders of
// chain) leads to: the file or folder it points to, read under the link's
// name, or one entry saying why it is not followed.
func (w *walker) link(path, id string, chain []string) {
	add := func(f File) { f.Path = path; w.out = append(w.out, f) }
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			add(File{ID: id, Fail: "broken symbolic link (its target does not exist)"})
		case strings.Contains(err.Error(), "too many links"):
			add(File{ID: id, Skip: "symbolic link loop (links that point at each other)"})
		default:
			add(File{ID: id, Fail: "cannot follow symbolic link: " + unwrapPathErr(err)})
		}
		return
	}
	target = realPath(target)
	info, err := os.Stat(target)
	if err != nil {
		add(File{ID: id, Fail: "cannot follow symbolic link: " + unwrapPathErr(err)})
		return
	}
	if info.IsDir() {
		id += "/"
	}
	switch {
	case w.exclude != "" && (target == w.exclude || within(target, w.exclude)):
		add(File{ID: id, Skip: "symbolic link into the output folder"})
		return
	case info.IsDir():
		for _, c := range chain {
			if c == target || within(c, target) {
				reason := "symbolic link loop (points to a folder that holds it)"
				if prev, ok := w.seen[target]; ok {
					reason = "symbolic link loop (points back to " + nameOf(prev) + ")"
				}
				add(File{ID: id, Skip: reason})
				return
			}
		}
	}
	if prev, ok := w.seen[target]; ok {
		add(File{ID: id, Skip: "symbolic link to " + nameOf(prev) + ", read under that name"})
		return
	}
	switch {
	case info.IsDir():
		w.seen[target] = id
		w.dir(path, target, strings.TrimSuffix(id, "/"), append(chain[:len(chain):len(chain)], target), true)
	case info.Mode().IsRegular():
		w.seen[target] = id
		add(File{ID: id})
	default:
		add(File{ID: id, Skip: "not a regular file (a device, pipe or socket)"})
	}
}

// realPath returns the absolute path of p with every symbolic link resolved,
// or as much of that as can be found.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return filepath.Clean(abs)
}

// within reports whether path lies inside the folder dir.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// joinID appends a name to a slash-separated ID.
func joinID(id, name string) string {
	if id == "" {
		return name
	}
	return id + "/" + name
}

// nameOf names an entry by its ID for a reason; the root folder's ID is empty.
func nameOf(id string) string {
	if id == "" {
		return "the input folder"
	}
	return id
}

// ReadFile is ReadFileWith with the default options.
func ReadFile(f File) []Input {
	return ReadFileWith(f, ReadOptions{})
}

// ReadFileWith reads the inputs of one listed file. It never fails: a file
// that cannot be opened or read comes back as one failed input saying why,
// and a text, markdown or HTML file over the size limit fails without
// being read.
func ReadFileWith(f File, opt ReadOptions) []Input {
	if f.Skip != "" {
		return []Input{{Article: Article{ID: f.ID}, Status: StatusSkipped, Reason: f.Skip}}
	}
	if f.Fail != "" {
		return []Input{{Article: Article{ID: f.ID}, Status: StatusFailed, Reason: f.Fail}}
	}
	format, ok := Formats[strings.ToLower(filepath.Ext(f.Path))]
	if !ok {
		ins, _ := readInputsWith(f.ID, strings.NewReader(""), opt)
		return ins
	}
	fh, err := os.Open(f.Path)
	if err != nil {
		return []Input{{Article: Article{ID: f.ID}, Status: StatusFailed, Reason: "cannot open: " + unwrapPathErr(err)}}
	}
	defer fh.Close()
	if fi, err := fh.Stat(); err == nil && fi.Mode().IsRegular() && !isTable(format) && fi.Size() > opt.maxSize() {
		return []Input{{Article: Article{ID: f.ID, Format: format}, Status: StatusFailed, Reason: tooBigReason(fi.Size(), opt.maxSize())}}
	}
	ins, err := readInputsWith(f.ID, fh, opt)
	if err != nil {
		return []Input{{Article: Article{ID: f.ID}, Status: StatusFailed, Reason: "cannot read: " + unwrapPathErr(err)}}
	}
	return ins
}

// isTable reports whether a format holds many articles, one a line or
// row: its size limit is per article, not for the file.
func isTable(format string) bool {
	return format == "jsonl" || format == "csv" || format == "tsv"
}

// unwrapPathErr drops the path from an *fs.PathError: the row already names the file.
func unwrapPathErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
