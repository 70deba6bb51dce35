// Command sdkgen-yaml converts the resources' PCL examples to Pulumi YAML with pulumi-yaml's own program
// generator (github.com/pulumi/pulumi-yaml/pkg/pulumiyaml/codegen): the YAML beside the TypeScript, Python and
// Go that scripts/sdkgen's `examples` subcommand writes from the same PCL.
//
// A module of its own because pulumi-yaml v1.25.0, the newest release the Go module proxy serves, does not compile
// against github.com/pulumi/pulumi/pkg/v3 v3.248.0, which scripts/sdkgen uses: it is built here with the
// pkg/v3 v3.206.0 it was released with (the build of the YAML language host, scripts/setup-language-hosts.sh,
// fetches the same modules).
//
// Usage: `sdkgen-yaml <schema.json> <examples.json>`, where <examples.json> maps a name (the kind) to its PCL
// text. Stdout gets a JSON object mapping the same name to its YAML.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/blang/semver"
	yamlgen "github.com/pulumi/pulumi-yaml/pkg/pulumiyaml/codegen"
	"github.com/pulumi/pulumi/pkg/v3/codegen/hcl2/syntax"
	"github.com/pulumi/pulumi/pkg/v3/codegen/pcl"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

func main() {
	if len(os.Args) != 3 {
		fail(fmt.Errorf("usage: sdkgen-yaml <schema.json> <examples.json>"))
	}
	var spec schema.PackageSpec
	readJSON(os.Args[1], &spec)
	var sources map[string]string
	readJSON(os.Args[2], &sources)
	pkg, diags, err := schema.BindSpec(spec, nil, schema.ValidationOptions{})
	check(err)
	if diags.HasErrors() {
		fail(diags)
	}
	loader := onePackageLoader{pkg: pkg}
	out := map[string]string{}
	for name, source := range sources {
		text, err := convert(source, loader)
		if err != nil {
			fail(fmt.Errorf("example of %s: %w", name, err))
		}
		out[name] = text
	}
	encoded, err := json.MarshalIndent(out, "", "  ")
	check(err)
	_, err = os.Stdout.Write(append(encoded, '\n'))
	check(err)
}

func convert(source string, loader schema.ReferenceLoader) (string, error) {
	parser := syntax.NewParser()
	if err := parser.ParseFile(strings.NewReader(source), "example.pp"); err != nil {
		return "", err
	}
	if parser.Diagnostics.HasErrors() {
		return "", parser.Diagnostics
	}
	program, diags, err := pcl.BindProgram(parser.Files, pcl.Loader(loader))
	if err != nil {
		return "", err
	}
	if diags.HasErrors() {
		return "", diags
	}
	files, diags, err := yamlgen.GenerateProgram(program)
	if err != nil {
		return "", err
	}
	if diags.HasErrors() {
		return "", diags
	}
	content, ok := files["Main.yaml"]
	if !ok {
		return "", fmt.Errorf("the generator wrote no Main.yaml")
	}
	return string(content), nil
}

// onePackageLoader resolves the one package the examples use, bound from schema.json in memory (as in
// scripts/sdkgen/examples.go, against this module's older schema package).
type onePackageLoader struct{ pkg *schema.Package }

func (l onePackageLoader) find(name string) (*schema.Package, error) {
	if name != l.pkg.Name {
		return nil, fmt.Errorf("the examples may use only the package %q, not %q", l.pkg.Name, name)
	}
	return l.pkg, nil
}

func (l onePackageLoader) LoadPackage(name string, _ *semver.Version) (*schema.Package, error) {
	return l.find(name)
}

func (l onePackageLoader) LoadPackageV2(_ context.Context, descriptor *schema.PackageDescriptor) (*schema.Package, error) {
	return l.find(descriptor.Name)
}

func (l onePackageLoader) LoadPackageReference(name string, _ *semver.Version) (schema.PackageReference, error) {
	pkg, err := l.find(name)
	if err != nil {
		return nil, err
	}
	return pkg.Reference(), nil
}

func (l onePackageLoader) LoadPackageReferenceV2(_ context.Context, descriptor *schema.PackageDescriptor) (schema.PackageReference, error) {
	return l.LoadPackageReference(descriptor.Name, nil)
}

func readJSON(path string, into any) {
	text, err := os.ReadFile(path)
	check(err)
	check(json.Unmarshal(text, into))
}

func check(err error) {
	if err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sdkgen-yaml:", err)
	os.Exit(1)
}
