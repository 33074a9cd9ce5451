package analyze

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
	// file given directly it is the file's name.
	ID string
	// Skip, when set, is why the entry is listed but not read (a hidden
	// file or folder, the output folder).
	Skip string
}

// Walk lists the files under each root, recursively and in lexical order,
// roots in the order given. Hidden files and folders (name starting with
// ".") and anything under exclude (the output folder) are listed as skipped
// with the reason rather than left out. A root that does not exist is an error.
func Walk(roots []string, exclude string) ([]File, error) {
	var out []File
	absExclude := ""
	if exclude != "" {
		absExclude, _ = filepath.Abs(exclude)
	}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", root, err)
		}
		if !info.IsDir() {
			out = append(out, File{Path: root, ID: filepath.ToSlash(filepath.Base(root))})
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(root, path)
			id := filepath.ToSlash(rel)
			if err != nil {
				out = append(out, File{Path: path, ID: id, Skip: "cannot read: " + err.Error()})
				if d != nil && d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if path == root {
				return nil
			}
			if abs, _ := filepath.Abs(path); absExclude != "" && abs == absExclude {
				out = append(out, File{Path: path, ID: id + "/", Skip: "the output folder"})
				return filepath.SkipDir
			}
			hidden := strings.HasPrefix(d.Name(), ".")
			switch {
			case d.IsDir() && hidden:
				out = append(out, File{Path: path, ID: id + "/", Skip: "hidden folder"})
				return filepath.SkipDir
			case d.IsDir():
				return nil
			case hidden:
				out = append(out, File{Path: path, ID: id, Skip: "hidden file"})
			case !d.Type().IsRegular():
				out = append(out, File{Path: path, ID: id, Skip: "not a regular file"})
			default:
				out = append(out, File{Path: path, ID: id})
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", root, err)
		}
	}
	return out, nil
}

// ReadFile reads the inputs of one listed file. It never fails: a file that
// cannot be opened or read comes back as one failed input saying why.
func ReadFile(f File) []Input {
	if f.Skip != "" {
		return []Input{{Article: Article{ID: f.ID}, Status: StatusSkipped, Reason: f.Skip}}
	}
	if _, ok := Formats[strings.ToLower(filepath.Ext(f.Path))]; !ok {
		ins, _ := ReadInputs(f.ID, strings.NewReader(""))
		return ins
	}
	fh, err := os.Open(f.Path)
	if err != nil {
		return []Input{{Article: Article{ID: f.ID}, Status: StatusFailed, Reason: "cannot open: " + unwrapPathErr(err)}}
	}
	defer fh.Close()
	ins, err := ReadInputs(f.ID, fh)
	if err != nil {
		return []Input{{Article: Article{ID: f.ID}, Status: StatusFailed, Reason: "cannot read: " + unwrapPathErr(err)}}
	}
	return ins
}

// unwrapPathErr drops the path from an *fs.PathError: the row already names the file.
func unwrapPathErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
