// Command sdkgen writes the Python and Go SDKs of a Pulumi package schema with Pulumi's own code generators
// (github.com/pulumi/pulumi/pkg/v3/codegen, the module the Pulumi CLI is built from): what
// `pulumi package gen-sdk` does, without the language hosts that command needs.
//
// Usage: sdkgen <schema.json> <out dir>   writes <out dir>/python/... and <out dir>/go/...
// `sdkgen examples ...` converts the resources' PCL examples instead (see examples.go).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	pygen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

// The name the generated files give as their generator.
const tool = "pulumi-frontegg sdkgen"

var generators = map[string]func(*schema.Package) (map[string][]byte, error){
	"python": func(pkg *schema.Package) (map[string][]byte, error) { return pygen.GeneratePackage(tool, pkg, nil, nil) },
	"go":     func(pkg *schema.Package) (map[string][]byte, error) { return gogen.GeneratePackage(tool, pkg, nil) },
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "examples" {
		examplesCommand(os.Args[2:])
		return
	}
	if len(os.Args) != 3 {
		fail(fmt.Errorf("usage: sdkgen <schema.json> <out dir>"))
	}
	text, err := os.ReadFile(os.Args[1])
	check(err)
	var spec schema.PackageSpec
	check(json.Unmarshal(text, &spec))
	languages := make([]string, 0, len(generators))
	for language := range generators {
		languages = append(languages, language)
	}
	sort.Strings(languages)
	for _, language := range languages {
		// Each generator records its language's options on the package: bind a fresh one per language.
		// The schema references no other package, so the loader is never asked for one.
		pkg, diags, err := schema.BindSpec(spec, schema.NewPluginLoader(nil), schema.ValidationOptions{})
		check(err)
		if diags.HasErrors() {
			fail(diags)
		}
		files, err := generators[language](pkg)
		check(err)
		for name, content := range files {
			path := filepath.Join(os.Args[2], language, name)
			check(os.MkdirAll(filepath.Dir(path), 0o755))
			check(os.WriteFile(path, content, 0o644))
		}
		fmt.Printf("%s: %d files\n", language, len(files))
	}
}

func check(err error) {
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sdkgen:", err)
	os.Exit(1)
}
