package loader

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"

	"github.com/cayleygraph/quad"

	"github.com/natokg/natokg"
	"github.com/natokg/natokg/loader/extract"
)

// Source is a file of releases.
type Source struct {
	// Name is the file's name as errors show it.
	Name string
	// Size is its size in bytes.
	Size int64
	open func() (io.ReadCloser, error)
}

// Open opens the file.
func (s Source) Open() (io.ReadCloser, error) { return s.open() }

// FileSources returns the release files at paths: each file as it is,
// and the release files below each directory (.txt; pages: .html, .htm;
// feeds: .rss, .atom, .xml), in lexical order. Symbolic
// links to files are followed; links to directories are not, so a loop of
// links cannot trap the walk. What cannot be read (a missing path, an
// unreadable directory) is returned in errs, one error per fault, each
// naming its path; the sources found elsewhere are returned all the same.
// A path that is not a regular file or a directory (a named pipe, a
// socket, a device), which could block a load forever, is refused with a
// *NotRegularError in errs; such a file met in a directory is skipped,
// and reported in errs by a *NotRegularError with InDir set.
func FileSources(paths []string) (srcs []Source, errs []error) {
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("load: %w", err))
			continue
		}
		if !st.IsDir() {
			if !st.Mode().IsRegular() {
				errs = append(errs, &NotRegularError{Path: p, Mode: st.Mode()})
				continue
			}
			srcs = append(srcs, fileSource(p, st.Size()))
			continue
		}
		skipped := &SkippedFilesError{Dir: p, Counts: map[string]int{}}
		err = filepath.WalkDir(p, func(fp string, de fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("load: %w", err))
				if de != nil && de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if de.IsDir() || strings.HasPrefix(de.Name(), ".") {
				return nil
			}
			if _, ok := FormatOf(fp); !ok {
				ext := strings.ToLower(filepath.Ext(fp))
				if de.Type().IsRegular() {
					skipped.Counts[ext]++
				}
				return nil
			}
			info, err := os.Stat(fp) // follows a link to a file
			if err != nil {
				errs = append(errs, fmt.Errorf("load: %w", err))
				return nil
			}
			switch {
			case info.Mode().IsRegular():
				srcs = append(srcs, fileSource(fp, info.Size()))
			case !info.IsDir():
				errs = append(errs, &NotRegularError{Path: fp, Mode: info.Mode(), InDir: true})
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("load: %w", err))
		}
		if len(skipped.Counts) > 0 {
			errs = append(errs, skipped)
		}
	}
	return srcs, errs
}

// SkippedFilesError reports the files of a directory that a load left
// alone because they are not release files (.txt, .html, .htm, .rss,
// .atom, .xml): it is not a fault.
type SkippedFilesError struct {
	// Dir is the directory named on the command line.
	Dir string
	// Counts counts the files skipped by extension ("" for none).
	Counts map[string]int
}

func (e *SkippedFilesError) Error() string {
	exts := slices.Sorted(maps.Keys(e.Counts))
	parts := make([]string, len(exts))
	hint := ""
	for i, ext := range exts {
		one, many := ext+" file", ext+" files"
		if ext == "" {
			one, many = "file without an extension", "files without an extension"
		}
		parts[i] = "1 " + one
		if n := e.Counts[ext]; n != 1 {
			parts[i] = fmt.Sprintf("%d %s", n, many)
		}
	}
	if e.Counts[".pdf"] > 0 {
		hint += "; convert PDFs to text first (pdftotext FILE.pdf FILE.txt)"
	}
	return fmt.Sprintf("load: %s: skipped %s: natokg reads release files ending in .txt, saved pages (.html, .htm) and feeds (.rss, .atom, .xml)%s", e.Dir, strings.Join(parts, ", "), hint)
}

// NotRegularError is a path that is neither a regular file nor a
// directory: a named pipe, a socket or a device, which natokg does not
// read (a pipe with no writer would block a load forever).
type NotRegularError struct {
	// Path is the path.
	Path string
	// Mode is its mode, which says what it is.
	Mode fs.FileMode
	// InDir says it was met in a directory, and skipped; a path named
	// on the command line is refused.
	InDir bool
}

func (e *NotRegularError) Error() string {
	if e.InDir {
		return fmt.Sprintf("load: %s: skipped: %s, not a regular file", e.Path, fileKind(e.Mode))
	}
	return fmt.Sprintf("load: %s: %s, not a regular file: natokg reads release files and directories only", e.Path, fileKind(e.Mode))
}

// fileKind names what a file of mode m is.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	default:
		return "a special file"
	}
}

// fileSource is the regular file at p. It is opened without waiting (a
// named pipe put in its place since it was found would otherwise block
// until a writer came) and refused unless it is still a regular file.
func fileSource(p string, size int64) Source {
	return Source{Name: p, Size: size, open: func() (io.ReadCloser, error) {
		f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return nil, err
		}
		st, err := f.Stat()
		if err == nil && !st.Mode().IsRegular() {
			err = &NotRegularError{Path: p, Mode: st.Mode()}
		}
		if err != nil {
			f.Close()
			return nil, err
		}
		return f, nil
	}}
}

// FSSources returns the release files of fsys under dir (as FileSources
// finds them in a directory), such as the bundled
// releases of package data.
func FSSources(fsys fs.FS, dir string) ([]Source, error) {
	var out []Source
	err := fs.WalkDir(fsys, dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if _, ok := FormatOf(p); de.IsDir() || !ok {
			return nil
		}
		info, err := de.Info()
		if err != nil {
			return err
		}
		out = append(out, Source{Name: p, Size: info.Size(), open: func() (io.ReadCloser, error) { return fsys.Open(p) }})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Result is one release, read and turned into quads.
type Result struct {
	Release *natokg.Release
	Facts   *natokg.Facts
	// IRI is the release's IRI, the label of each of its quads.
	IRI   quad.IRI
	Quads []quad.Quad
	// Skipped says the release is stored unchanged: it was not read again.
	Skipped bool
}

// Loader reads release files and turns each release into quads.
type Loader struct {
	x *extract.Extractor
	// Skip, when set, is asked first about each release: a release it
	// reports as stored unchanged (by SourceHash) is passed on with
	// Skipped set and no quads, and is not extracted again.
	Skip func(ctx context.Context, r *natokg.Release) (bool, error)
}

// New returns a Loader that extracts with x.
func New(x *extract.Extractor) *Loader { return &Loader{x: x} }

// SourceHash is the digest a release stored by this loader carries:
// equal digests mean the same quads.
func (l *Loader) SourceHash(r *natokg.Release) string { return SourceHash(r, l.x.Fingerprint()) }

// Process turns one release into quads.
func (l *Loader) Process(r *natokg.Release) Result {
	f := l.x.Extract(r)
	iri, quads := Quads(f)
	return Result{Release: r, Facts: f, IRI: iri, Quads: quads}
}

// Each reads the releases of src in order and calls fn with each. It
// stops at the first fault in the file (a *ParseError; releases before
// it have been passed to fn) or the first error fn returns.
func (l *Loader) Each(ctx context.Context, src Source, fn func(Result) error) error {
	var fnErr error
	err := l.read(ctx, src, func(rel *natokg.Release, fault error) bool {
		if fault != nil {
			fnErr = fault
			return false
		}
		r := Result{Release: rel}
		skip := false
		if l.Skip != nil {
			skip, fnErr = l.Skip(ctx, rel)
			if fnErr != nil {
				return false
			}
		}
		if skip {
			r.Skipped = true
		} else {
			r = l.Process(rel)
		}
		fnErr = fn(r)
		return fnErr == nil
	})
	if fnErr != nil {
		return fnErr
	}
	if err != nil {
		return err
	}
	return ctx.Err()
}
