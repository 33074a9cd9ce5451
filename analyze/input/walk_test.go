package input

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeTree creates files (slash-separated paths to contents) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"b.txt":               "B.",
		"a/z.md":              "Z.",
		"a/b/c.html":          "<p>C.</p>",
		"a/b/.draft.txt":      "draft",
		"a/B.txt":             "capital B",
		".hidden.txt":         "hidden",
		".git/config":         "[core]",
		".git/objects/x.txt":  "object",
		"out/report.csv":      "id,text",
		"out/articles/x.txt":  "old output",
		"photos/list.csv":     "a,b",
		"wire/feed.jsonl":     `{"text":"t"}`,
		"wire/old/.keep":      "",
		"zz/deep/er/last.txt": "last",
	})
	if err := os.Symlink(filepath.Join(root, "b.txt"), filepath.Join(root, "link.txt")); err != nil {
		t.Fatal(err)
	}

	got, err := Walk([]string{root}, filepath.Join(root, "out"))
	if err != nil {
		t.Fatal(err)
	}
	want := []File{
		{ID: ".git/", Skip: "hidden folder"},
		{ID: ".hidden.txt", Skip: "hidden file"},
		{ID: "a/B.txt"},
		{ID: "a/b/.draft.txt", Skip: "hidden file"},
		{ID: "a/b/c.html"},
		{ID: "a/z.md"},
		{ID: "b.txt"},
		{ID: "link.txt", Skip: "symbolic link to b.txt, read under that name"},
		{ID: "out/", Skip: "the output folder"},
		{ID: "photos/list.csv"},
		{ID: "wire/feed.jsonl"},
		{ID: "wire/old/.keep", Skip: "hidden file"},
		{ID: "zz/deep/er/last.txt"},
	}
	for i := range want {
		id := strings.TrimSuffix(want[i].ID, "/")
		want[i].Path = filepath.Join(root, filepath.FromSlash(id))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk:\n got %s\nwant %s", formatFiles(got), formatFiles(want))
	}
}

func formatFiles(fs []File) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("\n  " + f.ID + "\t" + f.Skip + f.Fail + "\t" + f.Path)
	}
	return b.String()
}

// symlink makes a symbolic link at dir/name pointing to target (as given:
// relative targets are relative to the link's folder).
func symlink(t *testing.T, dir, target, name string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.FromSlash(target), p); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
}

func TestWalkSymlinks(t *testing.T) {
	type link struct{ target, name string } // target relative to the link, or absolute when it starts with "@" (under the outside folder)
	tests := []struct {
		name  string
		files map[string]string // under the root
		out   map[string]string // under a folder outside the root
		links []link
		want  []string // "ID: skip or fail reason" (just "ID" when read)
	}{
		{
			name:  "link to a file inside is read once, under the file's own name",
			files: map[string]string{"b.txt": "B."},
			links: []link{{"b.txt", "a-link.txt"}},
			want:  []string{"a-link.txt: symbolic link to b.txt, read under that name", "b.txt"},
		},
		{
			name:  "link to a file outside is read under the link's name",
			files: map[string]string{"a.txt": "A."},
			out:   map[string]string{"story.txt": "S."},
			links: []link{{"@story.txt", "linked.txt"}},
			want:  []string{"a.txt", "linked.txt"},
		},
		{
			name:  "link to a folder outside is walked under the link's name",
			out:   map[string]string{"wire/one.txt": "1.", "wire/sub/two.txt": "2.", "wire/.draft.txt": "D."},
			links: []link{{"@wire", "feeds"}},
			want:  []string{"feeds/.draft.txt: hidden file", "feeds/one.txt", "feeds/sub/two.txt"},
		},
		{
			name:  "two links to one folder outside: the second is not walked again",
			out:   map[string]string{"wire/one.txt": "1."},
			links: []link{{"@wire", "a"}, {"@wire", "b"}},
			want:  []string{"a/one.txt", "b/: symbolic link to a/, read under that name"},
		},
		{
			name:  "link to the folder that holds it is a loop",
			files: map[string]string{"sub/a.txt": "A."},
			links: []link{{"..", "sub/up"}},
			want:  []string{"sub/a.txt", "sub/up/: symbolic link loop (points back to the input folder)"},
		},
		{
			name:  "link to itself is a loop",
			links: []link{{"self.txt", "self.txt"}},
			want:  []string{"self.txt: symbolic link loop (links that point at each other)"},
		},
		{
			name:  "links pointing at each other are a loop",
			links: []link{{"b.txt", "a.txt"}, {"a.txt", "b.txt"}},
			want:  []string{"a.txt: symbolic link loop (links that point at each other)", "b.txt: symbolic link loop (links that point at each other)"},
		},
		{
			name:  "a loop through a folder outside the root",
			out:   map[string]string{"x/a.txt": "A.", "y/b.md": "B."},
			links: []link{{"@x", "x"}, {"@y", "@x/to-y"}, {"@x", "@y/to-x"}},
			want:  []string{"x/a.txt", "x/to-y/b.md", "x/to-y/to-x/: symbolic link loop (points back to x/)"},
		},
		{
			name:  "link to a folder above the root is a loop",
			files: map[string]string{"a.txt": "A."},
			links: []link{{"../..", "top"}},
			want:  []string{"a.txt", "top/: symbolic link loop (points to a folder that holds it)"},
		},
		{
			name:  "broken link fails",
			links: []link{{"missing.txt", "gone.txt"}},
			want:  []string{"gone.txt: broken symbolic link (its target does not exist)"},
		},
		{
			name:  "hidden link is not followed",
			out:   map[string]string{"wire/one.txt": "1."},
			links: []link{{"@wire", ".cache"}, {"@wire/one.txt", ".one.txt"}},
			want:  []string{".cache/: hidden folder", ".one.txt: hidden file"},
		},
		{
			name:  "link into the output folder",
			files: map[string]string{"out/articles.csv": "a,b"},
			links: []link{{"out", "results"}},
			want:  []string{"out/: the output folder", "results/: symbolic link into the output folder"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := t.TempDir()
			root, outside := filepath.Join(base, "root"), filepath.Join(base, "outside")
			for _, d := range []string{root, outside} {
				if err := os.Mkdir(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			writeTree(t, root, tt.files)
			writeTree(t, outside, tt.out)
			for _, l := range tt.links {
				target, dir, name := l.target, root, l.name
				if strings.HasPrefix(target, "@") {
					target = filepath.Join(outside, target[1:])
				}
				if strings.HasPrefix(name, "@") {
					dir, name = outside, name[1:]
				}
				symlink(t, dir, target, name)
			}
			files, err := Walk([]string{root}, filepath.Join(root, "out"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range files {
				s := f.ID
				if r := f.Skip + f.Fail; r != "" {
					s += ": " + r
				}
				got = append(got, s)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Walk:\n got %q\nwant %q", got, tt.want)
			}
			// Every listed file that is read can be opened.
			for _, f := range files {
				if f.Skip == "" && f.Fail == "" {
					if ins := ReadFile(f); ins[0].Status != StatusOK {
						t.Errorf("%s: %s %s", f.ID, ins[0].Status, ins[0].Reason)
					}
				}
			}
		})
	}
}

func TestWalkFailures(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"a.txt": "A.", "locked/b.txt": "B."})
	symlink(t, root, "nowhere.txt", "broken.txt")
	locked := filepath.Join(root, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	files, err := Walk([]string{root}, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		for _, in := range ReadFile(f) {
			got = append(got, in.Article.ID+" "+string(in.Status)+" "+in.Reason)
		}
	}
	want := []string{"a.txt ok ", "broken.txt failed broken symbolic link (its target does not exist)", "locked/ failed cannot read folder: permission denied"}
	if _, err := os.ReadDir(locked); err == nil {
		// Permissions do not bind this user (root): the folder is read.
		want[2] = "locked/b.txt ok "
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestWalkRoots(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"one/a.txt":          "A.",
		"one/sub/b.txt":      "B.",
		"two/c.txt":          "C.",
		"loose/.hidden.md":   "H.",
		"loose/Story One.md": "S.",
	})
	one, two := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	file := filepath.Join(dir, "loose", "Story One.md")
	hidden := filepath.Join(dir, "loose", ".hidden.md")

	// Roots come out in the order given; a file given directly is named by its base name.
	got, err := Walk([]string{two, file, one, hidden}, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []File{
		{Path: filepath.Join(two, "c.txt"), ID: "c.txt"},
		{Path: file, ID: "Story One.md"},
		{Path: filepath.Join(one, "a.txt"), ID: "a.txt"},
		{Path: filepath.Join(one, "sub", "b.txt"), ID: "sub/b.txt"},
		{Path: hidden, ID: ".hidden.md"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk:\n got %s\nwant %s", formatFiles(got), formatFiles(want))
	}

	// An exclude outside the roots changes nothing; an empty folder gives nothing.
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	got, err = Walk([]string{empty}, two)
	if err != nil || len(got) != 0 {
		t.Errorf("Walk(empty folder) = %+v, %v; want nothing", got, err)
	}
}

func TestWalkRelativeExclude(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"in/a.txt":     "A.",
		"in/out/x.txt": "X.",
	})
	t.Chdir(dir)
	got, err := Walk([]string{"in"}, filepath.Join(dir, "in", "out"))
	if err != nil {
		t.Fatal(err)
	}
	want := []File{
		{Path: filepath.Join("in", "a.txt"), ID: "a.txt"},
		{Path: filepath.Join("in", "out"), ID: "out/", Skip: "the output folder"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Walk(relative root, absolute exclude):\n got %s\nwant %s", formatFiles(got), formatFiles(want))
	}
	got, err = Walk([]string{filepath.Join(dir, "in")}, filepath.Join("in", "out"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].Skip != "the output folder" {
		t.Errorf("Walk(absolute root, relative exclude):%s", formatFiles(got))
	}
}

func TestWalkMissingRoot(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-folder")
	got, err := Walk([]string{dir, missing}, "")
	if err == nil {
		t.Fatalf("Walk(missing) = %+v and no error", got)
	}
	if !strings.Contains(err.Error(), missing) {
		t.Errorf("error %q does not name %s", err, missing)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %q does not wrap fs.ErrNotExist", err)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"story.txt":  "The council met.\r\n",
		"feed.jsonl": "{\"id\":1,\"text\":\"One.\"}\n{\"id\":2,\"text\":\"Two.\"}\n",
	})
	dirNamedTxt := filepath.Join(dir, "x.txt")
	if err := os.Mkdir(dirNamedTxt, 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name   string
		file   File
		ids    []string
		status Status
		reason string // a part of the reason
	}{
		{"ok", File{Path: filepath.Join(dir, "story.txt"), ID: "sub/story.txt"}, []string{"sub/story.txt"}, StatusOK, ""},
		{"feed", File{Path: filepath.Join(dir, "feed.jsonl"), ID: "feed.jsonl"}, []string{"feed.jsonl#1", "feed.jsonl#2"}, StatusOK, ""},
		{"skip entry", File{Path: filepath.Join(dir, ".git"), ID: ".git/", Skip: "hidden folder"}, []string{".git/"}, StatusSkipped, "hidden folder"},
		{"skip entry of a readable file", File{Path: filepath.Join(dir, "story.txt"), ID: "story.txt", Skip: "the output folder"}, []string{"story.txt"}, StatusSkipped, "the output folder"},
		{"other format is not opened", File{Path: filepath.Join(dir, "missing.pdf"), ID: "missing.pdf"}, []string{"missing.pdf"}, StatusSkipped, "unsupported extension .pdf"},
		{"missing file", File{Path: filepath.Join(dir, "gone.txt"), ID: "gone.txt"}, []string{"gone.txt"}, StatusFailed, "cannot open"},
		{"directory named like a file", File{Path: dirNamedTxt, ID: "x.txt"}, []string{"x.txt"}, StatusFailed, "cannot read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins := ReadFile(tt.file)
			if len(ins) != len(tt.ids) {
				t.Fatalf("got %d inputs %+v, want %d", len(ins), ins, len(tt.ids))
			}
			for i, in := range ins {
				if in.Article.ID != tt.ids[i] || in.Status != tt.status {
					t.Errorf("input %d: ID %q status %q (%s), want %q %q", i, in.Article.ID, in.Status, in.Reason, tt.ids[i], tt.status)
				}
				if tt.status == StatusOK {
					if in.Reason != "" {
						t.Errorf("input %d: reason %q for an ok input", i, in.Reason)
					}
					continue
				}
				if in.Reason == "" || !strings.Contains(in.Reason, tt.reason) {
					t.Errorf("input %d: reason %q, want one containing %q", i, in.Reason, tt.reason)
				}
			}
		})
	}
}

func TestReadFileReasonOmitsPath(t *testing.T) {
	// unwrapPathErr is meant to drop the path of an *fs.PathError because the
	// row already names the file, but ReadInputs wraps the read error with
	// fmt.Errorf("read %s: %w"), so the type assertion misses it.
	dir := t.TempDir()
	p := filepath.Join(dir, "x.txt")
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	ins := ReadFile(File{Path: p, ID: "x.txt"})
	if len(ins) != 1 || ins[0].Status != StatusFailed {
		t.Fatalf("got %+v, want one failed input", ins)
	}
	if r := ins[0].Reason; strings.Contains(r, dir) || r != "cannot read: is a directory" {
		t.Errorf("reason %q, want %q", r, "cannot read: is a directory")
	}
}

func TestReadFileAfterWalk(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"a.txt":       "A story.",
		".hidden.txt": "Hidden.",
		"list.xls":    "a,b",
		"empty.md":    "",
	})
	files, err := Walk([]string{root}, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		for _, in := range ReadFile(f) {
			got = append(got, in.Article.ID+" "+string(in.Status))
		}
	}
	want := []string{".hidden.txt skipped", "a.txt ok", "empty.md failed", "list.xls skipped"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
