package main

// The `examples` subcommand: each resource kind's usage example, written once in PCL (Pulumi's program language),
// converted to TypeScript, Python and Go by Pulumi's own program generators, the way the Pulumi Registry's docs
// generator and `pulumi convert` do, so the languages cannot disagree (YAML: scripts/sdkgen-yaml, same PCL).
//
// Usage: `sdkgen examples <schema.json> <examples.json>`, where <examples.json> maps a name (the kind) to its PCL
// text. Stdout gets a JSON object mapping the same name to {"typescript", "python", "go", "resources"}, where
// resources lists the program's resources (logical name and type token) as the binder saw them.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/blang/semver"
	"github.com/hashicorp/hcl/v2"
	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	"github.com/pulumi/pulumi/pkg/v3/codegen/hcl2/syntax"
	tsgen "github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	"github.com/pulumi/pulumi/pkg/v3/codegen/pcl"
	pygen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

// converted is one example in every language.
type converted struct {
	TypeScript string            `json:"typescript"`
	Python     string            `json:"python"`
	Go         string            `json:"go"`
	Resources  []programResource `json:"resources"`
}

// programResource is one resource a program declares.
type programResource struct {
	Name  string `json:"name"`
	Token string `json:"token"`
}

// programGenerator is a language's program generator and the one file of its output that holds the program.
type programGenerator struct {
	generate func(*pcl.Program) (map[string][]byte, hcl.Diagnostics, error)
	file     string
}

var programGenerators = map[string]programGenerator{
	"typescript": {tsgen.GenerateProgram, "index.ts"},
	"python":     {pygen.GenerateProgram, "__main__.py"},
	"go":         {gogen.GenerateProgram, "main.go"},
}

func examplesCommand(args []string) {
	if len(args) != 2 {
		fail(fmt.Errorf("usage: sdkgen examples <schema.json> <examples.json>"))
	}
	spec := readSpec(args[0])
	text, err := os.ReadFile(args[1])
	check(err)
	var sources map[string]string
	check(json.Unmarshal(text, &sources))

	loader := onePackageLoader{pkg: bindForExamples(spec)}
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	sort.Strings(names)
	out := map[string]converted{}
	for _, name := range names {
		example, err := convertExample(sources[name], loader)
		if err != nil {
			fail(fmt.Errorf("example of %s: %w", name, err))
		}
		out[name] = example
	}
	encoded, err := json.MarshalIndent(out, "", "  ")
	check(err)
	_, err = os.Stdout.Write(append(encoded, '\n'))
	check(err)
}

// bindForExamples binds the schema as the program generators should see it. The TypeScript generator imports a
// package by its language.nodejs.packageName; this package's typed classes of the native provider, the ones a
// program on the schema's type tokens uses, are the `native` subpath of that package (its root exports the
// dynamic-provider classes). The name is changed here, in memory, so schema.json keeps the npm package's true name.
func bindForExamples(spec schema.PackageSpec) *schema.Package {
	var nodejs map[string]any
	if raw, ok := spec.Language["nodejs"]; ok {
		check(json.Unmarshal(raw, &nodejs))
	}
	if name, _ := nodejs["packageName"].(string); name != "" {
		nodejs["packageName"] = name + "/native"
		raw, err := json.Marshal(nodejs)
		check(err)
		spec.Language["nodejs"] = raw
	}
	pkg, diags, err := schema.BindSpec(spec, schema.NewPluginLoader(nil), schema.ValidationOptions{})
	check(err)
	if diags.HasErrors() {
		fail(diags)
	}
	return pkg
}

func convertExample(source string, loader schema.ReferenceLoader) (converted, error) {
	parser := syntax.NewParser()
	if err := parser.ParseFile(strings.NewReader(source), "example.pp"); err != nil {
		return converted{}, err
	}
	if parser.Diagnostics.HasErrors() {
		return converted{}, parser.Diagnostics
	}
	// Each generator rewrites the bound program as it goes: bind afresh per language.
	bind := func() (*pcl.Program, error) {
		program, diags, err := pcl.BindProgram(parser.Files, loader)
		if err != nil {
			return nil, err
		}
		if diags.HasErrors() {
			return nil, diags
		}
		return program, nil
	}
	result := converted{}
	texts := map[string]*string{"typescript": &result.TypeScript, "python": &result.Python, "go": &result.Go}
	for language, generator := range programGenerators {
		program, err := bind()
		if err != nil {
			return converted{}, err
		}
		files, diags, err := generator.generate(program)
		if err != nil {
			return converted{}, fmt.Errorf("%s: %w", language, err)
		}
		if diags.HasErrors() {
			return converted{}, fmt.Errorf("%s: %w", language, diags)
		}
		content, ok := files[generator.file]
		if !ok {
			return converted{}, fmt.Errorf("%s: the generator wrote no %s", language, generator.file)
		}
		*texts[language] = string(content)
	}
	program, err := bind()
	if err != nil {
		return converted{}, err
	}
	for _, node := range program.Nodes {
		if resource, ok := node.(*pcl.Resource); ok {
			result.Resources = append(result.Resources, programResource{Name: resource.LogicalName(), Token: resource.Schema.Token})
		}
	}
	return result, nil
}

// onePackageLoader resolves the one package the examples use, bound from schema.json in memory: no plugin is
// started and nothing is downloaded.
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

func readSpec(path string) schema.PackageSpec {
	text, err := os.ReadFile(path)
	check(err)
	var spec schema.PackageSpec
	check(json.Unmarshal(text, &spec))
	return spec
}
